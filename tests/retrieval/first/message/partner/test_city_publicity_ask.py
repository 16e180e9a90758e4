"""A message about publishing the staff's volunteering or the city's projects to residents gets 網走市's passage on the
city's information first (city_publicity_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.city_publicity_ask import (
    PUBLISHING_DOINGS,
    SAYS_CITY_PUBLICITY,
    CityPublicityAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("message", [
    "職員が週末に河川清掃へ参加していたので、市のSNSで紹介したいのですが問題ありますか？",
    "市が実施している事業を、もっと市民に知ってもらうにはどう考えればいいですか",
    "Can the city publicize staff members' volunteer work on its website?",
])
def test_publishing_what_the_staff_or_the_city_do(message: str) -> None:
    assert PUBLISHING_DOINGS.search(normalize_text(message))


@pytest.mark.parametrize("message", [
    "職員の町内会活動を、庁内報で紹介したいと思っています。",  # told inside the city hall
    "職員が地域のボランティアに参加することを市として後押ししていますか？",  # backing it, not publishing it
    "団体の活動を市の広報で紹介してほしいと頼まれました。",  # a group's doings, not the city's
])
def test_the_staffs_activities_not_published_are_not_this_ask(message: str) -> None:
    assert not PUBLISHING_DOINGS.search(normalize_text(message))


def test_the_passage_on_the_citys_information() -> None:
    assert SAYS_CITY_PUBLICITY.search("市が取り組む事業や職員のボランティア活動等を市民に広く周知することを通じて")
    assert not SAYS_CITY_PUBLICITY.search("職員のボランティア活動への参加を推進します。")


def test_the_passage_goes_first_from_wherever_it_matches() -> None:
    texts = ["職員のボランティア活動への参加を推進します。", "職員のボランティア活動等を市民に広く周知する"]
    message = normalize_text("職員のボランティア活動を市の広報で紹介してもいいですか？")
    rule = CityPublicityAsks(texts, window=0)
    assert rule.first([message], np.array([2.0, 1.0]), question=message) == 1
    other = normalize_text("職員のボランティア活動を市として後押ししていますか？")
    assert rule.first([other], np.array([2.0, 1.0]), question=other) is None


def test_a_message_about_publishing_staff_volunteering_gets_abashiris_information_first(engine: Engine) -> None:
    # the section before, on backing the staff's local activities, came first (read sets: 8 such messages)
    assert first_section(engine, "<@U07KYODO> 広報課です。職員が休日に地域の清掃ボランティアへ参加している様子を、市の広報紙で"
                                 "取り上げたいと考えています。協働の観点から問題ないでしょうか？") == ("abashiri", "information")
