"""Alias lookup for the glossary, out-of-scope kinds and document names."""

from __future__ import annotations

import pytest

from retrieval.knowledge.models import GlossaryEntry
from retrieval.search.question.aliases import AliasLists, english_stand_ins
from retrieval.search.question.analyzer import normalize_text

LISTS = AliasLists([
    ["丸投げ", "任せきり"],  # 0
    ["npo", "nonprofit"],  # 1
    ["team up with", "what's in it for"],  # 2
    ["know-how"],  # 3
    ["rent"],  # 4
    ["citizen proposal"],  # 5
    ["ＰＤＣＡサイクル"],  # 6: full-width, matched after NFKC
    ["choose a partner", "cut costs", "apply for"],  # 7: verbs
    ["us"],  # 8: too short to be a verb
    ["collaborative"],  # 9: an adjective
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
    ("citizens proposals", {5}),  # any word of a phrase may be plural
    ("citizenship proposal", set()),
    ("citizenからproposalが来た", set()),  # a phrase does not jump over Japanese text
    ("pdcaサイクルを回す", {6}),
    # any word may carry a verb's ending: one alias stands for its forms
    ("how are we choosing a partner?", {7}),
    ("we chose a partner", {7}),  # irregular forms are listed (aliases.IRREGULAR), not guessed
    ("the city is cutting costs", {7}),
    ("they applied for a grant", {7}),
    ("the group applies for it", {7}),
    ("we used the hall", set()),  # "us" + "ed" is another word
    ("choosy partner", set()),
    ("should we run it collaboratively?", {9}),  # an adjective's -ly adverb (tune110 refused this, read)
    ("a collaborativeness score", set()),
    ("", set()),
])
def test_found_in(text: str, expected: set[int]) -> None:
    assert found(text) == expected


STAND_INS = AliasLists([
    ["suitable for collaboration"],  # 0
    ["collaboration", "partnership"],  # 1
    ["subsidy for an event"],  # 2
], stand_ins=english_stand_ins([
    GlossaryEntry(("協働",), ("collaboration", "co-production", "協働する")),
    GlossaryEntry(("補助", "補助金"), ("subsidy",)),
]))


@pytest.mark.parametrize(("text", "expected"), [
    ("Is this project suitable for 協働?", {0}),  # the Japanese word stands for its English alias
    ("suitable for collaboration", {0, 1}),
    ("Is 協働 always good?", set()),  # alone it is the Japanese word matching itself: not an English match
    ("suitable for 協働事業", set()),  # a Japanese word only when written alone
    ("suitable for協働", set()),  # the separator is the alias's
    ("協働に向いてる？ suitable for", set()),
    ("a 補助金 event", set()),
    ("is there a 補助 for an event", {2}),
    ("is there a 補助金 for an event", {2}),
])
def test_a_japanese_word_among_english_ones_stands_for_its_english_alias(text: str, expected: set[int]) -> None:
    assert STAND_INS.found_in(normalize_text(text)) == expected


def test_stand_ins_are_the_one_word_english_aliases_of_the_entry() -> None:
    stand_ins = english_stand_ins([GlossaryEntry(("協働", "collab"), ("collaboration", "co-production", "協働する",
                                                                     "joint work")),
                                   GlossaryEntry(("協働",), ("partnership", "collaboration"))])
    assert stand_ins == {"協働": ("collaboration", "partnership")}


SPREAD = AliasLists([["make public"], ["know-how"], ["time limit"]], spread=2)


@pytest.mark.parametrize(("text", "expected"), [
    ("how do we make the results public?", {0}),  # two words between
    ("we made the process and the results public", set()),  # four: too far apart
    ("make the results known. public events too", set()),  # another clause
    ("making them public", {0}),  # each word inflected as in a phrase
    ("what is the know how of the group", set()),  # a hyphen in the alias is written, not spread
    ("the limit of time", set()),  # in order only
    ("makeしてからpublic", set()),  # nor over Japanese text, as a phrase unspread
])
def test_an_english_alias_spreads_over_a_few_words_of_one_clause(text: str, expected: set[int]) -> None:
    assert SPREAD.found_in(normalize_text(text)) == expected


def test_without_spread_an_english_alias_is_a_phrase() -> None:
    assert AliasLists([["make public"]]).found_in(normalize_text("how do we make the results public?")) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("we chose a partner last year", {0}),  # an irregular past
    ("what is the support centre supposed to do", {1}),  # tune60 (read): the British spelling was refused
    ("our neighbourhood associations", {2}),
    ("a neighborhood association", {2}),
    ("a club proposed co-organising a race", {3}),  # tune136 (read): the other spelling, inflected, was refused
    ("we co-organised it last year", {3}),
])
def test_irregular_forms_and_either_spelling_match_an_alias(text: str, expected: set[int]) -> None:
    lists = AliasLists([["choose a partner"], ["support center"], ["neighborhood association"], ["co-organize"]])
    assert lists.found_in(normalize_text(text)) == expected


@pytest.fixture(scope="module")
def deeds() -> AliasLists:
    from retrieval.search.question.analyzer import shared_analyzer
    return AliasLists([["企画を持ち込む"], ["会場を貸す"], ["お金を払って仕事"]], shared_analyzer())


@pytest.mark.parametrize(("text", "expected"), [
    ("NPOが企画を持ち込んできた", {0}),
    ("市民から持ち込まれた企画を断ってもいい？", {0}),  # the thing qualified by the deed is the same event
    ("団体が持ち込んだ企画", {0}),
    ("市が貸した会場で事故があった", {1}),
    ("公民館が貸している会場", {1}),
    ("会場を貸すことになった", {1}),
    ("企画を持ち込まない", {0}),  # the alias as written, as before
    ("持ち込まれた資料と別の企画", set()),  # the deed qualifies another noun
    ("払って仕事をお金で", set()),  # only an alias of a thing and one deed is turned round
])
def test_an_alias_of_a_thing_and_a_deed_matches_the_thing_qualified_by_the_deed(
        deeds: AliasLists, text: str, expected: set[int]) -> None:
    assert deeds.found_in(normalize_text(text)) == expected
