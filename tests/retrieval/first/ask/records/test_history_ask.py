"""A question asking what was done so far gets the passage under a これまで heading first (history_ask.py); naming one
guideline, the kind-of-ask rules look at that guideline's passages alone (engine._asked_kind_first)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.figure_ask import FIGURE_ASK
from retrieval.search.rank.first.ask.records.history_ask import HISTORY_ASK, HistoryAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "小平市では指針を作る前から協働の事業ってどのくらいあったんですか？",
    "小平市ではこれまでどんな協働の取り組みがあったの？",
    "今までにどのくらい協働の事業をやってきたんでしょう",
    "小平市のこれまでの協働の取組は？",
    "What had Kodaira already been doing on collaboration before it wrote its guideline?",
    "Roughly how many Kodaira projects were already being run in a collaborative way?",
    # tune22, tune99, tune115 (read): how far 協働 stood in the plans when the guideline was written
    "指針をつくった時点までの取り組み状況（計画や事業の数）を知りたい",
    "How widespread was collaboration in Kodaira's plans before the guideline was written? Any numbers?",
    "Before Kodaira wrote its guideline, what kinds of collaboration were already showing up in its plans?",
])
def test_what_was_done_so_far_is_a_history_ask(question: str) -> None:
    assert HISTORY_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "大阪市の指針では、これまでの外注と協働の違いをどのように説明していますか。",  # the usual way, not what was done
    "実績報告を受け取って終わり、というのがこれまでの流れなんですが",
    "仕様書と契約書を作る前に、団体と詰めておくべき点を教えてください",
    "Which plan sets Abashiri's direction on collaboration?",  # the plan itself, not what was done
    "協働事業の進め方を教えてください",
])
def test_the_usual_way_or_a_plan_is_no_history_ask(question: str) -> None:
    assert not HISTORY_ASK.search(normalize_text(question))


def test_the_history_passage_goes_first_only_from_near_the_top() -> None:
    history = HistoryAsks(["(1) 協働の背景認識", "(2) これまでの協働の取り組み", "(3) 協働の主体"], window=1)
    asks = ["これまでどんな取り組みがあったの?"]
    assert history.first(asks, np.array([3.0, 2.0, 1.0])) is None
    assert history.first(asks, np.array([3.0, 2.0, 1.0]), window=3) == 1
    assert history.first(["協働の主体は?"], np.array([3.0, 2.0, 1.0]), window=3) is None


def test_how_many_rules_is_a_list_not_a_figure() -> None:
    assert not FIGURE_ASK.search("how many rules are there, and what are they in short")
    assert FIGURE_ASK.search("how many projects did kodaira count before its guideline?")


@pytest.mark.parametrize("question", [
    # tune73 (read): not among the ten best, below 小平市's shorter passages
    "小平市では指針を作る前から協働の事業ってどのくらいあったんですか？",
    # the figure rule once put 網走市's 「2事業」 first, and 小平市's named passages then pushed it down again
    "小平市では指針をつくる前に、どれくらい協働の実績があったんですか？",
    "How many 協働 projects did Kodaira city count before making its guideline, and in how many plans?",
])
def test_kodairas_past_efforts_answer_what_it_did_before_its_guideline(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("kodaira", "past-efforts")
