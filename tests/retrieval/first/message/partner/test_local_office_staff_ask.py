"""A message from or about a ward office or community centre asking what its staff are expected to do gets 北九州市's
passage naming them the linchpin of 協働 with local groups first (local_office_staff_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.local_office_staff_ask import (
    LOCAL_OFFICE,
    SAYS_LOCAL_STAFF,
    STAFF_ROLE_ASK,
    LocalOfficeStaffAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize(("situation", "ask"), [
    ("この春から区役所の市民センター勤務になりました。", "私たち出先の職員にはどういう役割が期待されてるんでしょうか？"),
    ("I work at a ward office.", "Are ward office and community center staff expected to play a particular role?"),
    ("I work at a 市民センター.", "Is our role in working with 自治会 called out specifically anywhere?"),
])
def test_a_local_office_and_its_staffs_role(situation: str, ask: str) -> None:
    assert LOCAL_OFFICE.search(normalize_text(situation + ask)) and STAFF_ROLE_ASK.search(normalize_text(ask))


@pytest.mark.parametrize("ask", [
    "市民センターの会議室は団体に貸せますか？",  # the centre as a venue
    "What facilities will move into the new community center?",
])
def test_the_centre_itself_is_no_staff_role_ask(ask: str) -> None:
    assert not STAFF_ROLE_ASK.search(normalize_text(ask))


def test_the_passage_naming_local_staff() -> None:
    assert SAYS_LOCAL_STAFF.search("また、地域団体との協働の要となる区役所、市民センター等の市職員が、認識を深めるよう図ります。")
    assert not SAYS_LOCAL_STAFF.search("市民センターは地域の活動拠点です。")


def test_the_passage_goes_first_from_wherever_it_matches_only_for_a_local_office() -> None:
    texts = ["職員の地域活動への参加", "協働の要となる区役所、市民センター等の市職員"]
    ask = normalize_text("職員にはどんな役割が期待されていますか？")
    rule = LocalOfficeStaffAsks(texts, window=1)
    assert rule.first([ask], np.array([2.0, 1.0]), question=normalize_text("区役所に異動しました。") + ask) == 1
    assert rule.first([ask], np.array([2.0, 1.0]), question=ask) is None  # no local office named


def test_a_new_community_centre_post_gets_kitakyushus_passage_first(engine: Engine) -> None:
    # tune112 (read): 千葉県's roles came first, the passage below the top ten
    assert first_section(engine, "I'm being transferred to a community center next month. What does the guideline expect from"
                                 " staff at the ward offices and community centers?") == ("kitakyushu", "staff-mindset")
