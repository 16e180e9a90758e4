"""A message having NPOs take part in the city's bids and tenders gets the passages setting their fair entry as a
principle or an effect first (entry_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.choosing.entry_ask import GROUPS_ENTERING, ON_FAIR_TERMS, GroupsEnteringAsks


@pytest.mark.parametrize("question", [
    "委託の入札にNPOも参加できるようにしたいけど、何に気をつければいい？",
    "NPOも委託や入札に参加しやすくしたほうがいいという話が庁内で出ています。",
    "NPOが市の委託の入札や契約にもっと参加できるようにすべき、という考え方は指針に書かれていますか？",
])
def test_groups_taking_part_in_commissions_is_this_setting(question: str) -> None:
    assert GROUPS_ENTERING.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "委託先のNPOが参加者名簿を扱うとき、契約で何を決めておけばいい？",  # a participants' list, no entry
    "公募で選ぶとき、応募してきた団体の何を見ればいい？",  # choosing among those who applied
    "NPOに委託するとき、仕様書はどう書けばいい？",
])
def test_other_commission_asks_are_not(question: str) -> None:
    assert not GROUPS_ENTERING.search(normalize_text(question))


def test_the_passages_setting_fair_entry() -> None:
    assert ON_FAIR_TERMS.search("市民活動団体が公正な競争原理と情報公開のもとで委託に参入できる仕組みづくり。")
    assert ON_FAIR_TERMS.search("公共サービスの多様な担い手の間で公正な競争が実現できる環境の構築につながり")
    assert not ON_FAIR_TERMS.search("指名または一般競争入札より低廉な価格で、仕様書の業務が執行できるかが選考基準")


def test_the_first_of_them_goes_first_from_near_the_top() -> None:
    rule = GroupsEnteringAsks(["公園の管理の委託の事例", "委託に参入できる仕組みづくり"], window=2)
    question = normalize_text("委託の入札にNPOも参加できるようにしたい。")
    assert rule.first([question], np.array([2.0, 1.0]), question=question) == 1
    assert rule.first([question], np.array([2.0, 1.0]), 1, question=question) is None


@pytest.mark.parametrize("question", [
    # tune254, tune256 (read): 千葉県's park case or 網走市's 委託 came first
    "委託の入札にNPOも参加できるようにしたいけど、何に気をつければいい？",
    "<@U07KYODO> 契約管財課です。NPOも委託や入札に参加しやすくしたほうがいいという話が庁内で出ていて、協働の指針で根拠になる記述があれば"
    "知りたいです。",
])
def test_entry_gets_the_principle_or_the_effect_first(engine: Engine, question: str) -> None:
    answer = engine.ask(question, top=3)
    assert ON_FAIR_TERMS.search(normalize_text(answer.passages[0].text))
