"""A question asking whether 協働 changes the city's own staff gets the passages saying it does first
(staff_change_ask.py); how to change them is what the city undertakes, another ask."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.staff_change_ask import (
    BRINGS_STAFF_CHANGE,
    STAFF_CHANGE_ASK,
    StaffChangeAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("ask", [
    "住民の皆さんと組んで仕事をすると、役所の中の人の考え方って変わるものなんですか？",  # tune222 (read): 7th before
    "協働を進めると、職員の意識って本当に変わるものなんですか？",
    "協働を進めると、役所の組織とか職員の考え方にも何か変化が出るものなんですか？",
    # what staff gain (tune230, tune74, tune68: 9th, 4th, 8th before)
    "協働って、担当する職員にとって何かプラスになることあります？",
    "協働をやると、職員の側にはどんなプラスがあると書かれていますか。",
])
def test_whether_the_citys_side_changes_is_this_ask(ask: str) -> None:
    assert STAFF_CHANGE_ASK.search(normalize_text(ask))


@pytest.mark.parametrize("ask", [
    "職員の考え方を変えるには、どんな研修をすればいいですか？",  # how to change them: the city's undertaking
    "住民の意識って変わるものなんですか？",  # residents, not the city's side
    "団体にとってどんなメリットがありますか？",  # the group's gain (beneficiary_ask)
    "職員にとって負担が増えるだけでは？",  # a burden, not a gain
])
def test_how_to_change_them_or_residents_change_is_not(ask: str) -> None:
    assert not STAFF_CHANGE_ASK.search(normalize_text(ask))


def test_the_change_is_marked_where_it_is_told_as_what_kyodo_brings() -> None:
    assert BRINGS_STAFF_CHANGE.search("職員自らの意識改革と資質向上につながります")
    assert BRINGS_STAFF_CHANGE.search("市民や行政職員の意識改革を促す")
    assert not BRINGS_STAFF_CHANGE.search("職員の意識改革に努めます")


def test_it_goes_first_from_near_the_top() -> None:
    rule = StaffChangeAsks(["職員の意識改革に努めます", "職員自らの意識改革と資質向上につながります"], window=2)
    ask = normalize_text("協働を進めると職員の意識は変わりますか")
    assert rule.first([ask], np.array([2.0, 1.0]), question=ask) == 1


@pytest.mark.parametrize("question", ["住民の皆さんと組んで仕事をすると、役所の中の人の考え方って変わるものなんですか？",
                                      "協働って、担当する職員にとって何かプラスになることあります？"])
def test_a_question_whether_staff_change_gets_an_effect_of_kyodo_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) in {("abashiri", "effects-city"),
                                                                     ("chiba", "effect-reform")}
