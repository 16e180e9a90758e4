"""A question asking how far a 協働事業's information is to be made public gets the principles of openness first
(disclosure_ask.py), not 北九州市's plan for publicity — unless it asks how a partner or a subsidy was chosen."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.disclosure_ask import (
    DISCLOSURE_ASK,
    OPENNESS_PRINCIPLE,
    DisclosureAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "協働事業の情報公開はどこまでやる必要がありますか",
    "協働事業の中身や経過って、市民にどこまで公開するものなんですか？",
    "成果報告書って、市民に公開するところまで必要なんですか？",
    "How much of a joint project's progress should we make public?",
])
def test_how_far_to_disclose_is_this_ask(question: str) -> None:
    assert DISCLOSURE_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "補助金をいくら出したか、どこまで公表しておけばいいですか？",  # a subsidy's fairness
    "団体を選んだ基準はどこまで公開すべき？",  # a partner's choosing
    "協働事業をSNSでどう発信すればいい？",  # publicity, not disclosure
])
def test_choosing_or_publicity_is_not(question: str) -> None:
    assert not DISCLOSURE_ASK.search(normalize_text(question))


def test_the_principles_of_openness() -> None:
    assert OPENNESS_PRINCIPLE.search("協働事業のプロセスや成果などを公開し、説明責任を果たすとともに透明性を確保します。")
    assert OPENNESS_PRINCIPLE.search("協働のプロセスと内容が広く市民に公開され、協働の要件を満たせば")
    assert not OPENNESS_PRINCIPLE.search("市政だよりやホームページ、SNSなど多様な媒体を活用して情報を発信します。")


def test_the_principle_goes_first_only_from_near_the_top() -> None:
    texts = ["多様な媒体を活用して情報を発信", "プロセスや成果などを公開し"]
    asks = [normalize_text("どこまで公開すればいい？")]
    assert DisclosureAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1
    assert DisclosureAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None


def test_how_far_to_disclose_gets_a_principle_of_openness_first(engine: Engine) -> None:
    # tune31, tune44 (read): 北九州市's plan for publicity ranked first
    assert first_section(engine, "協働事業について、市民への情報公開ってどこまでやればいいんですか？") in {("kitakyushu", "disclosure"), ("osaka", "principles")}
