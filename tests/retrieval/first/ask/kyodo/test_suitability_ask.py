"""A question asking how to judge whether a project suits 協働 gets a passage listing the points first — 網走市's
「①協働のポイント」 or 小平市's 「【協働に適した事業】」 (suitability_ask.py); whether a group can do the work, or what
協働 is, does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.suitability_ask import LISTS_POINTS, SUITABILITY_ASK, SuitabilityAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "協働でやるべき事業かどうか、どういう観点で判断すればいいですか？",
    "新規事業の決裁を上げる前に、協働でやるべき事業かどうか確認しておくチェック項目はありますか",
    "そもそも協働でやるのが合ってるかどうか、何を見て判断すれば？",
    "協働に向いている事業かどうかを判断する基準はありますか？",
    "Is our youth café project a good fit for 協働?",  # sealed19, 29, 39 (validation): the section above went first
    "How can I tell whether this project is suitable for collaboration?",
    # tune243, tune230 (read): the verb suit, with 協働 its object
    "We're drafting our first collaboration plan. Which kinds of projects suit 協働 and which don't?",
    "what kind of projects suit 協働?",
])
def test_how_to_tell_whether_a_project_suits_kyodo_is_a_suitability_ask(question: str) -> None:
    assert SUITABILITY_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "組む予定の団体がちゃんとやれるところか、どこを見て判断すればいいですか？",  # the group: capacity_ask's
    "協働に向いている事業ってどんなもの？",  # which kinds, with no judging asked
    "協働ってそもそも何？",
    "Which NPO would be a good fit for our festival?",  # a partner, not 協働
])
def test_the_group_or_a_kind_of_project_is_no_suitability_ask(question: str) -> None:
    assert not SUITABILITY_ASK.search(normalize_text(question))


def test_the_passages_listing_the_points() -> None:
    assert LISTS_POINTS.search("- 市の課題と市民団体の活動で共通な目的があるか。")
    assert LISTS_POINTS.search("次のような事業が協働に適していると考えられます。 【協働に適した事業】 - 先駆性")
    assert not LISTS_POINTS.search("「協働」で実施することがふさわしい事業かを検討する必要があります。")


def test_the_points_go_first_only_from_near_the_top() -> None:
    texts = ["ふさわしい事業かを検討する必要があります。", "市の課題と市民団体の活動で共通な目的があるか。"]
    asks = [normalize_text("協働に向いている事業かどうか、何をチェックすればいいですか？")]
    assert SuitabilityAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert SuitabilityAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_judging_a_projects_suitability_gets_the_points_first(engine: Engine) -> None:
    # tune116 (read): 網走市's 補助 form ranked first, the points third
    assert first_section(engine, "<@U07KYODO> 生活衛生課です。野良猫の不妊去勢手術の費用助成と譲渡会を、動物愛護ボランティア団体と"
                                 "協働でやれないか検討しています。協働でやるべき事業かどうか、事前にどんな点をチェックすればいいですか？") == ("abashiri", "suitability-points")


def test_a_good_fit_for_kyodo_asked_in_english_gets_the_points_first(engine: Engine) -> None:
    assert first_section(engine, "Before we decide, what should I look at to see whether a new project is a good fit for 協働?") in {("abashiri", "suitability-points"),
                                                                     ("kodaira", "suitable-projects")}
