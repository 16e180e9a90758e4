"""Give every heading its level (## to #####) from the document's own numbering.

The outline is a stack of open headings. A numbered line is a sibling of the open heading with
the same style and the previous value ((2) after (1)); a style counting from 1 opens a child
level (① under (3), or 1 again under 《…》); anything else is not in sequence and stays text.
An unnumbered heading is a sibling of an open unnumbered heading of its kind, else a child of
the deepest open heading. はじめに / おわりに are top-level parts of their own. Below ##### there
is no heading level left: such a heading stays as a bold line of text, as the shipped files do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.knowledge.guideline_format import MAX_LEVEL, MIN_LEVEL
from retrieval.knowledge.importer.model import Body, Heading, Note, Unit
from retrieval.knowledge.importer.structure.headings import Candidate, heading_candidate
from retrieval.knowledge.importer.text.paragraphs import ends_sentence

LINK_ONLY = re.compile(r"^<?https?://\S+>?$")
BODY_MIN = 40  # characters: a line this long is body text even without a full stop
MAX_GAP = 2  # (1), (3): one heading the extraction lost, accepted with a note


@dataclass
class _Open:
    level: int
    kind: str
    value: int | None  # None for unnumbered headings
    top_word: bool = False


def is_body(unit: Unit | None) -> bool:
    if unit is None or unit.kind not in ("line", "prose"):
        return False
    text = unit.lines[0]
    return heading_candidate(text) is None and (ends_sentence(unit.lines[-1]) or len(text) >= BODY_MIN)


def _only_a_link(unit: Unit | None) -> bool:
    return unit is not None and all(LINK_ONLY.match(line.strip()) for line in unit.lines)


def unnumbered_is_heading(candidate: Candidate, unit: Unit, following: Unit | None) -> bool:
    """Context decides: a title above a list is the list's caption; a plain short line is a
    heading when space sets it off or body text follows it."""
    if candidate.top_level:
        return following is not None
    if following is None:
        return False
    if candidate.bracketed:
        return following.kind != "list"
    return unit.blank_before >= 2 or is_body(following)


class Outline:
    def __init__(self) -> None:
        self.stack: list[_Open] = []
        self.items: list[Heading | Body] = []
        self.notes: list[Note] = []

    def add(self, unit: Unit, following: Unit | None) -> None:
        candidate = heading_candidate(unit.lines[0]) if unit.kind == "line" else None
        if candidate is None:
            self.items.append(Body("\n".join(unit.lines), unit.first))
            return
        if candidate.numbering is not None and _only_a_link(following):
            level = None  # ①ホームページ above its address: an item of a list of links
        elif candidate.numbering is not None:
            level = self._place_numbered(candidate, unit)
        elif unnumbered_is_heading(candidate, unit, following):
            level = self._place_unnumbered(candidate)
            if candidate.kind == "plain" and not candidate.top_level:
                self.notes.append(Note(unit.first, "番号のない行を見出しにしました。", candidate.text))
        else:
            if not candidate.bracketed:
                self.notes.append(Note(unit.first, "見出しかもしれない短い行ですが、本文にしました。", candidate.text))
            level = None
        if level is None:
            self.items.append(Body(unit.lines[0], unit.first))
        elif level > MAX_LEVEL:
            self.items.append(Body(f"**{candidate.text}**", unit.first))
            self.notes.append(Note(unit.first, "見出しの階層が ##### より深くなるため、太字の行にしました。", candidate.text))
        else:
            self.items.append(Heading(candidate.text, level, unit.first, candidate.numbering))
            if candidate.bullet:
                self.notes.append(Note(unit.first, f"見出しの前の「{candidate.bullet}」を除きました。", candidate.text))

    def _place_numbered(self, candidate: Candidate, unit: Unit) -> int | None:
        numbering = candidate.numbering
        assert numbering is not None
        self._close_top_words()
        if not self.stack:
            return self._open(MIN_LEVEL, candidate)
        for index in range(len(self.stack) - 1, -1, -1):
            entry = self.stack[index]
            if entry.kind == candidate.kind and entry.value == numbering.value - 1:
                del self.stack[index:]
                return self._open(entry.level, candidate)
        if numbering.value == 1:
            return self._open(self.stack[-1].level + 1, candidate)
        same = [index for index, entry in enumerate(self.stack) if entry.kind == candidate.kind]
        if same:
            entry = self.stack[same[-1]]
            if 1 < numbering.value - (entry.value or 0) <= MAX_GAP + 1:
                self.notes.append(Note(unit.first, f"番号が {entry.value} から {numbering.value} に飛んでいます（見出しが抜けていないか確かめてください）。",
                                       candidate.text))
                del self.stack[same[-1]:]
                return self._open(entry.level, candidate)
        self.notes.append(Note(unit.first, "番号付きの行ですが、前の見出しの番号と続かないため本文にしました。", candidate.text))
        return None

    def _place_unnumbered(self, candidate: Candidate) -> int:
        if candidate.top_level:
            self.stack.clear()
            self.stack.append(_Open(MIN_LEVEL, candidate.kind, None, top_word=True))
            return MIN_LEVEL
        self._close_top_words()
        for index in range(len(self.stack) - 1, -1, -1):
            entry = self.stack[index]
            if entry.value is None and entry.kind == candidate.kind:
                del self.stack[index:]
                return self._open(entry.level, candidate)
        level = self.stack[-1].level + 1 if self.stack else MIN_LEVEL
        if level > MAX_LEVEL:  # no room below: it takes the place of the deepest heading
            level = MAX_LEVEL
            self.stack = [entry for entry in self.stack if entry.level < MAX_LEVEL]
        return self._open(level, candidate)

    def _close_top_words(self) -> None:
        # はじめに is a part of its own: what follows is not inside it.
        self.stack = [entry for entry in self.stack if not entry.top_word]

    def _open(self, level: int, candidate: Candidate) -> int:
        value = candidate.numbering.value if candidate.numbering else None
        self.stack.append(_Open(level, candidate.kind, value))
        return level


def build_outline(units: list[Unit]) -> tuple[list[Heading | Body], list[Note]]:
    outline = Outline()
    for index, unit in enumerate(units):
        outline.add(unit, units[index + 1] if index + 1 < len(units) else None)
    return outline.items, outline.notes
