"""A message telling of help given without money and asking whether it is 協働 gets 網走市's list of the kinds of
事業協力 first (lending_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.project.lending_ask import (
    HELP_WITHOUT_MONEY,
    IS_IT_KYODO,
    LISTS_KINDS_OF_HELP,
    LendingAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "会場の提供とチラシの配架、職員2名の応援を出す予定です。お金を出さないこういう関わり方も協働の一つになるんでしょうか？",
    "テントの貸し出しと広報誌への掲載くらいしかできないんですが、これでも協働と言っていいんでしょうか？",
    "団体のイベントに市の施設を会場として無料で貸すだけでも、協働と言えるんでしょうか？",
    # tune19, tune110 (read): the company's staff sent to help; English
    "地元の企業が、社員も手伝いに出せると言ってくれています。これって協働のどういう形にあたりますか？",
    "We'd lend them the hall and put their notice in the city newsletter. Does that count as a way of collaborating?",
    # scope, sealed4, sealed14, sealed36 (validation), tune85 (read): a room used free of charge, asked as 協働 in
    # everyday words; no money given, and neither 委託 nor 補助
    "公民館のホールを子ども会にただで使ってもらっています。これも協働してることになるのかな？",
    "集会所を地域のサークルに無償で提供しているだけですが、協働の形として扱っていいですか？",
    "体育館を団体の大会に無料で貸すだけでも、協働ってことになるんでしょうか。",
    "うちの課からはお金は出せないんですが、委託でも補助でもない関わり方ってありますか？",
])
def test_help_without_money_asked_as_kyodo(question: str) -> None:
    text = normalize_text(question)
    assert HELP_WITHOUT_MONEY.search(text) and IS_IT_KYODO.search(text)


@pytest.mark.parametrize(("situation", "ask"), [
    # the word told in the situation, not asked of the help
    ("議会で『協働、協働と言うけれど効果が見えない』と言われました。来月の市報で成果を紹介したいです。", "効果の見せ方は？"),
    ("市の施設を団体に貸しています。", "使用料の減免の根拠は？"),  # help told, another ask
])
def test_other_asks_beside_such_help_are_no_lending_ask(situation: str, ask: str) -> None:
    texts = ["協働の形態です", "情報提供や人的協力、物品提供、技術・ノウハウ提供"]
    question = normalize_text(situation + ask)
    assert LendingAsks(texts, window=2).first([normalize_text(ask)], np.array([2.0, 1.0]), question=question) is None


def test_the_passage_listing_kinds_of_help() -> None:
    assert LISTS_KINDS_OF_HELP.search("その形態としては、情報提供や人的協力、物品提供、技術・ノウハウ提供、広報協力、施設提供等様々です。")
    assert not LISTS_KINDS_OF_HELP.search("共催は、協働関係者が共に事業主体となる形態です。")


def test_the_passage_goes_first_from_wherever_it_matches() -> None:
    texts = ["協働の形態です", "情報提供や人的協力、物品提供"]
    ask = normalize_text("これでも協働と言えますか？")
    question = normalize_text("テントを貸すだけです。") + ask
    assert LendingAsks(texts, window=1).first([ask], np.array([2.0, 1.0]), question=question) == 1  # WHOLE_ORDER
    assert LendingAsks(texts, window=1).first([ask], np.array([2.0, 1.0]), question=ask) is None  # no help told


def test_a_venue_and_a_newsletter_notice_get_the_kinds_of_help_first(engine: Engine) -> None:
    # tune97 (read): ranked below the top ten before; 小平市's list of actors came first
    assert first_section(engine, "<@U07KYODO> 子育て支援課です。子育てサークル連絡会が主催する育児フェアに、うちは子育て支援センターの"
                                 "多目的室を会場として貸して、市報での告知も手伝うだけなんですが、これも協働って言えるんですか？") == ("abashiri", "forms-cooperation")
