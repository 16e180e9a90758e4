"""A question naming 大阪市 and asking what follows its basic edition gets the passage planning the 【実践編】 first
(next_edition_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.next_edition_ask import (
    BEYOND_THE_BASIC_EDITION,
    OSAKA,
    PLANS_A_PRACTICE_EDITION,
    NextEditionAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "大阪市の協働指針って、基本編のほかに何か作る予定があるんですか？",
    "大阪市の協働指針って基本編しかないの？",
    "現場向けの手引きは作る予定になっているのでしょうか。",
    "Is a more practical how-to version planned?",
])
def test_more_than_the_basic_edition_is_this_ask(question: str) -> None:
    assert BEYOND_THE_BASIC_EDITION.search(normalize_text(question))


def test_the_basic_editions_content_is_not() -> None:
    assert not BEYOND_THE_BASIC_EDITION.search(normalize_text("大阪市の基本編では協働の原則をどう書いていますか？"))


def test_the_passage_planning_the_practice_edition() -> None:
    assert PLANS_A_PRACTICE_EDITION.search(normalize_text("【基本編】での考え方を基に、手引書となるような【実践編】の策定を行う"))


def test_it_goes_first_only_when_osaka_is_named() -> None:
    texts = ["この指針は協働の基本的な考え方を示す", normalize_text("手引書となるような【実践編】の策定")]
    asks = [normalize_text("基本編のほかに何か作る予定は？")]
    rule = NextEditionAsks(texts, window=2)
    assert rule.first(asks, np.array([2.0, 1.0]), question="大阪市の指針って" + asks[0]) == 1
    assert rule.first(asks, np.array([2.0, 1.0]), question="小平市の指針って" + asks[0]) is None
    assert OSAKA.search("osaka's guideline")


def test_what_follows_osakas_basic_edition_gets_the_practice_edition_first(engine: Engine) -> None:
    # tune92 (read): 大阪市's statement of purpose ranked first
    assert first_section(engine, "大阪市の協働指針って、基本編のほかに何か作る予定があるんですか？") == ("osaka", "next-steps")


@pytest.mark.parametrize("question", [
    # tune103, tune105 (read): not among the ten best — no English word reached the passage until the glossary read
    # these as 実践編・手引書
    "I only have Osaka's basic edition of the guideline. Does it say anything about a more hands-on manual coming after it?",
    "Does Osaka's basic guideline come with a practical how-to manual, or is that still in the works?",
])
def test_an_english_question_on_osakas_practical_edition_gets_it_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("osaka", "next-steps")
