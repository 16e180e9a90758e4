"""A message asking whether the city pays a 協働 project's costs itself or hands funds to the partner gets 小平市's
passage on how the city spends first (spending_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.money.spending_ask import SAYS_HOW_SPENT, SPENDING, SpendingAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "How is money supposed to flow in a 協働事業? Does the city pay the costs directly, or hand the funds over to the partner?",
    "協働事業の経費は市が全部持つものですか？それとも団体と分けるものですか？",
    "協働でかかるお金って、市はどうやって出すんですか？",
    "協働事業で団体側にお金を出すとき、補助金と委託料のどっちで組むものなんでしょう。",
])
def test_how_the_money_goes(question: str) -> None:
    assert SPENDING.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    # when the split is settled or written down: agreeing roles before starting
    "共催イベントの経費分担、当日になってから揉めるのが怖いです。事前に決めておくべきですか？",
    "協働の協定書を作るとき、最低限どんな項目を書いておけばいいですか？経費の分担も入れるべき？",
    "委託でも共催でも、協働でやるなら経費の分担ははっきりさせておいたほうがいいですか？",
    # what 協働 saves, and money a group comes to lean on
    "協働にすれば経費を削減できますか？",
    "市から団体にお金を出すと、だんだん市の顔色ばかりうかがうようになりそうで心配。何か工夫はある？",
])
def test_other_money_asks_are_no_spending_ask(question: str) -> None:
    assert not SPENDING.search(normalize_text(question))


def test_the_passage_on_how_the_city_spends() -> None:
    assert SAYS_HOW_SPENT.search("市は、協働の役割に応じて、事業の経費を直接支出したり、協働相手に支出する場合があります。")
    assert not SAYS_HOW_SPENT.search("経費の削減は協働の二次的な効果です。")


def test_the_passage_goes_first_from_wherever_it_matches() -> None:
    texts = ["補助金は団体の活動を支援します", "事業の経費を直接支出したり"]
    ask = normalize_text("市が全部持つもの？")
    question = normalize_text("協働事業の経費は") + ask
    assert SpendingAsks(texts, window=1).first([ask], np.array([2.0, 1.0]), question=question) == 1  # WHOLE_ORDER
    assert SpendingAsks(texts, window=1).first([ask], np.array([2.0, 1.0]), question=ask) is None  # no money told


def test_paying_directly_or_handing_funds_over_gets_kodairas_passage_first(engine: Engine) -> None:
    # tune99, tune125 (read): 千葉県's roles or 網走市's section on 補助 came first, 小平市's passage 2nd to 5th
    assert first_section(engine, "How is money supposed to flow in a 協働事業 — does the city pay the costs itself, or do we hand"
                                 " funds over to the partner?") == ("kodaira", "forms")
