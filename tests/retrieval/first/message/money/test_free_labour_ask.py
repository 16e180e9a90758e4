"""A message counting on volunteers because they cost nothing gets 網走市's 「ボランティアは無償ではあるが、無料では
ありません…安い労働力として使おうとすると失敗します」 first (free_labour_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.money.free_labour_ask import (
    NO_FREE_LABOUR,
    VOLUNTEERS_FOR_NOTHING,
    FreeLabourAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "課内で『ボランティアだから謝礼も交通費もなしでいいよね』と言われたんですが…",
    "町内会のボランティアさんにお願いすれば、お金をかけずに事業ができると考えていいですか？",
    "can we just ask volunteers to staff our event for free?",
    "My manager wants to use volunteers as guides at the festival because it's basically free.",
])
def test_volunteers_used_for_what_they_save_is_such_a_message(question: str) -> None:
    assert VOLUNTEERS_FOR_NOTHING.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    # partnering to cut costs, no volunteers used as hands: whether saving money is a purpose (千葉県)
    "My 課長 wants to start collaborating with volunteer groups mainly to cut costs. Is that a valid purpose?",
    # a room lent 無償: a form of 協力, not labour
    "ボランティア団体から、公民館の会議室を無料で使わせてほしいと相談がありました。",
    # volunteers used, nothing said of money
    "ボランティアさんにお願いする受付の段取りはどう決めればいい？",
])
def test_cost_or_volunteers_alone_is_no_such_message(question: str) -> None:
    assert not VOLUNTEERS_FOR_NOTHING.search(normalize_text(question))


def test_the_passage_on_volunteers_as_no_free_labour() -> None:
    assert NO_FREE_LABOUR.search("ボランティアは無償ではあるが、無料ではありません。")
    assert NO_FREE_LABOUR.search("市民のボランティア活動を安い労働力として使おうとすると失敗します。")
    assert not NO_FREE_LABOUR.search("協働の目的は、経費削減ではありません")


def test_the_passage_goes_first_only_for_such_a_message_from_wherever_it_matches() -> None:
    texts = ["協働の目的は、経費削減ではありません", "ボランティアは無償ではあるが、無料ではありません"]
    asks = [normalize_text("問題ない？")]
    order = np.array([2.0, 1.0])
    assert FreeLabourAsks(texts, window=2).first(asks, order, question=normalize_text("経費を減らしたい。問題ない？")) is None
    message = normalize_text("ボランティアだから謝礼なしで。問題ない？")
    assert FreeLabourAsks(texts, window=1).first(asks, order, question=message) == 1  # below the window too (WHOLE_ORDER)
    assert FreeLabourAsks(texts, window=2).first(asks, order, question=message) == 1


def test_volunteers_counted_on_for_free_get_abashiris_passage_first(engine: Engine) -> None:
    # 網走市's 職員の地域活動 ranked first before
    assert first_section(engine, "町内会のボランティアさんにお願いすれば、お金をかけずに事業ができると考えていいですか？") == ("abashiri", "suitability-points")
