"""A question asking what citizen groups bring that the city lacks gets 網走市's list of 市民団体の特性 first
(group_strengths_ask.py); their weak points, or both sides', do not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.group_strengths_ask import (
    GROUP_STRENGTHS_ASK,
    LISTS_GROUP_STRENGTHS,
    GroupStrengthsAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "What do citizen groups bring to the table that the city can't really do by itself?",
    "What are NPOs and citizen groups typically better at than a city office?",
    "what strengths do NPOs and citizen groups have that the city doesn't?",
    "市民活動団体の強みって、行政と比べてどんなところにあるんですか？",
    "NPOと組むと、役所にはない強みって具体的に何があるの？",  # what the city lacks (tune258, read)
])
def test_what_groups_bring_is_a_group_strengths_ask(question: str) -> None:
    assert GROUP_STRENGTHS_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "What typical weaknesses of small NPOs should we keep in mind?",  # weak points: group_troubles_ask
    "役所と市民団体、それぞれの強みと弱みを比べて整理したものってありますか？",  # both sides: characteristics_ask
    "How do we choose a partner group?",
    "市にない予算を団体に出してもらうのはあり？",  # the city's lack of money, no strength asked
])
def test_weak_points_or_other_asks_are_no_group_strengths_ask(question: str) -> None:
    assert not GROUP_STRENGTHS_ASK.search(normalize_text(question))


def test_the_passage_listing_group_strengths() -> None:
    assert LISTS_GROUP_STRENGTHS.search("市民団体の特性 ①多様なサービスの提供 ②課題に対する創造的で先駆的な取り組み")
    assert not LISTS_GROUP_STRENGTHS.search("行政と市民活動団体が持つそれぞれの特性をお互いに理解し")


def test_the_list_goes_first_only_from_near_the_top() -> None:
    texts = ["行政と団体の役割分担", "市民団体の特性 ①多様なサービスの提供"]
    asks = [normalize_text("What do NPOs bring to the table?")]
    assert GroupStrengthsAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert GroupStrengthsAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_what_groups_bring_gets_abashiris_list_first(engine: Engine) -> None:
    # tune86, tune105 (read): 千葉県's visibility of results or 網走市's 委託 came first, the list 9th to 10th
    assert first_section(engine, "What do citizen groups bring to the table that the city can't really do by itself?") == ("abashiri", "suitability-points")


def test_what_the_city_lacks_gets_abashiris_list_first(engine: Engine) -> None:
    assert first_section(engine, "市民団体には、役所にない強みってどんなものがありますか？") == ("abashiri", "suitability-points")
