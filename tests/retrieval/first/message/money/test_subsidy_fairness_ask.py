"""A message about a subsidy that speaks of fairness or transparency gets 網走市's point on keeping a subsidy transparent
and fair first (subsidy_fairness_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.money.subsidy_fairness_ask import (
    KEEPS_A_SUBSIDY_FAIR,
    SUBSIDY_FAIRNESS,
    SubsidyFairnessAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("message", [
    "補助金の交付要綱を見直しています。透明性や公平性の面で、何をはっきりさせておくべき？",
    "子ども食堂向けの補助制度を作ります。\n「不公平だ」と言われないようにしたいんですが。",
    "When we give a subsidy to a citizen group, how do we keep the process transparent and fair?",
])
def test_a_subsidy_and_its_fairness_is_this_setting(message: str) -> None:
    assert SUBSIDY_FAIRNESS.search(normalize_text(message))


@pytest.mark.parametrize("message", [
    "協働の相手を公平に選ぶにはどうすればいい？",  # choosing a partner, no subsidy
    "補助金を出すだけでも協働になりますか？",  # a subsidy, nothing of fairness
])
def test_either_alone_is_not(message: str) -> None:
    assert not SUBSIDY_FAIRNESS.search(normalize_text(message))


def test_the_passage_on_a_subsidys_fairness() -> None:
    assert KEEPS_A_SUBSIDY_FAIR.search("補助の透明性、公平性を確保するため、補助基準や期間、選定方法")
    assert not KEEPS_A_SUBSIDY_FAIR.search("選定過程の透明性を確保し、公平性を保つ")


def test_it_goes_first_from_near_the_top() -> None:
    texts = ["選定過程の透明性", "補助の透明性、公平性を確保するため"]
    asks = [normalize_text("何を決めておけばいい？")]
    question = normalize_text("補助金の公平性を保つには？何を決めておけばいい？")
    assert SubsidyFairnessAsks(texts, window=1).first(asks, np.array([2.0, 1.0]), question=question) is None
    assert SubsidyFairnessAsks(texts, window=2).first(asks, np.array([2.0, 1.0]), question=question) == 1


def test_a_subsidys_fairness_gets_abashiris_point_first(engine: Engine) -> None:
    # tune93 (read): 千葉県's point on fairness in choosing a partner ranked first
    assert first_section(engine, "市民団体向けの補助金の交付要綱を新しく作ることになりました。透明性や公平性の面で、要綱に書いておく"
                                 "べきことは何ですか？") == ("abashiri", "forms-subsidy")
