"""Alias lookup for the glossary, out-of-scope kinds and document names."""

from __future__ import annotations

import pytest

from retrieval.search.question.aliases import AliasLists
from retrieval.search.question.analyzer import normalize_text

LISTS = AliasLists([
    ["丸投げ", "任せきり"],  # 0
    ["npo", "nonprofit"],  # 1
    ["team up with", "what's in it for"],  # 2
    ["know-how"],  # 3
    ["rent"],  # 4
    ["citizen proposal"],  # 5
    ["ＰＤＣＡサイクル"],  # 6: full-width, matched after NFKC
])


def found(text: str) -> set[int]:
    return LISTS.found_in(normalize_text(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("NPOに丸投げしていい？", {0, 1}),  # Japanese anywhere, English next to Japanese
    ("団体に任せきりになってる", {0}),
    ("we work with two NPOs and a nonprofit", {1}),  # plural s
    ("can we team up with them?", {2}),
    ("Team  up with them", set()),  # a phrase keeps its separators
    ("what's in it for the city?", {2}),
    ("their know-how is great", {3}),
    ("we don't know how they work", set()),
    ("my parents rent a room", {4}),
    ("ask their parent group", set()),  # "rent" is not a word of "parent"
    ("a citizen proposal", {5}),
    ("citizenからproposalが来た", set()),  # a phrase does not jump over Japanese text
    ("pdcaサイクルを回す", {6}),
    ("", set()),
])
def test_found_in(text: str, expected: set[int]) -> None:
    assert found(text) == expected
