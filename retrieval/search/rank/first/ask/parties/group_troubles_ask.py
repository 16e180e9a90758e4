"""The passage on what troubles citizen groups themselves, for a question asking what groups struggle with: 「NPOや
ボランティア団体って、運営面でどんな悩みを抱えていることが多いの？」「代表ひとりに仕事が集中していて…団体側のこういう課題って、
調査ではどう分析されてますか？」 asks what 北九州市 found — 「NPO法人、ボランティア団体ともに特定メンバーへ業務が集中する
傾向があります」, 「慢性的な人材不足」.

The question's words (団体, 課題, 悩み) stand in every passage on the difficulties of 協働 and in 北九州市's other survey
findings (the groups' wish to collaborate, the public's awareness), so the reranker at times puts one of those first.
When an asking sentence asks what groups struggle with, or what it means that one member carries everything, among the
passages ranked nearest the top the first saying the work piles up on a few members goes first. A group's strengths,
or not knowing which groups exist, is another question, and no such ask.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# what groups struggle with — not their strengths, nor the asker's not knowing which groups exist
GROUP_TROUBLES_ASK = re.compile(
    r"^(?!.*(?:強み|探|分から|わから|情報))"
    r".*(?:(?:団体|npo|グループ)[^。?？]{0,6}(?:側)?(?:の|が|って)[^。?？]{0,10}(?:悩み|困りごと|課題|困って)"
    r"|(?:ひとり|一人|1人|数人|同じ人|特定の人)[^。?？]{0,10}(?:に|が)[^。?？]{0,6}(?:集中|抱え|回して))")
# 北九州市 「特定メンバーへ業務が集中する傾向があります」
WORK_PILES_UP = re.compile(r"特定メンバーへ業務が集中")


class GroupTroublesAsks(MarkedAsk):
    """Which passage says what troubles citizen groups, and when it goes first."""

    ASK = GROUP_TROUBLES_ASK
    ANSWERED_BY = WORK_PILES_UP
