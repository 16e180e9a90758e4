"""A question putting willing residents and groups together gets 北九州市's matching first (volunteer_matching_ask.py);
training the people who do the joining is another question."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.marked import WIDE_WINDOW
from retrieval.search.rank.first.message.choosing.volunteer_matching_ask import (
    MATCHES_VOLUNTEERS,
    VOLUNTEER_MATCHING,
    VolunteerMatchingAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "ボランティアやりたいっていう市民と、人手が欲しい団体をつなぐ仕組みってあります？",
    "やる気のある市民と活動先をつなぐ仕組みって、市の方針に何かありましたっけ？",
    "How will the city help match residents who want to volunteer with organizations?",
])
def test_willing_residents_put_together_with_groups(question: str) -> None:
    assert VOLUNTEER_MATCHING.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "災害ボランティアや地域団体をつなぐ調整役を育てたいと思っています。",  # training the coordinators (tune48)
    "ボランティア団体を探しています。どこで見つければいい？",  # finding a group: finding_groups_ask
])
def test_other_asks_are_not(question: str) -> None:
    assert not VOLUNTEER_MATCHING.search(normalize_text(question))


def test_the_matching_goes_first_from_near_the_top() -> None:
    texts = ["情報を提供しています", "ボランティア活動に意欲のある市民とのマッチングを進めます"]
    assert MATCHES_VOLUNTEERS.search(texts[1]) and not MATCHES_VOLUNTEERS.search(texts[0])
    question = normalize_text("ボランティアしたい市民と団体をつなぐ仕組みは？")
    assert VolunteerMatchingAsks(texts, window=2).first([question], np.array([2.0, 1.0]), question=question) == 1
    # a wide rule (marked.WIDE_WINDOW): from as far down as 25th, not from below it
    far = texts[:1] * WIDE_WINDOW + texts[1:]
    order = np.linspace(2.0, 1.0, len(far))
    assert VolunteerMatchingAsks(far, window=1).first([question], order, question=question) is None
    assert VolunteerMatchingAsks(far[1:], window=1).first([question], order[1:], question=question) == WIDE_WINDOW - 1


@pytest.mark.parametrize("question", [
    # tune257, tune254 (read): third and fourth before
    "ボランティアやりたいっていう市民と、人手が欲しい団体をつなぐ仕組みってあります？",
    "How will the city help match residents who want to volunteer with organizations?",
])
def test_matching_volunteers_gets_kitakyushus_plan_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("kitakyushu", "activity-centers")
