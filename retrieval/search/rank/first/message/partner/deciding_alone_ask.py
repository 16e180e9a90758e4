"""The passages saying neither side decides alone, for a message telling of the city deciding everything itself and
asking whether that is wrong or how to avoid it: 「団体との打ち合わせで、結局市の側が全部決めてしまうのって、やっぱり
まずいですよね？」 asks what 小平市 says (「一方的に決めることなく十分に話し合います」), 千葉県 (「どちらかの一方的な意見や
方法により事業が実施されることがないように」) and 網走市 (「市のやり方や考え方を強要してはいけません」).

The message's words (決める, 団体, 打ち合わせ, 協働) stand in many passages on how to proceed, and the reranker puts one of
those first. When the message tells of the city deciding all, one-sidedly or at will, among all the passages the
question matches the first saying it must not goes first; so it does when the message asks who decides what the
project holds (「事業の中身は結局だれが決めるもの？」). A specification written by the city alone
(specification_ask), a project already fixed (rushed_ask), how 協働 differs from outsourcing, or a group wanting the
city to decide (「全部市で決めてくれれば従う」) is another question.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

DECIDING_ALONE = re.compile(
    r"^(?!.*(?:仕様|委託|違う|違い|業者|外注|決まって|もう全部|雛形|協議会|効果|下請け|呼べる|言える|言えま|お金|決めてくれ))"
    r".*(?:(?:全部|すべて|全て|ぜんぶ|一方的に|勝手に|何でも|なんでも)[^。?？]{0,12}(?:決め|決定)"
    # "the city keeps deciding things and just telling them afterwards" (tune136), "decides everything on its own"
    r"|\bdecid(?:e|es|ed|ing)\b[^.?]{0,40}\b(?:on (?:its|our|their) own|unilaterally|by (?:itself|ourselves)"
    r"|(?:tell|tells|telling|told|inform|informing) them (?:afterwards|afterward|after the fact|later))\b)"
    # who decides what the project holds, the city alone or not: 「事業の中身は結局だれが決めるものなんでしょうか？」「中身って
    # 最終的に市が決めちゃっていいんだっけ？」 (tune230, tune233, tune234): the three below answer; a contract's or an
    # outsourcing's contents, or how 協働 differs from them, are another question
    r"|^(?!.*(?:仕様|委託|業者|外注|違う|違い))"
    r".*(?:中身|内容)[^。?？]{0,8}(?:誰|だれ|どちら|どっち|市が|市で|役所が|役所で|こっちで|こちらで)[^。?？]{0,10}(?:決め|決定)",
    re.S)
# 小平市 「一方的に決めることなく」, 千葉県 「どちらかの一方的な意見や方法により」, 網走市 「市のやり方や考え方を強要してはいけません」
SAYS_NOT_ALONE = re.compile(r"一方的に決めることなく|一方的な意見や方法|やり方や考え方を強要")


class DecidingAloneAsks(MarkedAsk):
    """Which passages say neither side decides alone, and when one goes first."""

    ANSWERED_BY = SAYS_NOT_ALONE
    SETTING = DECIDING_ALONE
    WHOLE_ORDER = True
