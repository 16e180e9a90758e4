"""A message about a partnership agreement (連携協定) gets 網走市's 「…大学、NPOなどとの連携協定の推進に努めます」 first
(agreement_ask.py), though the analyzer cuts 連携協定 into words every passage on 協定書 holds."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.project.agreement_ask import NAMES_AGREEMENT, WRITES_AGREEMENT, AgreementAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "地元の大学と連携協定を結ぶ話があります。",
    "企業と包括的な連携を結びたい",
    "We plan to sign a partnership agreement with a university.",
])
def test_a_partnership_agreement_is_named(question: str) -> None:
    assert NAMES_AGREEMENT.search(normalize_text(question))


@pytest.mark.parametrize("question", ["協定書にはどんな項目を入れればいい？", "他の課と連携するには？"])
def test_a_written_agreement_or_working_together_names_no_partnership_agreement(question: str) -> None:
    assert not NAMES_AGREEMENT.search(normalize_text(question))


def test_the_passage_naming_partnership_agreements() -> None:
    assert WRITES_AGREEMENT.search("市民団体や企業、大学、NPOなどとの連携協定の推進に努めます。")
    assert not WRITES_AGREEMENT.search("必要に応じて、取組みの目的、役割分担…などの項目を取り決めた協定書")


def test_the_agreement_passage_goes_first_only_for_such_a_message_from_wherever_it_matches() -> None:
    texts = ["協定書を結ぶ", "大学、NPOなどとの連携協定の推進に努めます"]
    asks = [normalize_text("どう位置づければいい？")]
    order = np.array([2.0, 1.0])
    assert AgreementAsks(texts, window=2).first(asks, order, question=normalize_text("協定書の話です")) is None
    message = normalize_text("大学と連携協定を結びます。どう位置づければいい？")
    assert AgreementAsks(texts, window=1).first(asks, order, question=message) == 1  # below the window too (WHOLE_ORDER)
    assert AgreementAsks(texts, window=2).first(asks, order, question=message) == 1


def test_a_partnership_agreement_gets_abashiris_satisfaction_passage_first(engine: Engine) -> None:
    # 北九州市's passage on working across departments ranked first before
    assert first_section(engine, "地元の大学との連携協定の締結を準備しています。協働の指針ではどう扱われていますか。") == ("abashiri", "satisfaction")
