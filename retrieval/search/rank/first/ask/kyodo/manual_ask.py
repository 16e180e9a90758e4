"""What the guidelines say of a manual for doing 協働, for a question asking whether there is one to follow: 「協働の
進め方のマニュアルってありますか？それに沿ってやれば大丈夫？」 asks what 網走市 warns — 「協働は一連の流れによる仕事ではありません。
マニュアルが通用しない仕事です」 — and what 北九州市 and 小平市 plan (職員用協働マニュアル, 職員向けハンドブック).

The question's words (進め方, 協働, 手順) stand in 網走市's steps and its cautions, which the reranker puts first. When an
asking sentence asks for a manual, procedure book or handbook on how to go about 協働 — not 千葉県's manual, the
guideline itself — among the passages ranked nearest the top the first saying what a manual can do goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

MANUAL = r"(?:マニュアル|手順書|手引き?|ハンドブック)"
# a manual for how to go about it — not 千葉県's manual (the guideline), nor a manual of another matter (避難所運営マニュアル)
MANUAL_ASK = re.compile(
    r"^(?!.*(?:千葉|県の|避難所|防災))"
    rf".*(?:(?:進め方|手順|実務|やり方)[^。?？]{{0,12}}{MANUAL}|{MANUAL}[^。?？]{{0,6}}(?:って|は)?(?:ない|ある|あり)"
    r"|\b(?:staff )?(?:manual|handbook)\b[^?]{0,40}\b(?:steps|walks? (?:you |us )?through|how to run|follow)\b)")
# 網走市 「マニュアルが通用しない仕事です」; 北九州市 「職員用協働マニュアルを作成」; 小平市 「職員向けハンドブック」
SAYS_OF_A_MANUAL = re.compile(r"マニュアルが通用しない|職員用協働マニュアルを作成|職員向けハンドブック")


class ManualAsks(MarkedAsk):
    """Which passages say what a manual for 協働 can do, and which goes first for a question asking for one."""

    ASK = MANUAL_ASK
    ANSWERED_BY = SAYS_OF_A_MANUAL
