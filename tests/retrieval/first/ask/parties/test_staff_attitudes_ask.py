"""A question asking what staff should keep in mind as staff gets 千葉県's eight attitudes first (staff_attitudes_ask.py);
the city's work on its staff's awareness and the 心構え of one matter are other asks."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.staff_attitudes_ask import (
    EIGHT_ATTITUDES,
    STAFF_ATTITUDE_ASK,
    StaffAttitudesAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("ask", [
    "協働に取り組む職員の心構えとしてまとまったものはありますか？",
    "役所の人間としてどんな心構えでいたらいいですか",
    "Is there a list of mindset points for staff who work with NPOs?",
])
def test_what_staff_should_keep_in_mind_is_this_ask(ask: str) -> None:
    assert STAFF_ATTITUDE_ASK.search(normalize_text(ask))


@pytest.mark.parametrize("ask", [
    "職員の意識改革のために市は何をしていますか？",  # what the city does
    "団体の自主性を尊重するって、具体的にはどういう心構えのことですか？",  # one matter's 心構え
    "相手の団体を見るときの心構えはありますか？",
])
def test_the_citys_work_or_one_matter_is_not(ask: str) -> None:
    assert not STAFF_ATTITUDE_ASK.search(normalize_text(ask))


def test_the_eight_attitudes_are_marked_by_their_heading() -> None:
    assert EIGHT_ATTITUDES.search("★市民活動団体と協働する行政職員の8つの姿勢★")
    assert not EIGHT_ATTITUDES.search("(4) 職員の意識改革に努めます！")


def test_it_goes_first_from_near_the_top() -> None:
    rule = StaffAttitudesAsks(["(4) 職員の意識改革に努めます！", "★市民活動団体と協働する行政職員の8つの姿勢★"], window=2)
    ask = normalize_text("協働に取り組む職員の心構えを教えてください")
    assert rule.first([ask], np.array([2.0, 1.0]), question=ask) == 1


def test_a_trainers_question_on_staff_mindset_gets_the_eight_attitudes_first(engine: Engine) -> None:
    # training (研修) drew 網走市's and 北九州市's sections on the city's staff training first (read sets: 12 such)
    assert first_section(engine, "<@U07KYODO> 人事課です。来月の新任研修で協働の話をします。協働に取り組む職員の心構えとして、"
                                 "何を伝えればいいですか？") == ("chiba", "staff-attitudes")
