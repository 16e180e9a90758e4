"""The passage on more people volunteering and giving, for a question asking why they do: "Why has volunteering and
donating gone up recently?", 「ボランティアや寄附をする人が増えてきた背景」 asks what 千葉県 says in its background to 協働 —
「頻発する災害や東京 2020 大会などを背景に、ボランティアや寄附をする人が増え、…県民活動に対する意識は高まっており」.

In English such a question shares hardly a word with the passage (volunteering, donating, growing reach 千葉県's
sections on information and on its 県民活動情報オフィス first), so the passage ranks third to eighth or lower. When an
asking sentence asks about volunteering or giving on the rise, among the passages ranked nearest the top the one
saying so goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# volunteering or giving on the rise, in either order: "why more people have started volunteering or donating lately",
# "interest in volunteering … has been growing", 「寄附をする人が増えている背景」
RISE_ASK = re.compile(
    r"(?:\bvolunteer\w*|\bdonat\w*)[^?.!]{0,60}(?:\bgrow|\brise\b|\brising\b|\bincreas|\bgone up\b|\bmore people\b|\brecent)"
    r"|(?:\bgrow|\brise\b|\bincreas|\bmore people\b)[^?.!]{0,40}(?:\bvolunteer\w*|\bdonat\w*)"
    r"|(?:ボランティア|寄付|寄附)[^。?？]{0,20}(?:増え|増加|高まって|広が)")
# 千葉県 「ボランティアや寄附をする人が増え」
SAYS_MORE_GIVE = re.compile(r"ボランティアや寄附をする人が増え")


class VolunteeringRiseAsks(MarkedAsk):
    """Which passage says more people volunteer and give, and when it goes first."""

    ASK = RISE_ASK
    ANSWERED_BY = SAYS_MORE_GIVE
