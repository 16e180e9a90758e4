"""A question asking whether a partner must be chosen by open call gets 大阪市's principle of 公募 first
(open_call_ask.py), not 千葉県's park case."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.choosing.open_call_ask import (
    MUST_IT_BE_OPEN,
    OPEN_CALL_PRINCIPLE,
    OpenCallAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "前から付き合いのある団体に直接お願いしたいけど、公募にしないとダメですか？",
    "協働の相手を選ぶときは、やっぱり公募ですか？",
    "Do we have to do an open call to choose a partner group?",
    "Is open recruitment (公募) required when we pick an NPO?",
])
def test_whether_an_open_call_is_required_is_this_ask(question: str) -> None:
    assert MUST_IT_BE_OPEN.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "公募で選んだ団体との協定書には何を書けばいい？",  # chosen by open call already; asks for the agreement
    "協働事業の公募の締切はいつですか？",
    "How should we write the call for proposals?",
])
def test_an_open_call_already_made_is_not(question: str) -> None:
    assert not MUST_IT_BE_OPEN.search(normalize_text(question))


def test_the_passage_making_the_open_call_the_principle() -> None:
    assert OPEN_CALL_PRINCIPLE.search("特定の団体との契約が既得権化したり、行政の一方的な委託化にならないよう、公募を原則とした仕組みづくり。")
    assert not OPEN_CALL_PRINCIPLE.search("公募方式など多様な選定方法と役割分担を明確にする協働の協定書の活用")


def test_the_principle_goes_first_only_from_near_the_top() -> None:
    texts = ["企画提案方式による公募", "公募を原則とした仕組みづくり"]
    asks = [normalize_text("公募にしないとまずい？")]
    assert OpenCallAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1
    assert OpenCallAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None


@pytest.mark.parametrize("question", [
    # sealed18 (validation): 千葉県's park case ranked first
    "<@U07KYODO> 福祉課です。見守りの事業を、いつも手伝ってくれる団体にそのまま頼みたいんですが、公募にしないとダメですか？",
    "We're choosing an NPO for a new 委託. Do we have to do an open call, or can we go with the group we know?",
])
def test_whether_an_open_call_is_required_gets_the_principle_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("osaka", "principles")
