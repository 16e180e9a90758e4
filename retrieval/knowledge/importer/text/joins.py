"""Join paragraphs that the extraction cut in two: a blank line (often a page break) falls in the
middle of a sentence, sometimes in the middle of a word (「…ボラ」 / 「ンティア…」).

A paragraph that ends without a full stop is joined to the next one when the break splits a
word, when the next one leans on it (opens with a particle, auxiliary or 」), or when a page
number stood between them. Otherwise both stay as they are and the maintainer is told.
"""

from __future__ import annotations

from collections.abc import Callable

from retrieval.knowledge.importer.model import Note, Unit
from retrieval.knowledge.importer.structure.numbering import parse_numbering
from retrieval.knowledge.importer.text.paragraphs import ends_sentence, join_text, starts_item
from retrieval.knowledge.importer.text.wordbreak import leans_on_previous, splits_a_word

PROSE = ("line", "prose")
UNFINISHED_MIN = 20  # characters: a shorter line without a full stop is a label, not a cut sentence


def join_cut_paragraphs(units: list[Unit], may_be_heading: Callable[[str], bool]) -> tuple[list[Unit], list[Note]]:
    notes: list[Note] = []
    result: list[Unit] = []
    for unit in units:
        previous = result[-1] if result else None
        if previous is None or previous.kind not in PROSE or unit.kind not in PROSE or ends_sentence(previous.lines[-1]):
            result.append(unit)
            continue
        left, right = previous.lines[-1], unit.lines[0]
        if starts_item(right) or parse_numbering(right) or may_be_heading(right) and not leans_on_previous(right):
            result.append(unit)
            continue
        # A short line may be a heading: only a word cut in two, not a page break, joins it to the text below.
        join = leans_on_previous(right) or splits_a_word(left, right) or (
            unit.page_break_before and not may_be_heading(left))
        if join:
            notes.append(Note(unit.first, f"{previous.first} 行目からの段落と、ここからの段落を1つの文としてつなぎました。",
                              left[-10:] + "／" + right[:10]))
            previous.lines[-1] = join_text(left, right)
            previous.lines.extend(unit.lines[1:])
            previous.kind = "prose"
            continue
        if len(left) >= UNFINISHED_MIN and not may_be_heading(left) and not starts_item(left):
            notes.append(Note(previous.first, "段落が句点なしで終わっています（次の段落と1つの文なら、つないでください）。", left[-20:]))
        result.append(unit)
    return result, notes
