"""A question asking which rules matter most when 協働 involves public money gets 北九州市's passage saying so first
(public_money_ask.py): 「公金の支出が伴う「狭義の協働」の場合、…「6 公開の原則」、「7 時限性の原則」は欠かせない行動規範です」."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.money.public_money_ask import MONEY, RULES, SAYS_PUBLIC_MONEY, PublicMoneyAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "補助金を出す協働事業で、特に外しちゃいけない約束ごとってありますか？",
    "委託料が出るタイプの協働の場合、守るべき原則は？",
    "When public money is involved, which principles matter most?",
])
def test_money_given_and_the_rules_that_matter_is_a_public_money_ask(question: str) -> None:
    text = normalize_text(question)
    assert MONEY.search(text) and RULES.search(text)


@pytest.mark.parametrize("question", [
    "協働の原則を教えてください",  # no money
    "補助金を出すのは協働ですか？",  # money, but no rules asked
])
def test_rules_without_money_or_money_without_rules_is_no_public_money_ask(question: str) -> None:
    text = normalize_text(question)
    assert not (MONEY.search(text) and RULES.search(text))


def test_the_passage_on_public_money() -> None:
    assert SAYS_PUBLIC_MONEY.search("☆ 市民活動団体等と行政との公金の支出が伴う「狭義の協働」の場合")
    assert not SAYS_PUBLIC_MONEY.search("補助は、補助金規則・要綱などに基づき")


def test_the_public_money_passage_goes_first_only_for_money_from_wherever_it_matches() -> None:
    texts = ["補助金規則・要綱などに基づき", "公金の支出が伴う「狭義の協働」の場合、…欠かせない行動規範です"]
    asks = [normalize_text("特に守るべき原則は？")]
    order = np.array([2.0, 1.0])
    assert PublicMoneyAsks(texts, window=2).first(asks, order, question=asks[0]) is None
    money = normalize_text("補助金を出す協働です。特に守るべき原則は？")
    assert PublicMoneyAsks(texts, window=1).first(asks, order, question=money) == 1  # below the window too (WHOLE_ORDER)
    assert PublicMoneyAsks(texts, window=2).first(asks, order, question=money) == 1


def test_money_and_rules_get_kitakyushus_time_limit_passage_first(engine: Engine) -> None:
    # 網走市's 委託 section ranked first before
    assert first_section(engine, "委託料を払ってNPOと進める協働事業で、特に大事にすべき原則はどれですか") == ("kitakyushu", "time-limit-evaluation")
