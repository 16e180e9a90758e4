"""A question asking at what stage to bring a group in gets a passage saying from the planning stage first
(stage_ask.py); at what stage to consider 協働 at all is another ask."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.stage_ask import FROM_THE_PLANNING_STAGE, STAGE_ASK, StageAsks


@pytest.mark.parametrize("question", [
    "At what stage should we involve the citizen group? After our plan is fixed, or earlier?",
    "市民団体にはどのタイミングで声をかけるのがいいんでしょう？",
    "いつから団体に入ってもらうのがいいですか？",
])
def test_at_what_stage_a_group_comes_in_is_this_ask(question: str) -> None:
    assert STAGE_ASK.search(normalize_text(question))


def test_at_what_stage_to_consider_kyodo_is_not() -> None:
    assert not STAGE_ASK.search(normalize_text("協働でやるかどうかは、どの段階で検討するのがいいんでしょう？"))


@pytest.mark.parametrize("text", [
    "行政施策の構想・企画立案の段階から、積極的に市民活動団体が参加・参画する仕組みづくり。",
    "協働の推進には、市民団体等と早い段階から十分な協議や調整が必要です。",
])
def test_the_passages_saying_from_the_planning_stage(text: str) -> None:
    assert FROM_THE_PLANNING_STAGE.search(normalize_text(text))


def test_it_goes_first_from_near_the_top() -> None:
    texts = ["職員の姿勢", normalize_text("早い段階から十分な協議や調整が必要です")]
    asks = [normalize_text("どの段階から関わってもらえばいい？")]
    assert StageAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1
    assert StageAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None


def test_at_what_stage_gets_the_planning_stage_first(engine: Engine) -> None:
    # tune35 (read): 千葉県's staff attitudes ranked first
    answer = engine.ask("At what stage should we involve the citizen group? After our plan is fixed, or earlier?", top=3)
    assert (answer.passages[0].doc, answer.passages[0].section_id) in {
        ("abashiri", "how-not-why"), ("osaka", "principles"), ("abashiri", "forms-commission")}
