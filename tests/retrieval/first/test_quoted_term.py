"""A question quoting a term that one or two passages alone bracket gets the best ranked of them first (quoted_term.py)
— not when the term is one many passages bracket or use, and not for a quoted saying."""

from __future__ import annotations

import numpy as np

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text, shared_analyzer
from retrieval.search.rank.first.quoted_term import QuotedTerms

TEXTS = [normalize_text(t) for t in (
    "協働について考えます。協働事業を進めます。",
    "公金の支出が伴う「狭義の協働」の場合、お互いに依存しあう関係に陥らないため",
    "「協働事業」とは、市民活動団体と行政が協働で行う事業です。",
    "協働事業の評価をします。",
    "協働事業を公開します。",
    "協働事業の相手を選びます。",
    "協働事業の形態を選びます。",
)]


def _first(question: str, order: np.ndarray) -> int | None:
    return QuotedTerms(TEXTS).first(shared_analyzer().analyse(question), order)


def test_a_term_one_passage_brackets_puts_it_first_from_wherever_it_matches() -> None:
    order = np.array([5.0, 0.1, 0, 0, 0, 0, 0])
    assert _first("「狭義の協働」ってどういう意味？", order) == 1
    assert _first("「狭義の協働」ってどういう意味？", np.array([5.0, 0, 0, 0, 0, 0, 0])) is None  # matching nothing


def test_a_term_many_passages_use_names_none() -> None:
    # 「協働事業」 is bracketed by one passage but written in six
    assert _first("うちの「協働事業」って何件？", np.array([5.0, 1, 1, 1, 1, 1, 1])) is None


def test_a_quoted_saying_is_not_a_term() -> None:
    assert _first("「狭義の協働がいい」と言われた", np.array([5.0, 1, 0, 0, 0, 0, 0])) is None


def test_a_quoted_term_gets_the_passage_bracketing_it_first(engine: Engine) -> None:
    # sealed34 (validation): 北九州市's awareness of issues ranked first, the term's passage fifth
    answer = engine.ask("「狭義の協働」という言葉を見かけたのですが、どういう意味ですか？", top=3)
    assert "狭義の協働" in answer.passages[0].text


def test_where_the_passage_brackets_the_quoted_term_is_where_its_excerpt_opens() -> None:
    terms = QuotedTerms(TEXTS)
    question = shared_analyzer().analyse("「狭義の協働」ってどういう意味？")
    assert terms.where(1, question) == TEXTS[1].index("「狭義の協働」")
    assert terms.where(0, question) is None
