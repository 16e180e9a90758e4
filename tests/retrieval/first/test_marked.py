"""first_marked picks what a stable sort of the order would: the best marked passage that matches at all, if it stands
among the `window` best — equal scores ranked by index."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first import MARKED_ASKS, marked_asks
from retrieval.search.rank.first.ask.records.history_ask import HistoryAsks
from retrieval.search.rank.first.marked import WIDE_WINDOW, MarkedAsk, first_marked
from tests.retrieval.answers import first_section


def _by_sorting(marked: np.ndarray, order: np.ndarray, window: int) -> int | None:
    nearest = np.argsort(-order, kind="stable")[:window]
    return next((int(i) for i in nearest if marked[i] and order[i] > 0), None)


@pytest.mark.parametrize("seed", range(200))
def test_first_marked_agrees_with_a_stable_sort(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 40))
    order = rng.integers(0, 6, n).astype(float)  # few distinct values: many ties, some zeros
    marked = rng.random(n) < 0.3
    for window in (1, 3, 10, n):
        assert first_marked(marked, order, window) == _by_sorting(marked, order, window)


def test_equal_scores_rank_by_index() -> None:
    order = np.array([2.0, 2.0, 2.0])
    assert first_marked(np.array([False, True, True]), order, window=2) == 1
    assert first_marked(np.array([False, False, True]), order, window=2) is None
    assert first_marked(np.array([True, False, False]), np.array([0.0, 1.0, 1.0]), window=3) is None  # no match


def test_where_a_rule_reading_texts_found_its_words_is_where_the_excerpt_opens() -> None:
    class Texts(MarkedAsk):
        ANSWERED_BY = re.compile("ふりかえり")

    class Headings(Texts):
        READS_HEADINGS = True

    texts = ["協働事業を進めます。事業実施後は、ふりかえりの機会を設けます。", "協働の原則です。"]
    assert Texts(texts, window=3).where(0) == texts[0].index("ふりかえり")
    assert Texts(texts, window=3).where(1) is None
    assert Headings(["ふりかえり", "原則"], window=3).where(0) is None  # the heading: the whole section answers


def test_every_kind_of_ask_rule_marks_a_few_passages_of_the_guidelines(engine: Engine) -> None:
    # none: the rule can never fire (a pattern that no longer matches the text, or read from the wrong field — the
    # headings' rules read each passage's own heading); many: it is no rule about one kind of passage
    texts = [normalize_text(p.text) for p in engine.passages]
    rules = marked_asks(texts, [p.section.heading for p in engine.passages], window=10)
    assert [type(rule) for rule in rules] == list(MARKED_ASKS)
    counts = {type(rule).__name__: int(rule.answering.sum()) for rule in rules}
    assert {name: n for name, n in counts.items() if not 1 <= n <= 6} == {}


def test_the_heading_rules_mark_the_sections_their_headings_name(engine: Engine) -> None:
    # read from the passages' texts instead, the history rule would mark four other sections and miss 小平市's
    # 「これまでの協働の取り組み」
    texts = [normalize_text(p.text) for p in engine.passages]
    rules = dict(zip(MARKED_ASKS, marked_asks(texts, [p.section.heading for p in engine.passages], window=10),
                     strict=True))
    marked = {(p.doc, p.section.id) for p, m in zip(engine.passages, rules[HistoryAsks].answering, strict=True) if m}
    assert marked == {("kodaira", "past-efforts")}


def test_a_question_written_in_english_reaches_further_down_for_the_passage_its_ask_names(engine: Engine) -> None:
    # tune105, tune129 (read): an English question shares few words with the Japanese passages, so the one its kind of
    # ask names (here 大阪市's 団体にとっての意義, one party's gains) stands past the first ten
    question = "What does a group get out of working with the city, from their side?"
    narrow = Engine(engine.knowledge, engine.analyzer,
                    dataclasses.replace(engine.tuning, english_first_window=engine.tuning.first_window))
    assert (narrow.ask(question).passages[0].doc, narrow.ask(question).passages[0].section.id) != ("osaka",
                                                                                                  "significance-groups")
    first = engine.ask(question).passages[0]
    assert (first.doc, first.section.id) == ("osaka", "significance-groups")


def test_no_precedent_is_an_attitude_not_a_question_of_history(engine: Engine) -> None:
    # tune45 (read): 「前例がない」 said in English once put 小平市's これまでの取り組み first
    first = engine.ask("My boss keeps saying 'no precedent, so we can't'. Anything in the guidelines to change that "
                       "mindset?").passages[0]
    assert (first.doc, first.section.id) != ("kodaira", "past-efforts")
    assert HistoryAsks.ASK.search("has anything like this been done before? any precedent?")


class _Wide(MarkedAsk):
    ASK = re.compile("変わる")
    ANSWERED_BY = re.compile("意識改革")
    WIDE = True


class _Narrow(_Wide):
    WIDE = False


def test_a_wide_rule_reaches_further_down_than_the_engines_window() -> None:
    texts = [f"別の話{i}" for i in range(WIDE_WINDOW - 1)] + ["職員の意識改革"]
    order = np.linspace(2.0, 1.0, len(texts))  # the marked passage last, ranked 25th
    assert _Wide(texts, window=10).first(["役所の人の考え方って変わる？"], order) == len(texts) - 1
    assert _Narrow(texts, window=10).first(["役所の人の考え方って変わる？"], order) is None
    assert _Wide(texts + ["もう一つ"], window=10).first(["変わる？"], np.append(order * 2, 2.5)) is None


def test_the_wide_rules_reach_their_answers(engine: Engine) -> None:
    # tune194 (read): 網走市's effects on the city, outside the answers before (the staff-change rule's ten)
    assert first_section(engine, "外の人たちと組んで仕事をすると、役所の中の仕事の仕方や役所の人の考え方って何か変わるものなんですか？") == ("abashiri", "effects-city")
    assert [rule.__name__ for rule in MARKED_ASKS if rule.WIDE] == [
        "HierarchyAsks", "StaffChangeAsks", "OutsourcingOrTogetherAsks", "VolunteerMatchingAsks", "OpenDoorAsks"]
