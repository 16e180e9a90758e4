"""A question asking what the survey of the city's own staff found gets 北九州市's passage reporting it first
(staff_survey_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.staff_survey_ask import (
    REPORTS_STAFF_SURVEY,
    STAFF_SURVEY_ASK,
    StaffSurveyAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "職員向けの調査ではどんな結果が出ていましたっけ？",
    "北九州市の職員アンケートで、協働経験がない職員はどのくらい？",
    "What did Kitakyushu's survey of city employees find about their experience with NPOs?",
    # how far the staff know or have done something: only that survey says (tune272, tune275: read)
    "市職員は協働のことをどのくらい理解しているんでしょうか",
    "職員が協働をどのくらい理解しているか、データってありますか？",
])
def test_a_survey_of_the_staff_is_a_staff_survey_ask(question: str) -> None:
    assert STAFF_SURVEY_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "市民意識調査では協働という言葉はどのくらい知られていましたか？",  # the citizens' survey
    "職員の意識を高めるにはどうすれば？",
])
def test_other_surveys_or_staff_asks_are_no_staff_survey_ask(question: str) -> None:
    assert not STAFF_SURVEY_ASK.search(normalize_text(question))


def test_the_passage_goes_first_only_from_near_the_top() -> None:
    assert REPORTS_STAFF_SURVEY.search("市役所職員に対する調査結果によれば、市職員の約3割が協働について、あまり理解していません。")
    texts = ["職員の意識改革", "市役所職員に対する調査結果によれば"]
    asks = [normalize_text("職員アンケートの結果は？")]
    assert StaffSurveyAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert StaffSurveyAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_the_staff_survey_gets_kitakyushus_finding_first(engine: Engine) -> None:
    # tune105 (read): 北九州市's section on changing staff attitudes came first
    assert first_section(engine, "I'm putting together slides for staff training. What did Kitakyushu's survey of city employees"
                                 " find about their experience with NPOs?") == ("kitakyushu", "issue-staff-awareness")


def test_how_far_the_staff_understand_gets_their_survey_first(engine: Engine) -> None:
    # tune275 (read): 北九州市's figures on citizens' awareness came first (figure_ask), the staff survey sixth
    assert first_section(engine, "<@U07KYODO> 人事課の研修担当です。職員向けの協働研修を企画中です。職員が協働をどのくらい理解して"
                                 "いるか、データってありますか？") == ("kitakyushu", "issue-staff-awareness")
