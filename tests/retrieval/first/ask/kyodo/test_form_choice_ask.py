"""A question asking which form of 協働 to choose, or how to decide it, gets 網走市's lead to the forms first
(form_choice_ask.py); which form an arrangement counts as is another ask."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.form_choice_ask import FORM_CHOICE_ASK, HOW_TO_CHOOSE_A_FORM, FormChoiceAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "委託・共催・補助など、どの形で協働するかはどうやって決めればいいですか？",
    "委託・補助・共催などの形態はどういう基準で選べばいいですか？",
    "Which form should we choose for a joint event?",
])
def test_which_form_to_choose_is_this_ask(question: str) -> None:
    assert FORM_CHOICE_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "会議室を貸してチラシを置いているんですが、これってどの形にあたるんでしょう？",
    "これも協働の形のひとつと考えていい？",
])
def test_which_form_an_arrangement_counts_as_is_not(question: str) -> None:
    assert not FORM_CHOICE_ASK.search(normalize_text(question))


def test_the_lead_to_the_forms() -> None:
    assert HOW_TO_CHOOSE_A_FORM.search("目指す成果のために、もっとも効果的で効率的な形態を選択することが重要です。")


def test_it_goes_first_from_near_the_top() -> None:
    texts = ["委託とは", "もっとも効果的で効率的な形態を選択"]
    asks = [normalize_text("どの形がいいか迷っています")]
    assert FormChoiceAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1
    assert FormChoiceAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None


def test_how_to_choose_a_form_gets_abashiris_lead_first(engine: Engine) -> None:
    # tune27 (read): 小平市's table of forms ranked first
    assert first_section(engine, "委託・共催・補助など、どの形で協働するかはどうやって決めればいいですか？") == ("abashiri", "forms")
