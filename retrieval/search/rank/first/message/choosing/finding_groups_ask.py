"""千葉県's word on where staff learn which groups are active, for a message asking where to find groups to work with
or their contacts: 「協働の相手を探したいので、地域で活動している団体の連絡先や情報を集めたいです。どこに当たればいいですか？」
"Where can I find out which citizen groups are active in a given area?" ask what 千葉県 says under 情報提供・相談窓口 —
「…ボランティアセンターでも、その地域で活動している市民活動団体の情報を得ることができます」.

The message's words (団体, 情報, 探す, 地域) stand in 北九州市's findings on the lack of information, its plans to provide
it, and every passage on choosing partners, so the reranker puts one of those first. When the message asks where or
how to find out about groups — their list, contacts, which are active — and an asking sentence asks where, among the
passages ranked nearest the top the first saying where that information is found goes first. A list of names handled
for a contracted service (個人情報, 委託), a group's own publicity (発信) or candidates already in hand is another
question.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# where or how to find out
WHERE_TO_FIND = re.compile(r"どこ|調べ|探し方|\bwhere\b|\bhow (?:can|do|should) (?:i|we) find\b")
# about the groups themselves: their list or contacts, which ones are active — not names handled in a contract, a
# group's own publicity or candidates already in hand
ABOUT_GROUPS = re.compile(
    r"^(?!.*(?:発信|候補|個人情報|委託|マニュアル|\bcandidates?\b))"
    r".*(?:団体の(?:名簿|連絡先|情報)|団体の連絡先や情報|団体[^。?？]{0,6}名簿|どんな団体があ|どこがどんな活動"
    r"|\bwhich (?:citizen |local |volunteer )?groups (?:are|exist)|\bgroups (?:are )?active in"
    r"|\binformation about (?:npos|groups|local|possible|citizen|volunteer)|\bpossible partners\b)", re.S)
# 千葉県 「その地域で活動している市民活動団体の情報を得ることができます」
SAYS_WHERE_FOUND = re.compile(r"その地域で活動している市民活動団体の情報を得る")


class FindingGroupsAsks(MarkedAsk):
    """Which passage says where information on the groups of an area is found, and when it goes first."""

    ASK = WHERE_TO_FIND
    ANSWERED_BY = SAYS_WHERE_FOUND
    SETTING = ABOUT_GROUPS
