"""An English question asking what 協働 brings gets a passage under a heading of its effects first (effects_ask.py),
not the named guideline's definition or purpose; a Japanese one names 効果 itself and is left to the ranking."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.effects_ask import EFFECTS_ASK, EFFECTS_HEADING, EffectsAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "According to Kodaira's guideline, what effects can the city expect from 協働?",
    "Kodaira guideline: list the expected effects of 協働, bullet points for a briefing memo",
    "What benefits does collaboration bring?",
])
def test_the_effects_asked_in_english(question: str) -> None:
    assert EFFECTS_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "Does 協働 actually reduce costs? What effect does it have on the budget?",  # 千葉県's 経費削減 note answers
    "What are the side effects of relying on volunteers?",
    "Is there any effect on how we choose partners?",  # no what/which/list: not the list of effects
])
def test_costs_and_other_effects_are_not(question: str) -> None:
    assert not EFFECTS_ASK.search(normalize_text(question))


def test_the_headings_of_effects() -> None:
    assert EFFECTS_HEADING.search("(3) 協働により期待される効果")
    assert EFFECTS_HEADING.search("2 協働にはどのような効果があるの？")
    assert not EFFECTS_HEADING.search("★「経費削減」は二次的効果★")
    assert not EFFECTS_HEADING.search("⑥ 効果の可視化")


def test_only_a_question_in_english_is_read() -> None:
    rule = EffectsAsks(["(1) 協働の定義", "(3) 協働により期待される効果"], window=2)
    order = np.array([2.0, 1.0])
    english = normalize_text("What effects can the city expect?")
    assert rule.first([english], order, question=english) == 1
    japanese = normalize_text("協働でどんな効果が期待できる？ what effects")
    assert rule.first([japanese], order, question=japanese) is None


@pytest.mark.parametrize("question", [
    # tune241, tune238 (read): 小平市's effects stood sixth, under its definition, actors and purpose
    "According to Kodaira's guideline, what effects can the city expect from 協働? I need a short list for a presentation.",
    "Kodaira guideline: list the expected effects of 協働, bullet points for a briefing memo",
])
def test_a_named_guidelines_effects_go_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("kodaira", "effects")
