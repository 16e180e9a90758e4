"""A question asking why more people volunteer and give gets 千葉県's 「ボランティアや寄附をする人が増え」 first
(volunteering_rise_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.volunteering_rise_ask import (
    RISE_ASK,
    SAYS_MORE_GIVE,
    VolunteeringRiseAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "Why has volunteering and donating gone up recently?",
    "Why does Chiba say interest in volunteering and 県民活動 has been growing?",
    "According to Chiba's manual, what's behind the rise in people volunteering or donating?",
    "ボランティアや寄附をする人が増えてきた背景について、指針ではどう説明してますか？",
])
def test_volunteering_on_the_rise_is_such_an_ask(question: str) -> None:
    assert RISE_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "How should we thank volunteers at the event?",
    "ボランティアに謝礼は必要ですか？",
    "The number of NPOs is increasing. How do we choose a partner?",
])
def test_volunteers_or_a_rise_alone_is_no_such_ask(question: str) -> None:
    assert not RISE_ASK.search(normalize_text(question))


def test_the_passage_and_the_window() -> None:
    texts = ["県民活動情報オフィス", "頻発する災害や東京2020大会などを背景に、ボランティアや寄附をする人が増え"]
    assert SAYS_MORE_GIVE.search(texts[1]) and not SAYS_MORE_GIVE.search(texts[0])
    asks = [normalize_text("Why are more people volunteering these days?")]
    assert VolunteeringRiseAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert VolunteeringRiseAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_the_rise_in_giving_gets_chibas_background_first(engine: Engine) -> None:
    # tune110 (read): ranked eighth
    assert first_section(engine, "According to Chiba's manual, what's behind the rise in people volunteering or donating?") == ("chiba", "background-society")
