"""From a plain-text extraction to the guideline's headings and paragraphs, in memory.

Steps, each in its own module: drop noise lines and group blocks (lines), leave out the cover,
the contents and end pages (leftouts), rebuild paragraphs, lists and tables (paragraphs), join
paragraphs cut by page breaks (joins), give headings their levels (outline), then anchors.
"""

from __future__ import annotations

from retrieval.knowledge.importer.model import Body, Conversion, Excluded, Heading, Note, Unit
from retrieval.knowledge.importer.structure.anchors import assign_anchors
from retrieval.knowledge.importer.structure.headings import heading_candidate
from retrieval.knowledge.importer.structure.outline import build_outline
from retrieval.knowledge.importer.text.joins import join_cut_paragraphs
from retrieval.knowledge.importer.text.leftouts import find_leftouts
from retrieval.knowledge.importer.text.lines import source_blocks
from retrieval.knowledge.importer.text.paragraphs import block_units

BEFORE_FIRST_HEADING = "最初の見出しより前の文（表紙・前書きなど）"


def convert_text(text: str, title: str, issuer: str, date: str,
                 existing_anchors: dict[tuple[str, ...], str] | None = None) -> Conversion:
    blocks, dropped = source_blocks(text)
    kept, excluded, notes = find_leftouts(blocks, title, issuer, date)
    units: list[Unit] = []
    for block in kept:
        paragraphs, paragraph_notes = block_units(block)
        units += paragraphs
        notes += paragraph_notes
    units, join_notes = join_cut_paragraphs(units, lambda line: heading_candidate(line) is not None)
    notes += join_notes
    items, outline_notes = build_outline(units)
    notes += outline_notes
    items, leading = _split_leading_body(items)
    for body in leading:
        excluded.append(Excluded(body.line, body.markdown, BEFORE_FIRST_HEADING))
        notes.append(Note(body.line, "最初の見出しより前にある文なので除きました（指針の本文なら、その上に見出しを置いてください）。",
                          body.markdown.splitlines()[0]))
    items, kept_anchors, anchor_notes = assign_anchors(items, existing_anchors or {})
    notes += anchor_notes
    return Conversion(items, dropped, sorted(excluded, key=lambda e: e.line), sorted(notes, key=lambda n: n.line),
                      kept_anchors)


def _split_leading_body(items: list[Heading | Body]) -> tuple[list[Heading | Body], list[Body]]:
    """The guideline format allows no text above the first heading."""
    first = next((i for i, item in enumerate(items) if isinstance(item, Heading)), len(items))
    return items[first:], [item for item in items[:first] if isinstance(item, Body)]
