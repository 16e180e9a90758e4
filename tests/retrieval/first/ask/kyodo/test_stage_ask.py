"""A question asking at what stage to bring a group in gets a passage saying from the planning stage first
(stage_ask.py); at what stage to consider 協働 at all is another ask."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.stage_ask import (
    FROM_THE_PLANNING_STAGE,
    LATE_INVOLVEMENT,
    STAGE_ASK,
    StageAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "At what stage should we involve the citizen group? After our plan is fixed, or earlier?",
    "市民団体にはどのタイミングで声をかけるのがいいんでしょう？",
    "いつから団体に入ってもらうのがいいですか？",
])
def test_at_what_stage_a_group_comes_in_is_this_ask(question: str) -> None:
    assert STAGE_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "協働でやるかどうかは、どの段階で検討するのがいいんでしょう？",
    # tune271 (read): when roles are settled is 小平市's 「事業の初めから役割分担と責任の明確化を図る」 (roles_ask), and
    # 網走市's 共催 passage, saying to talk early, had come first
    "役割分担と責任は、事業のどの段階で決めておくべきですか？",
])
def test_at_what_stage_to_consider_kyodo_or_settle_roles_is_not(question: str) -> None:
    assert not STAGE_ASK.search(normalize_text(question))


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
    assert first_section(engine, "At what stage should we involve the citizen group? After our plan is fixed, or earlier?") in {
        ("abashiri", "how-not-why"), ("osaka", "principles"), ("abashiri", "forms-commission")}


@pytest.mark.parametrize("message", [
    "NPOには素案ができた後のパブコメで意見をもらえば十分かなと思っています。",
    "基本計画を固めてから地元の団体に説明する段取りです。",
    "Is it fine to bring the group in once the plan is fixed?",
])
def test_a_plan_settled_before_the_group_comes_in(message: str) -> None:
    assert LATE_INVOLVEMENT.search(normalize_text(message))


def test_a_plan_settled_with_the_group_is_not_late() -> None:
    assert not LATE_INVOLVEMENT.search(normalize_text("団体と一緒に計画を作っています。役割分担はどう決める？"))


def test_a_message_bringing_the_group_in_late_gets_the_planning_stage_first(engine: Engine) -> None:
    # tune130 (read): the definition of 協働 came first, the planning-stage passages fourth
    answer = engine.ask("<@U07KYODO> 道路課です。歩道整備の計画、中身を決めてから自治会に説明すればいいと課長は言います。"
                        "協働の考え方からすると、これでいいんでしょうか？", top=3)
    assert FROM_THE_PLANNING_STAGE.search(normalize_text(answer.passages[0].text))


def test_when_roles_are_settled_gets_the_roles_principle_first(engine: Engine) -> None:
    first = engine.ask("役割分担と責任は、事業のどの段階で決めておくべきですか？", top=3).passages[0]
    assert (first.doc, first.section_id) == ("kodaira", "principle-roles-responsibilities")
