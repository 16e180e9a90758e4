"""A question asking what groups look for in a partner gets 北九州市's finding first (partner_wants_ask.py); the
conditions the city sets for a partner are another ask."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.partner_wants_ask import (
    PARTNER_WANTS_ASK,
    WHAT_GROUPS_LOOK_FOR,
    PartnerWantsAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "ほかの団体や住民は、協働の相手にどんなことを求めているんでしょう？",
    "協働の相手として選ばれやすい団体ってどんな団体なんでしょう。",
    "What do NPOs say they're looking for in the groups they partner with?",
])
def test_what_a_partner_is_looked_for_is_this_ask(question: str) -> None:
    assert PARTNER_WANTS_ASK.search(normalize_text(question))


def test_the_citys_conditions_for_a_partner_are_not() -> None:
    assert not PARTNER_WANTS_ASK.search(normalize_text("任意団体とも協働できますか？相手に求める条件ってありますか"))


def test_the_finding() -> None:
    assert WHAT_GROUPS_LOOK_FOR.search("また、協働相手となる団体には、事業担当者に信頼性があることや")


def test_it_goes_first_from_near_the_top() -> None:
    texts = ["NPO法人の多くが企画力を高める必要", "協働相手となる団体には、事業担当者に信頼性がある"]
    asks = [normalize_text("団体は相手に何を求めているの？")]
    assert PartnerWantsAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1
    assert PartnerWantsAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None


def test_what_groups_look_for_gets_kitakyushus_finding_first(engine: Engine) -> None:
    # tune72 (read): 北九州市's finding on groups' own activities ranked first
    assert first_section(engine, "From the NPO side, what do they actually look for in the organisations they team up with?") == ("kitakyushu", "issue-group-collaboration")
