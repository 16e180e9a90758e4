"""The passage saying each side must understand the other's workings, for a message about a partner who does not
understand the administration's procedures, or staff who do not understand the partner: 「団体に予算の仕組みや決裁に
時間がかかることを分かってもらえず、話がかみ合わない」 is what 千葉県 names 「最大の障害は相互理解の不足」 — 「市民活動団体に
おいても、行政の仕組みや施策について充分理解する必要があります」 — and 小平市 asks of the city under 「相互理解」.

The message's words (予算, 決裁, 時間がかかる) are those of 小平市's passage on what 協働 costs in time and of the sections on
budgets, so the reranker puts those first. When the message names the administration's procedures and says one side
does not understand them or the other, among the passages the question matches, however low they rank, the first on
mutual understanding goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the administration's procedures (予算, 決裁, 手続き, 役所の決まり, slow) and one side not understanding them or the other
NOT_UNDERSTOOD = re.compile(
    r"^(?=.*(?:予算|決裁|手続|仕組み|決まり|ルール|年度|役所のやり方|遅い|時間がかかる"
    r"|\bbudgets?\b|\bprocedures?\b|red tape|\bslow\b|\brigid\b|bureaucra))"
    r"(?=.*(?:分かって(?:くれ|もら)|わかって(?:くれ|もら)|理解して(?:くれ|もら)|理解が(?:ない|得られ|足り)|かみ合わ|噛み合わ"
    r"|misunderstand|\b(?:don't|doesn't|do not|does not) (?:get|understand)\b))", re.S)
# 千葉県 「最大の障害は相互理解の不足」「行政の仕組みや施策について充分理解する」, 小平市 「組織運営の考え方などを理解し合う」
ON_MUTUAL_UNDERSTANDING = re.compile(r"相互理解の不足|行政の仕組みや施策について|組織運営の考え方などを理解し合う")


class UnderstandingAsks(MarkedAsk):
    """Which passages say each side must understand the other's workings, and which goes first for such a message."""

    ANSWERED_BY = ON_MUTUAL_UNDERSTANDING
    SETTING = NOT_UNDERSTOOD
    WHOLE_ORDER = True
