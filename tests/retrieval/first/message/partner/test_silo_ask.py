"""A message telling of the city's 縦割り gets 北九州市's record of groups' complaint first (silo_ask.py), unless it asks
which body or mechanism there is to overcome it."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.silo_ask import NOT_FOR_A_BODY, RECORDS_THE_COMPLAINT, SILO, SiloAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("message", [
    "団体さんに「役所は縦割りだ」と言われてしまいました。",
    "毎回たらい回しにされると苦情がありました。",
    "団体さんからは「窓口がバラバラで困る」と言われています。",
    "NPOs keep telling us city hall is too siloed.",
    "they get bounced from one department to another",
])
def test_the_complaint_is_the_setting(message: str) -> None:
    assert SILO.search(normalize_text(message))


def test_departments_saying_different_things_is_not_the_complaint() -> None:
    # 大阪市 answers this one: 各部局で市民活動団体に対する考え方や対応に差異が生じ
    assert not SILO.search(normalize_text("団体から「課ごとに言うことが違う」と苦情が来ています。"))


@pytest.mark.parametrize("ask", [
    "庁内で連絡窓口をまとめる仕組みってあるの？",
    "職員としてどういう姿勢でいればいい？",
    "Is there any cross-department body inside city hall?",
])
def test_asking_for_a_body_or_a_stance_is_not_this_ask(ask: str) -> None:
    assert not NOT_FOR_A_BODY.search(normalize_text(ask))


def test_what_the_guidelines_say_of_it_is_this_ask() -> None:
    assert NOT_FOR_A_BODY.search(normalize_text("指針では何て言ってる？"))


def test_the_passage_recording_the_complaint() -> None:
    assert RECORDS_THE_COMPLAINT.search("市民活動団体等からは、市役所組織の縦割り組織の弊害が、強く指摘されています。")
    assert not RECORDS_THE_COMPLAINT.search("全庁的な体制整備のため、NPO窓口庁内連絡会議を活用し")


def test_the_complaint_goes_first_only_when_the_message_tells_of_it() -> None:
    texts = ["NPO窓口庁内連絡会議を活用し", "縦割り組織の弊害が、強く指摘されています"]
    asks = [normalize_text("指針では何て言ってる？")]
    rule = SiloAsks(texts, window=2)
    assert rule.first(asks, np.array([2.0, 1.0]), question=normalize_text("縦割りだと言われた。指針では何て言ってる？")) == 1
    assert rule.first(asks, np.array([2.0, 1.0]), question=normalize_text("庁内の連携は？指針では何て言ってる？")) is None


def test_a_complaint_of_silos_gets_the_hearings_record_first(engine: Engine) -> None:
    # tune66 (read): 北九州市's plan for cross-departmental bodies ranked first
    assert first_section(engine, "縦割りのせいで庁内の連携ができてないって団体さんに言われちゃった。指針では何て言ってる？") == ("kitakyushu", "issue-promotion-system")
