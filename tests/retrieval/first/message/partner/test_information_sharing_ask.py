"""A message asking how to share information with a partner gets 小平市's principle of sharing information first
(information_sharing_ask.py); sharing across the city's own departments is another ask."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.information_sharing_ask import (
    SHARES_INFORMATION,
    SHARING_INFORMATION,
    WITH_A_PARTNER,
    InformationSharingAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("message", [
    "一緒に事業をしている団体と、こちらが持っているデータや状況をどこまで出し合うべきですか？",
    "What information should we be sharing with the partner group during the project, and how?",
])
def test_sharing_with_a_partner_is_this_ask(message: str) -> None:
    text = normalize_text(message)
    assert WITH_A_PARTNER.search(text) and SHARING_INFORMATION.search(text)


@pytest.mark.parametrize("message", [
    "他の課がやっている協働事業の情報を共有したいのですが、庁内の連絡会議のような仕組みはありますか？",
    "NPOから相談が来た。庁内で情報共有したりする仕組みって何かある？",
])
def test_sharing_inside_the_city_hall_is_not(message: str) -> None:
    assert not WITH_A_PARTNER.search(normalize_text(message))


def test_the_principle() -> None:
    assert SHARES_INFORMATION.search("市は、お互いに協働事業に関わる情報を共有するために、情報を提供し合う取り組みを設けます。")


def test_it_goes_first_from_wherever_it_matches() -> None:
    texts = ["職員の姿勢", "お互いに協働事業に関わる情報を共有するために"]
    asks = [normalize_text("団体と情報をどこまで共有すればいい？")]
    rule = InformationSharingAsks(texts, window=2)
    assert rule.first(asks, np.array([2.0, 1.0]), question=asks[0]) == 1
    assert InformationSharingAsks(texts, window=1).first(asks, np.array([2.0, 1.0]), question=asks[0]) == 1  # below the window too (WHOLE_ORDER)


def test_sharing_with_a_partner_gets_kodairas_principle_first(engine: Engine) -> None:
    # tune39 (read): 千葉県's staff attitudes ranked first
    assert first_section(engine, "一緒に事業をしている団体と、こちらが持っているデータや状況をどこまで出し合うべきですか？") == ("kodaira", "principle-information-sharing")
