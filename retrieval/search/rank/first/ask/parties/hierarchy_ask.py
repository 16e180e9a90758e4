"""The sections on 対等, for a question asking how the city keeps from standing above its partner: 「役所と地域のグループが
一緒に事業をやるとき、役所側が上から目線にならないために気をつけることってありますか？」「どっちが上とか下とかはないって聞いた
けど、立場が同じってどういう意味？」 ask what the guidelines set out as 対等 — 千葉県's 「対等性の確保」 and 「「協働」における
対等とは？」, 小平市's 「対等関係」, 北九州市's 対等の原則, 網走市's two sections on it.

Said without the word 対等 (上から目線, 上下, 上に立つ, 言いなり, 同じ立場, 下請け), the question's other words (役所,
グループ, 一緒に) stand everywhere, and the reranker puts a definition or a section on the actors first. When an asking
sentence asks about standing above or below the partner, among the passages ranked nearest the top the best ranked of
those whose heading names 対等 goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# standing above or below the partner, said in everyday words — not of a form's own paperwork (「名前を貸すとき上から
# 目線に」「契約書で甲乙の上下関係」), which that form's section answers, nor as the stance a staff member takes
# (「どういう心構えで臨めば」: 千葉県's staff attitudes)
HIERARCHY_ASK = re.compile(r"^(?!.*(?:名前を貸|名義|後援|契約書|甲|心構え|姿勢|構え))"
                           r".*(?:上から目線|上下|どっちが上|どちらが上|上に立|言いなり|同じ立場|立場が同じ|立場は同じ|下請け"
                           r"|looking down|\btop-down\b|subordinate)")
# a section whose own heading names 対等
ON_EQUALITY = re.compile(r"対等")


class HierarchyAsks(MarkedAsk):
    """Which sections set out 対等, and which goes first for a question about standing above the partner."""

    ASK = HIERARCHY_ASK
    ANSWERED_BY = ON_EQUALITY
    WIDE = True
    ACROSS_SENTENCES = True
    READS_HEADINGS = True
