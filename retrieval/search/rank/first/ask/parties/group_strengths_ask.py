"""The passage listing what citizen groups are good at, for a question asking what groups bring that the city lacks:
"What do citizen groups bring to the table that the city usually can't?", 「NPOの強みって何？」 asks what 網走市 lists
under 市民団体の特性 — 多様なサービスの提供, 創造的で先駆的な取り組み, 柔軟で機敏な対応, ニーズに沿った専門的なかかわり.

The question's words (groups, city, NPO) stand in every section, and in English hardly any match a Japanese passage, so
the reranker ranks first what shares "group" or "city" most. When an asking sentence asks what groups are good at or
bring — not their weak points (group_troubles_ask) nor both sides' (characteristics_ask) — among the passages ranked
nearest the top the first listing 市民団体の特性 goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

_GROUPS = r"(?:npos?|citizens?'? groups?|volunteer groups?|community groups?|civic groups?|groups)"
GROUP_STRENGTHS_ASK = re.compile(
    r"^(?!.*(?:\bweak|弱み|苦手|短所|不得意)).*(?:"
    rf"\b{_GROUPS}\b[^.?]{{0,40}}\b(?:bring to the table|good at|better at|do better)\b"
    rf"|\b(?:strengths?|strong points?)\b[^.?]{{0,30}}\b{_GROUPS}\b"
    r"|(?:団体|npo|市民活動|ボランティア)[^。?？]{0,8}(?:の|が|って)(?:強み|得意|良さ|持ち味)"
    # 「NPOと組むと、役所にはない強みって具体的に何があるの？」: what the city lacks is the groups' strength
    r"|(?:行政|役所|市役所|市)に(?:は)?ない(?:強み|良さ|持ち味))")
# 網走市 「市民団体の特性」: ①多様なサービスの提供 …
LISTS_GROUP_STRENGTHS = re.compile(r"市民団体の特性")


class GroupStrengthsAsks(MarkedAsk):
    """Which passage lists what citizen groups are good at, and when it goes first."""

    ASK = GROUP_STRENGTHS_ASK
    ANSWERED_BY = LISTS_GROUP_STRENGTHS
