"""北九州市's matching of willing residents with groups, for a question asking how residents who want to volunteer are
put in touch with groups that need hands: 「ボランティアやりたいっていう市民と、人手が欲しい団体をつなぐ仕組みってあります？」
"How will the city help match residents who want to volunteer with organizations?" ask what 北九州市 plans for its
support centre — 「ボランティア活動に意欲のある市民とのマッチング」.

The question's words (ボランティア, 市民, 団体, 仕組み) stand in every passage on support, and the reranker put first 網走市's
check of a group's aims or 千葉県's information services. When the message puts willing residents and groups or places
of activity together (つなぐ, マッチング, 橋渡し, match), among the passages ranked nearest the top the matching goes first.
Where to find a group to work with (finding_groups_ask) is another question.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

_WILLING = r"(?:ボランティア|やる気のある市民|手伝いたい|手伝ってくれる|活動したい|参加したい)"
_PUT_TOGETHER = r"(?:つなぐ|繋ぐ|つなげ|繋げ|マッチング|橋渡し|結びつけ|結び付け)"
# 「ボランティアやりたいっていう市民と、人手が欲しい団体をつなぐ仕組み」「やる気のある市民と活動先をつなぐ仕組み」
# — not training those who do the joining (「…をつなぐ調整役を育てたい」: 北九州市's coordinator training)
VOLUNTEER_MATCHING = re.compile(
    r"^(?!.*(?:調整役|コーディネーター|coordinator)).*(?:"
    rf"{_WILLING}[^。?？]{{0,30}}?(?:団体|活動先|受け入れ先|npo)[^。?？]{{0,6}}?{_PUT_TOGETHER}"
    r"|\bmatch(?:es|ing)? (?:residents|citizens|people|volunteers)\b[^?.]{0,40}"
    r"\b(?:volunteer|organi[sz]ations?|groups?)"
    r"|\bvolunteers? (?:matching|match)\b)", re.S)
# 北九州市 「ボランティア活動に意欲のある市民とのマッチング」
MATCHES_VOLUNTEERS = re.compile(r"意欲のある市民とのマッチング")


class VolunteerMatchingAsks(MarkedAsk):
    """Which passage plans matching willing residents with groups, and when it goes first."""

    SETTING = VOLUNTEER_MATCHING
    ANSWERED_BY = MATCHES_VOLUNTEERS
    WIDE = True
