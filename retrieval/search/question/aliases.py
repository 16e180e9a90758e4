"""Which of many alias lists (glossary entries, refusing phrases, document names) a question contains.

English aliases match whole words, each also inflected — a plural s/es, a verb's -ed/-ing ("benefit for the city"
is in "benefits for the city", "cut costs" in "cutting costs") — and, in lists built with a `spread` (the glossary's),
with a few words between two of an alias's words within one clause: English writes a phrase's words apart ("what
does the city government itself actually gain" holds "city itself gain"). Phrases that decline do not spread: "what
time" would decline "What does the time limit rule mean?". Japanese aliases match anywhere in the text, or —
when the lists are built with an analyzer — as whole words: as a run of the analyzer's normalized forms, so one alias
stands for its other spellings and inflections (引継ぎ/引き継ぎ, 任せきり/任せっきり), or as written where the
question's words begin and end (the analyzer may cut a short alias alone differently from the same letters in a
sentence: 名目的 alone is 名 + 目的). An alias of a thing and a deed done to it (企画を持ち込む) also matches the thing
qualified by the deed (持ち込まれた企画). Never inside another word: トナー is not in パートナー. Aliases are looked up in one
pass over the question (by first character, form or English word) rather than with one regular expression per list.

Staff writing English keep the Japanese word for what they work with: "Is this suitable for 協働?",
"benefits of 協働 for the city". An English alias then never matches ("suitable for collaboration"), though the
question says just that. `stand_ins` lets a Japanese word written alone between English words (協働 between
spaces or punctuation) stand for the English words it means — the glossary's own one-word English aliases of an
entry whose terms it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from retrieval.knowledge.models import GlossaryEntry
from retrieval.search.question.analyzer import JAPANESE_LETTERS, Analysis, Analyzer, normalize_text

ENGLISH_WORD = re.compile(r"[a-z0-9]+")
# a run of Japanese letters with no space, punctuation or Latin letter inside: a word written alone in English
JAPANESE_RUN = re.compile(f"[{JAPANESE_LETTERS}]+")
# what a spread alias never stands over: what ends a clause (it would join two clauses), and Japanese text (a phrase
# does not jump over it, as an unspread one does not: "citizenからproposal")
_NOT_SPREAD_OVER = re.compile(f"[.,;:!?()\"「」、。{JAPANESE_LETTERS}]")


WRITTEN, FORMS, ENGLISH = "written", "forms", "english"  # the ways an alias can match


@dataclass(frozen=True)
class Match:
    index: int  # the list the alias belongs to
    begin: int  # character offsets in the normalized text
    end: int
    how: str  # WRITTEN, FORMS or ENGLISH


class AliasLists:
    def __init__(self, lists: Sequence[Iterable[str]], analyzer: Analyzer | None = None,
                 stand_ins: Mapping[str, Iterable[str]] | None = None, spread: int = 0) -> None:
        """`stand_ins`: a Japanese word -> the English words it may stand for inside an English alias. `spread`: how
        many words may stand between two words of an English alias written with spaces alone (module docstring)."""
        self._analyzer = analyzer
        self._spread = spread
        self._stand_ins = {normalize_text(word): tuple(english) for word, english in (stand_ins or {}).items()}
        self._japanese: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self._forms: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        # first word -> (words, the separators between them, list index)
        self._english: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], int]]] = defaultdict(list)
        for index, aliases in enumerate(lists):
            for alias in aliases:
                alias = normalize_text(alias).strip()
                if not alias:
                    continue
                if alias.isascii():
                    words, gaps = _words_and_gaps(alias)
                    if words:
                        # filed under every form of its first word: a question's word is looked up as written
                        for form in _inflected(words[0]):
                            self._english[form].append((words, gaps, index))
                elif analyzer is not None:
                    forms = analyzer.word_forms(alias)
                    if forms:
                        self._forms[forms[0]].append((forms, index))
                    for variant in _relative_clauses(forms):
                        self._forms[variant[0]].append((variant, index))
                    self._japanese[alias[0]].append((alias, index))
                else:
                    self._japanese[alias[0]].append((alias, index))

    def found_in(self, normalized: str, analysis: Analysis | None = None) -> set[int]:
        """Indexes of the lists with an alias in the text (already passed through normalize_text).

        `analysis` is the analyzer's reading of the same text, when the caller has it already."""
        return {match.index for match in self.matches(normalized, analysis)}

    def matches(self, normalized: str, analysis: Analysis | None = None) -> Iterator[Match]:
        """Every place an alias stands in the text, each occurrence once per way it matched."""
        if self._analyzer is not None and (self._japanese or self._forms):
            analysis = analysis or self._analyzer.analyse(normalized)
        whole_words = analysis.boundaries() if analysis is not None and self._analyzer is not None else None
        for position, char in enumerate(normalized):
            for alias, index in self._japanese.get(char, ()):
                end = position + len(alias)
                if normalized.startswith(alias, position) and (
                        whole_words is None or (position in whole_words and end in whole_words)):
                    yield Match(index, position, end, WRITTEN)
        if self._forms and analysis is not None:
            spans = analysis.form_spans()
            forms = tuple(form for form, _, _ in spans)
            for position, form in enumerate(forms):
                for alias_forms, index in self._forms.get(form, ()):
                    last = position + len(alias_forms) - 1
                    if forms[position:last + 1] == alias_forms:
                        yield Match(index, spans[position][1], spans[last][2], FORMS)
        runs = self._english_runs(normalized)
        words = tuple(choices for _, _, choices, _ in runs)
        gaps = tuple(normalized[runs[i - 1][1]:runs[i][0]] for i in range(1, len(runs)))
        for position, choices in enumerate(words):
            # a stand-in's words may be forms of one alias's first word: each alias once
            candidates = dict.fromkeys(alias for word in choices for alias in self._english.get(word, ()))
            for alias_words, alias_gaps, index in candidates:
                last = position + len(alias_words) - 1
                # a stand-in alone is the Japanese word matching itself: it only completes English phrases
                if _phrase_at(words, gaps, position, alias_words, alias_gaps) and any(
                        english for _, _, _, english in runs[position:last + 1]):
                    yield Match(index, runs[position][0], runs[last][1], ENGLISH)
                elif self._spread and len(alias_words) > 1 and not any(gap.strip() for gap in alias_gaps):
                    last = _spread_at(words, gaps, position, alias_words, self._spread)
                    if last is not None and any(english for _, _, _, english in runs[position:last + 1]):
                        yield Match(index, runs[position][0], runs[last][1], ENGLISH)

    def _english_runs(self, normalized: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
        """(begin, end, the words it may be, whether it is written in English) of each English word, and of each
        Japanese word written alone that stands for English ones, in order. Maximal runs: "rent" is not a word of
        "parent"."""
        runs = [(run.start(), run.end(), (run.group(),), True) for run in ENGLISH_WORD.finditer(normalized)]
        if self._stand_ins and runs:
            runs += [(run.start(), run.end(), self._stand_ins[run.group()], False)
                     for run in JAPANESE_RUN.finditer(normalized) if run.group() in self._stand_ins]
            runs.sort()
        return runs


# The forms no ending rule makes, of words the glossary's English aliases hold: irregular verbs, and the American
# and British spellings staff write either way (each spelling stands for the other)
IRREGULAR = {"choose": ("chose", "chosen"), "make": ("made",), "leave": ("left",), "bring": ("brought",),
             "do": ("did", "done"), "get": ("got", "gotten"), "know": ("knew", "known"), "keep": ("kept",),
             "find": ("found",), "meet": ("met",), "buy": ("bought",), "understand": ("understood",)}
SPELLINGS = (("center", "centre"), ("organize", "organise"), ("organizing", "organising"), ("labor", "labour"),
             ("neighborhood", "neighbourhood"), ("program", "programme"))
_OTHER_SPELLING = {**{us: uk for us, uk in SPELLINGS}, **{uk: us for us, uk in SPELLINGS}}


@cache
def _inflected(word: str) -> frozenset[str]:
    """The forms an English alias word stands for: itself, a plural s/es/ies, a verb's -ed/-ing ("choose a
    partner" is in "choosing a partner", "cut costs" in "cutting costs") and an adjective's -ly adverb
    (collaboratively): one alias, not one per form — and the same forms of its other spelling ("co-organize" is in
    "co-organising a race", tune136)."""
    forms = set(_regular_forms(word))
    for other in IRREGULAR.get(word, ()):
        forms |= {other, other + "s"}
    if word in _OTHER_SPELLING:
        forms |= _regular_forms(_OTHER_SPELLING[word])
    return frozenset(forms)


def _regular_forms(word: str) -> set[str]:
    forms = {word, word + "s", word + "es"}
    if len(word) >= 3:  # on, in, us are not verbs, and "us" + "ed" is "used"
        forms |= {word + "ed", word + "ing"}
        if word.endswith("e"):
            forms |= {word + "d", word[:-1] + "ing"}
        if word.endswith("y"):
            forms |= {word[:-1] + "ied", word[:-1] + "ies"}
        if word[-1] in "bdgmnprt" and word[-2] in "aeiou" and word[-3] not in "aeiou":
            forms |= {word + word[-1] + "ing", word + word[-1] + "ed"}  # cut → cutting, plan → planned
        if word.endswith(("ive", "al", "ent", "ful")):
            forms.add(word + "ly")  # "running it collaboratively" says what collaborative does
    return forms


def _words_and_gaps(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """English words and, for each word after the first, the text between it and the one before."""
    runs = list(ENGLISH_WORD.finditer(text))
    words = tuple(run.group() for run in runs)
    gaps = tuple(text[runs[i - 1].end():runs[i].start()] for i in range(1, len(runs)))
    return words, gaps


def _spread_at(words: tuple[tuple[str, ...], ...], gaps: tuple[str, ...], position: int, alias: tuple[str, ...],
               spread: int) -> int | None:
    """Where the alias ends when its words stand in order from `position`, each at most `spread` words after the one
    before and no punctuation or Japanese text between them ("make the results public" holds "make … public"): the
    place of its last word, or None."""
    if _inflected(alias[0]).isdisjoint(words[position]):
        return None
    place = position
    for word in alias[1:]:
        forms = _inflected(word)
        for step in range(1, spread + 2):
            following = place + step
            if following >= len(words) or _NOT_SPREAD_OVER.search(gaps[following - 1]):
                return None
            if not forms.isdisjoint(words[following]):
                place = following
                break
        else:
            return None
    return place


def _phrase_at(words: tuple[tuple[str, ...], ...], gaps: tuple[str, ...], position: int,
              alias: tuple[str, ...], alias_gaps: tuple[str, ...]) -> bool:
    """The alias starts at `position` with the same separators ("know-how" is not "know how");
    any of its words may be inflected (`_inflected`). Each of `words` is the words one place in the text may be."""
    end = position + len(alias)
    if end > len(words) or gaps[position:end - 1] != alias_gaps:
        return False
    return all(not _inflected(word).isdisjoint(choices) for word, choices in zip(alias, words[position:end], strict=True))


# the endings a verb takes before the noun it qualifies: 貸す会場, 貸した会場, 持ち込まれた企画, 貸している会場
_QUALIFYING_ENDINGS = ((), ("た",), ("れる", "た"), ("られる", "た"), ("て", "居る"), ("てる",))


def _relative_clauses(forms: tuple[str, ...]) -> list[tuple[str, ...]]:
    """An alias that says a thing and what is done to it (企画を持ち込む, 会場を貸す) as the thing qualified by the
    deed (持ち込まれた企画, 貸した会場): Japanese says one event either way."""
    if len(forms) != 3 or forms[1] != "を":
        return []
    noun, verb = forms[0], forms[2]
    return [(verb, *ending, noun) for ending in _QUALIFYING_ENDINGS]


def english_stand_ins(glossary: Iterable[GlossaryEntry]) -> dict[str, tuple[str, ...]]:
    """Each Japanese term of a glossary entry -> the entry's one-word English aliases (協働 -> collaboration,
    collaborate …): what the term means when written alone among English words."""
    stand_ins: dict[str, list[str]] = defaultdict(list)
    for entry in glossary:
        words = [word for word in (normalize_text(alias).strip() for alias in entry.aliases) if ENGLISH_WORD.fullmatch(word)]
        for term in entry.terms:
            if words and not term.isascii():
                stand_ins[term] += [word for word in words if word not in stand_ins[term]]
    return {term: tuple(words) for term, words in stand_ins.items()}
