"""A saying the asker quotes brings the passage quoting the same saying first (quoted_saying.py); a quoted term does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import shared_analyzer
from retrieval.search.rank.first.quoted_saying import QuotedSayings
from tests.retrieval.answers import first_section

PASSAGES = ["協働の考え方を説明します。",
            "「協働を行うと仕事が増える」と考えてしまいがちですが、課題解決の選択肢が増えます。",
            "「協働事業」とは、協働の原則に沿って行う事業です。"]


def sayings(window: int = 3) -> QuotedSayings:
    return QuotedSayings(PASSAGES, window=window, alike=0.3)


@pytest.mark.parametrize(("question", "count"), [
    ("課内で「協働なんて仕事が増えるだけ」という声が多くて", 1),
    ("団体との打ち合わせで「そもそもなぜやるのか」の議論ばかりしています", 1),
    ("庁内照会で「協働事業一覧」を作っています", 0),  # a term, not a saying
    ("小平市の指針でいう「公共的サービス」はどこまで？", 0),
    ("「協働」って何？", 0),  # too short to be a saying
])
def test_only_a_quote_with_a_verb_adjective_or_auxiliary_is_a_saying(question: str, count: int) -> None:
    assert len(sayings().sayings(shared_analyzer().analyse(question))) == count


def test_the_passage_quoting_the_same_saying_goes_first_from_near_the_top() -> None:
    question = shared_analyzer().analyse("係の中で「NPOと組むと仕事が増えるだけ」と言われています")
    assert sayings().first(question, np.array([3.0, 2.0, 1.0])) == 1
    assert sayings(window=1).first(question, np.array([3.0, 2.0, 1.0])) is None  # second: outside a window of one
    # a saying like none of the passages' quotes changes nothing
    assert sayings().first(shared_analyzer().analyse("上司に「前例がないから無理」と言われた"), np.array([3.0, 2.0, 1.0])) is None


def test_an_objection_quoted_in_a_message_finds_the_passage_that_answers_it(engine: Engine) -> None:
    # tune30, tune54 and tune66 (read) ranked 千葉県's answer to this objection 4th to 6th
    assert first_section(engine, "<@U07KYODO> 生涯学習課です。係の中で「協働って仕事が増えるだけ」という声が強くて、"
                                 "協働の話がなかなか進みません。どう説明すればいいですか？") == ("chiba", "not-an-end")


def test_where_the_quote_most_like_the_askers_saying_begins_is_where_its_excerpt_opens() -> None:
    texts = ["「前例がない」と言われますが、「協働を行うと仕事が増える」と考えてしまいがちです。"]
    rules = QuotedSayings(texts, window=3, alike=0.3)
    assert rules.where(0, shared_analyzer().analyse("係の中で「NPOと組むと仕事が増えるだけ」と言われています")) \
        == texts[0].index("「協働を行うと")
    assert rules.where(0, shared_analyzer().analyse("「協働」って何？")) is None  # no saying quoted
