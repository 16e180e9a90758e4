"""A question asking a figure gets the passage stating one first (figure_ask.py); asking how far to go does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.figure_ask import FIGURE, FIGURE_ASK, FigureAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "市役所の職員で、市民活動団体と協働したことがある人ってどれくらいいるんですか？",
    "小平市では、この指針を作る前に協働の取り組みがどのくらいあったんでしょうか。",
    "そもそも「協働」という言葉は市民にどのくらい知られているのでしょうか。",
    "指針に職員の意識に関する調査結果はありますか？",
    "How many staff in Kitakyushu understood collaboration, according to their survey?",
    "What did the Kitakyushu staff survey find about employees' understanding of 協働?",
])
def test_a_degree_of_being_knowing_or_having_done_asks_a_figure(question: str) -> None:
    assert FIGURE_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "役割分担ってどのくらいまで細かく決めておけばいいの？",
    "協働事業はどのくらいの間隔で見直せばいいですか",
    "相手の財政や組織体制をどの程度確認しておくべきものなんでしょう",
    "地域のニーズ調査、アンケートの集計だけで済ませようとしてるんですが、それで十分ですかね？",
    "We're contracting a survey out to an NPO and they'll be handling residents' personal data.",
    # how far the staff know: staff_survey_ask's (tune272, tune275: read)
    "市職員は協働のことをどのくらい理解しているんでしょうか",
    "職員が協働をどのくらい理解しているか、データってありますか？",
    # what a survey found someone wants: partner_wants_ask's (tune270, tune275: read)
    "NPOが協働の相手となる団体にどんなことを求めているのか、調査結果で何かわかっていますか？",
    "What qualities do NPOs look for in a partner organization, according to Kitakyushu's survey?",
])
def test_how_far_to_go_asks_a_measure_not_a_figure(question: str) -> None:
    assert not FIGURE_ASK.search(normalize_text(question))


def test_figures_are_shares_and_counts() -> None:
    assert FIGURE.search("市職員の約3割が協働について、あまり理解していません")
    assert FIGURE.search("協働の原則に沿った視点から見ますと34事業となっています")
    assert not FIGURE.search("2人以上が協力して働くこと")  # a number, not a figure reported


def test_the_figure_goes_first_only_from_near_the_top() -> None:
    figures = FigureAsks(["協働の考え方", "職員の約3割が理解していません", "研修を行います"], window=2)
    asks = ["協働という言葉は市民にどのくらい知られていますか"]
    assert figures.first(asks, np.array([3.0, 2.0, 1.0])) == 1
    assert figures.first(asks, np.array([3.0, 1.0, 2.0])) is None  # third of three: outside the window
    assert figures.first(["職員の研修はどう進めればいいですか"], np.array([3.0, 2.0, 1.0])) is None


def test_staff_awareness_asked_as_a_degree_finds_the_survey(engine: Engine) -> None:
    # tune69 (read) ranked it second, below Chiba's staff-attitude section; tune54, tune57 and tune68 asked alike
    assert first_section(engine, "市職員は協働のことをどのくらい理解しているんでしょうか") == ("kitakyushu", "issue-staff-awareness")


def test_how_far_to_divide_roles_is_not_answered_with_a_survey(engine: Engine) -> None:
    answer = engine.ask("役割分担ってどのくらいまで細かく決めておけばいいの？", top=3)
    assert not FIGURE.search(normalize_text(answer.passages[0].text))


def test_what_groups_want_of_a_partner_by_a_survey_gets_that_passage(engine: Engine) -> None:
    # tune275 (read): 北九州市's survey of its staff came first, on 調査結果
    assert first_section(engine, "<@U07KYODO> 企画担当の中島です。NPOが協働の相手となる団体にどんなことを求めているのか、"
                                 "調査結果で何かわかっていますか？") == ("kitakyushu", "issue-group-collaboration")
