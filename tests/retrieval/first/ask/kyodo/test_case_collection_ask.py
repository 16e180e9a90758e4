"""A question asking where examples of 協働 are collected gets 千葉県's 「協働事例集ちばコラボナビ」 first
(case_collection_ask.py); the guidelines' own examples, the office's projects and a page the asker makes are not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.case_collection_ask import (
    CASES_WHERE,
    NAMES_THE_COLLECTION,
    CaseCollectionAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("ask", [
    "他の自治体の協働事例を調べられる資料があれば教えてください。",
    "千葉県内の協働の事例を参考にしたいんだけど、どこで見られる？",
    "よそでうまくいった取組の例を、まとめて調べられる場所ってありますか？",
    "Are there collections of real collaboration examples anywhere that I could browse for ideas?",
    "Where can I find examples of past partnership projects?",
])
def test_where_examples_are_collected(ask: str) -> None:
    assert CASES_WHERE.search(normalize_text(ask))


@pytest.mark.parametrize("ask", [
    "ガイドラインにはどんな事例が載っていますか？",  # the guidelines' own examples: ExampleAsks
    "庁内の協働事例を集めたり共有したりする仕組みはありますか？",  # the office's projects
    "市のホームページに協働事例を集めたページを作りたいんですが、何を載せれば？",  # a page the asker makes
    "Are there cases where the city should just do it alone?",
])
def test_the_guidelines_examples_the_offices_and_ones_own_page_are_not(ask: str) -> None:
    assert not CASES_WHERE.search(normalize_text(ask))


def test_the_passage_naming_the_collection() -> None:
    assert NAMES_THE_COLLECTION.search("協働事例集ちばコラボナビ（協働の取組紹介サイト）")


def test_it_goes_first_from_wherever_it_matches() -> None:
    texts = ["協働事例の情報収集、発信", "事業の例", "協働事例集ちばコラボナビ"]
    rule = CaseCollectionAsks(texts, window=1)
    asks = [normalize_text("事例をまとめた資料はどこ？")]
    assert rule.first(asks, np.array([3.0, 2.0, 1.0])) == 2
    assert rule.first([normalize_text("事例を教えて")], np.array([3.0, 2.0, 1.0])) is None


def test_a_collection_of_cases_gets_chibas_list_first(engine: Engine) -> None:
    # tune69 (read): 千葉県's staff attitudes ranked first, the collection beyond the tenth
    assert first_section(engine, "ほかの自治体や県内でうまくいった例を探したいんだけど、まとめて見られるところってある？") == ("chiba", "information")
