"""A message whose project reaches other departments and which asks how the asker should move gets 千葉県's attitude of
coordinating inside the office first (coordinating_ask.py), not 北九州市's plan for cross-departmental bodies."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.coordinating_ask import (
    ATTITUDE_OF_COORDINATING,
    OTHER_DEPARTMENTS,
    OWN_MOVE,
    CoordinatingAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("message", [
    "協働事業が道路課の所管にもまたがっています。",
    "他課との調整がなかなか進みません。",
    "福祉と教育の複数の課にまたがる事業です。",
    "The project cuts across several divisions.",
])
def test_other_departments_are_the_setting(message: str) -> None:
    assert OTHER_DEPARTMENTS.search(normalize_text(message))


def test_a_project_of_ones_own_section_alone_is_not() -> None:
    assert not OTHER_DEPARTMENTS.search(normalize_text("うちの課でNPOと協働事業を始めます。"))


@pytest.mark.parametrize("ask", [
    "担当の私から動くべきなんでしょうか",
    "どう動けばいいでしょうか。",
    "うちの課だけで抱え込んで回すしかないんでしょうか。",
    "Who is supposed to take the lead on coordinating inside city hall?",
])
def test_the_askers_own_move_is_this_ask(ask: str) -> None:
    assert OWN_MOVE.search(normalize_text(ask))


@pytest.mark.parametrize("ask", [
    "庁内で情報を共有する仕組みって何かありますか？",  # the plan for bodies answers it
    "庁内の連絡会議のような場はありますか？",
    "Is there an internal committee that keeps track of projects across departments?",
])
def test_asking_which_body_exists_is_not(ask: str) -> None:
    assert not OWN_MOVE.search(normalize_text(ask))


def test_the_passage_holding_the_attitude() -> None:
    assert ATTITUDE_OF_COORDINATING.search("(5) 協働の現場では、自らの責務として率先して行政内部で連携し、相乗効果を得ること")
    assert not ATTITUDE_OF_COORDINATING.search("NPO窓口庁内連絡会議を活用し、協働に関する情報の共有化と組織間の連携を促進します。")


def test_the_attitude_goes_first_only_when_other_departments_are_in_the_message() -> None:
    texts = ["NPO窓口庁内連絡会議を活用し", "率先して行政内部で連携し"]
    asks = [normalize_text("どう動けばいいでしょうか。")]
    rule = CoordinatingAsks(texts, window=2)
    assert rule.first(asks, np.array([2.0, 1.0]), question=normalize_text("他課との連携がうまくいきません。どう動けばいいでしょうか。")) == 1
    assert rule.first(asks, np.array([2.0, 1.0]), question=normalize_text("団体と揉めています。どう動けばいいでしょうか。")) is None


@pytest.mark.parametrize("question", [
    # sealed5 (validation): 北九州市's plan for cross-departmental bodies ranked first
    "<@U07KYODO> 公園課です。団体との花壇づくりが道路課の所管にもまたがります。他課との調整は担当の私から動くべきですか？",
    "When a project with a citizen group cuts across several divisions, who is supposed to take the lead on coordinating?",
    "協働事業が複数の課にまたがっていて、担当の自分がどこまで動けばいいのか分かりません。",
])
def test_a_project_reaching_other_departments_gets_the_attitude_of_coordinating(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("chiba", "staff-attitudes")
