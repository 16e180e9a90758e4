"""A question asking whether there is a body carrying 協働 across the departments gets a passage naming one first
(internal_body_ask.py): 北九州市's NPO窓口庁内連絡会議, 小平市's 協働の推進委員会, 千葉県's 県民活動推進会議."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.internal_body_ask import INTERNAL_BODY_ASK, NAMES_A_BODY, InternalBodyAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "役所の中で部署をまたいで横につなぐ場ってあるんですか？",
    "協働を全庁で進めるために、役所の中にはどんな体制をつくればいいんでしょうか。",
    "Is there any cross-department body inside city hall that pushes collaboration?",
])
def test_a_body_across_the_departments_is_an_internal_body_ask(question: str) -> None:
    assert INTERNAL_BODY_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "協働の相手と打ち合わせる場はどう作ればいい？",  # with the partner, not across the departments
    "庁内の会議室はどこで予約できますか",
])
def test_other_places_are_no_internal_body_ask(question: str) -> None:
    assert not INTERNAL_BODY_ASK.search(normalize_text(question))


def test_the_passages_naming_a_body() -> None:
    assert NAMES_A_BODY.search(normalize_text("所管課の連絡窓口である「NPO窓口庁内連絡会議」を活用し"))
    assert NAMES_A_BODY.search("庁内に協働の推進委員会を設置します。")
    assert not NAMES_A_BODY.search("関係者とのコミュニケーションの場の拡大")


def test_the_body_goes_first_only_from_near_the_top() -> None:
    texts = ["コミュニケーションの場の拡大", "庁内に協働の推進委員会を設置します"]
    asks = [normalize_text("庁内で協働を進める体制はありますか？")]
    assert InternalBodyAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert InternalBodyAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_a_body_across_the_departments_gets_one_named_first(engine: Engine) -> None:
    # tune80 (read): 北九州市's survey finding on what staff want ranked first
    assert first_section(engine, "協働を全庁で進めるために、役所の中にはどんな体制をつくればいいんでしょうか。") in {
        ("kitakyushu", "cross-department"), ("kodaira", "awareness-and-structure"), ("chiba", "conference"),
        ("chiba", "organization")}
