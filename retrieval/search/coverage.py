"""Whether the guidelines cover a question: decline only on evidence.

Evidence that they do not:
- the question is about another sense of 協働 (協働ロボット, 多職種協働, 産学協働 …): the compound
  names something else;
- every sentence that asks, asks for a kind of fact the guidelines never hold (an amount, a
  deadline, a phone number, an application's status, a tax ruling …), as listed in
  knowledge/decline.yaml; a fact word inside an embedded question (「いくら削減できるかを目的に
  していい？」) is not what is asked;
- nothing in it is a topic they treat: no Q&A entry matches on the topic's own words, no staple
  topic of the guidelines is asked about, and no passage matches enough of it.
Office words alone never decline.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from retrieval.knowledge.models import DeclineKind
from retrieval.search.aliases import AliasLists
from retrieval.search.analyzer import Analysis, Analyzer, normalize_text
from retrieval.search.asking import noun_runs

KNOWING = {"知る", "教える", "分かる", "判る", "聞く", "確認", "調べる", "知れる"}


@dataclass(frozen=True)
class Found:
    kind: DeclineKind
    phrase: str


@dataclass(frozen=True)
class Coverage:
    """The engine's verdict on a question, with the evidence it rests on (for `kyodo check` and the log)."""

    covered: bool
    reason: str  # "qa-wording", "other-sense", "fact", "names-document", "qa-entry", "staple-topic", "passage", "no-topic"
    found: Found | None = None  # the decline.yaml phrase behind "other-sense" and "fact"

    def __bool__(self) -> bool:
        return self.covered


class DeclinePhrases:
    """The phrases of knowledge/decline.yaml, matched as whole words like glossary aliases
    (aliases.py): as a run of the analyzer's normalized forms, or as written where the question's
    words begin and end; English as lower-case words."""

    def __init__(self, kinds: Sequence[DeclineKind], analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self._by_first: dict[str, list[tuple[tuple[str, ...], DeclineKind, str]]] = defaultdict(list)
        self._written: list[tuple[str, DeclineKind, str]] = []
        english: list[tuple[DeclineKind, str]] = []
        for kind in kinds:
            for phrase in kind.phrases:
                if normalize_text(phrase).isascii():
                    english.append((kind, phrase))  # whole words, plurals included (aliases.py)
                    continue
                forms = analyzer.word_forms(phrase)
                if forms:
                    self._by_first[forms[0]].append((forms, kind, phrase))
                self._written.append((normalize_text(phrase).strip(), kind, phrase))
        self._english = english
        self._english_lists = AliasLists([[phrase] for _, phrase in english])
        self._unless = {kind.kind: AliasLists([kind.unless], analyzer) for kind in kinds if kind.unless}

    def find(self, text: str, *, other_senses: bool, settings: bool = False,
             analysis: Analysis | None = None) -> Found | None:
        """The first phrase of a kind that is (or is not) an other sense — of the settings, when asked for
        them — not inside an embedded question, nor in a sentence about a topic the kind lists in `unless`."""
        analysis = analysis or self._analyzer.analyse(text)
        found = self._find(analysis, other_senses=other_senses, settings=settings)
        if found and found.kind.kind in self._unless and \
                self._unless[found.kind.kind].found_in(analysis.text, analysis):
            return None
        return found

    def _find(self, analysis: Analysis, *, other_senses: bool, settings: bool) -> Found | None:
        normalized = analysis.text
        for index in sorted(self._english_lists.found_in(normalized)):
            kind, phrase = self._english[index]
            if kind.other_sense == other_senses and kind.setting == settings:
                return Found(kind, phrase)
        spans = analysis.form_spans()
        forms = tuple(form for form, _, _ in spans)
        for position, form in enumerate(forms):
            for phrase_forms, kind, phrase in self._by_first.get(form, ()):
                end = position + len(phrase_forms)
                if kind.other_sense == other_senses and kind.setting == settings and forms[position:end] == phrase_forms and (
                        kind.other_sense or not _embedded(forms[end:])):
                    return Found(kind, phrase)
        starts = {begin: i for i, (_, begin, _) in enumerate(spans)}
        ends = {end: i for i, (_, _, end) in enumerate(spans)}
        for written, kind, phrase in self._written:
            if kind.other_sense != other_senses or kind.setting != settings or not written:
                continue
            at = normalized.find(written)
            while at != -1:
                last = ends.get(at + len(written))
                if at in starts and last is not None and (kind.other_sense or not _embedded(forms[last + 1:])):
                    return Found(kind, phrase)
                at = normalized.find(written, at + 1)
        return None


def _embedded(following: tuple[str, ...]) -> bool:
    """A 「か」 after the fact word that does not end the sentence closes an embedded question
    (「いくら削減できるかを目的に」「いつまで出すか、期限を決める」) — unless a verb of knowing
    follows (「どれくらいかかるかも知りたい」): then the embedded question is what is asked."""
    for i, form in enumerate(following):
        if form == "か" and i + 1 < len(following):
            return not any(f in KNOWING for f in following[i + 1:])
    return False


class KyodoCompounds:
    """The words the knowledge joins with 協働 into one compound (協働事業, 協働相手, 市民協働 …).

    A question whose every 協働 sits in a compound with a word the knowledge never joins to it
    (協働ロボット, 協働学習, 多職種協働) uses another sense of the word — the compound's head, or its
    modifier, names something else — whether or not decline.yaml lists that compound."""

    WORD = "協働"

    def __init__(self, texts: Iterable[str], analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self.known: set[str] = set()
        for text in texts:
            if self.WORD in text:
                for forms in self._runs_with_kyodo(analyzer.analyse(text)):
                    self.known.update(f for f in forms if f != self.WORD)

    def _runs_with_kyodo(self, analysis: Analysis) -> list[list[str]]:
        runs = []
        for run in noun_runs(analysis.morphemes):
            forms = [f for m in run for f in (m.parts or (m.form,))]
            if self.WORD in forms:
                runs.append(forms)
        return runs

    def names_another_sense(self, text: str, analysis: Analysis | None = None) -> bool:
        if self.WORD not in text:
            return False
        runs = self._runs_with_kyodo(analysis or self._analyzer.analyse(text))
        return bool(runs) and all(any(f not in self.known and f != self.WORD for f in forms) for forms in runs)
