"""A message about a group's proposal asking whether to turn it down gets 網走市's caution — say so when it cannot be
done — first (saying_no_ask.py); judging (判断) is not turning down."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.saying_no_ask import (
    PROPOSED,
    SAY_SO_WHEN_YOU_CANNOT,
    SAYING_NO,
    SayingNoAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("ask", [
    "はっきり断ってしまっていいんでしょうか。",
    "Is it OK to just tell them no?",
    "is it okay to just say no?",
])
def test_turning_it_down_is_this_ask(ask: str) -> None:
    assert SAYING_NO.search(normalize_text(ask))


def test_judging_is_not() -> None:
    assert not SAYING_NO.search(normalize_text("後援していいかどうかは何を見て判断すればいいでしょうか。"))


def test_the_proposal_is_the_setting() -> None:
    assert PROPOSED.search(normalize_text("子育てサークルから協働の提案をもらいました。"))
    assert PROPOSED.search(normalize_text("A group pitched us a project."))
    assert not PROPOSED.search(normalize_text("団体からの後援依頼を断ってもいい？"))


def test_the_caution() -> None:
    assert SAY_SO_WHEN_YOU_CANNOT.search("十分な検討をした結果、できないとなった場合はできないと言うことが大切です。")


def test_it_goes_first_only_for_a_proposal() -> None:
    texts = ["協働提案制度", "できないとなった場合はできないと言うことが大切"]
    asks = [normalize_text("断ってもいい？")]
    rule = SayingNoAsks(texts, window=2)
    assert rule.first(asks, np.array([2.0, 1.0]), question=normalize_text("提案をもらった。断ってもいい？")) == 1
    assert rule.first(asks, np.array([2.0, 1.0]), question=normalize_text("依頼が来た。断ってもいい？")) is None


def test_turning_a_proposal_down_gets_the_caution_first(engine: Engine) -> None:
    # tune53 (read): 北九州市's networking plan ranked first
    assert first_section(engine, "A group pitched us a project but after looking into it properly we really can't do it. Is it OK"
                                 " to just tell them no?") == ("abashiri", "cautions")
