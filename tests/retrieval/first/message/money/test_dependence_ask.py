"""A message about money given year after year, or a group leaning on it, gets 網走市's 「補助金に頼り、行政に依存する
体質になると自主性が失われる可能性…期限設定など自立を促す工夫も必要です」 first (dependence_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.money.dependence_ask import LEANS_ON_MONEY, ON_DEPENDENCE, DependenceAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "同じ団体に毎年補助金を出し続けています。見直したほうがいい？",
    "活動費を出していたら、団体が市のお金頼みになってきた気がします",
    "Is there a risk that a group we fund comes to depend on our grant?",
])
def test_money_given_and_leaned_on_is_a_dependence_message(question: str) -> None:
    assert LEANS_ON_MONEY.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "補助金を出すのは協働ですか？",  # money, but no dependence
    "団体が自立して活動するにはどうしたらいい？",  # independence, but no money
    # who bears a cost, argued over every year (tune276, read): 網走市's 共催・実行委員会 answers
    "夏祭りを実行委員会方式でやっていますが、毎年「誰が決めたの？」「その費用は誰持ち？」でもめます。",
])
def test_money_alone_or_independence_alone_is_no_dependence_message(question: str) -> None:
    assert not LEANS_ON_MONEY.search(normalize_text(question))


def test_the_passages_on_dependence() -> None:
    assert ON_DEPENDENCE.search("補助金に頼り、行政に依存する体質になると自主性が失われる可能性があるため")
    assert ON_DEPENDENCE.search("補助を受ける団体の固定化や行政の過剰な関与によって")
    assert not ON_DEPENDENCE.search("市が補助金規則・要綱などに基づき、市民団体の組織運営…に対して財政的支援を行う事業")


def test_the_dependence_passage_goes_first_only_for_such_a_message_from_wherever_it_matches() -> None:
    texts = ["公平性の確保", "補助金に頼り、行政に依存する体質になると"]
    asks = [normalize_text("どうすればいい？")]
    order = np.array([2.0, 1.0])
    assert DependenceAsks(texts, window=2).first(asks, order, question=normalize_text("補助金の話です")) is None
    message = normalize_text("毎年補助金を出しています。どうすればいい？")
    assert DependenceAsks(texts, window=1).first(asks, order, question=message) == 1  # below the window too (WHOLE_ORDER)
    assert DependenceAsks(texts, window=2).first(asks, order, question=message) == 1


def test_money_leaned_on_gets_abashiris_subsidy_passage_first(engine: Engine) -> None:
    # 千葉県's 公平性の確保 ranked first before
    assert first_section(engine, "Is it a problem if we keep funding the same group every year?") == ("abashiri", "forms-subsidy")
