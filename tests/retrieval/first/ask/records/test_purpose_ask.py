"""A question asking why a guideline was written gets the passage under its はじめに / 策定の趣旨 / 指針の意義 heading
first (purpose_ask.py); asking what came after it, or why 協働 is done, does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.purpose_ask import PURPOSE_ASK, PurposeAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "網走市はどういう問題意識でこの協働指針を作ったんですか？",
    "大阪市の協働指針は、どういう問題意識から作られたものですか？",
    "なぜ小平市は協働の指針を策定したの？",
    "大阪市の指針策定の趣旨を教えて",
    "Why did Abashiri write a guideline for its own staff?",
    "What prompted Osaka to draw up its 協働指針?",
    # tune118, tune122 (read)
    "Why would a city bother writing a formal guideline on collaboration at all?",
    "Is that the problem the 協働指針 was written to fix?",
    # tune128 (read): the trouble that moved the city to write it
    "そもそもあの指針はどんな困りごとがあって作られたのか、一言で説明できると助かります。",
])
def test_why_a_guideline_was_written_is_a_purpose_ask(question: str) -> None:
    assert PURPOSE_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "小平市は指針を作ったあと、職員向けにどういう取り組みをしていく予定ですか",  # what came after it
    "そもそも、なんで市が協働を進めなきゃいけないんですか？",  # why 協働, not why the guideline
    "協働のマニュアルってありますか？",
    "Why should we write a 協定書 before starting?",  # why write, but no guideline
    "Was the policy written to include neighbourhood groups?",  # written, to no fix
])
def test_what_came_after_or_why_kyodo_is_no_purpose_ask(question: str) -> None:
    assert not PURPOSE_ASK.search(normalize_text(question))


def test_the_purpose_passage_goes_first_only_from_near_the_top() -> None:
    asks = PurposeAsks(["(4) 職員の意識改革に努めます！", "はじめに", "(1) 協働の意味と定義"], window=1)
    question = [normalize_text("網走市はなぜこの指針を作ったの？")]
    assert asks.first(question, np.array([3.0, 2.0, 1.0])) is None
    assert asks.first(question, np.array([3.0, 2.0, 1.0]), window=3) == 1


def test_abashiris_reasons_for_its_guideline_are_its_introduction(engine: Engine) -> None:
    # the reranker put 「職員の意識改革に努めます！」 first: the question's words are a staff guideline's
    assert first_section(engine, "網走市はどういう問題意識でこの協働指針を作ったんですか？") == ("abashiri", "intro")
