"""Anchors from the document's own numbering, so /docs/ID#s3-1-2 is 3 → (1) → ② and a re-import of
the same text gives the same anchors.

Each heading contributes one segment: its number when it has one, else "u" and its position
among its siblings (the 2nd heading under 3 (1) without a number: s3-1-u2). A document that
starts with unnumbered headings gets "s-u1", "s-u2". When the same segment occurs twice under
one parent (numbering repeated in a summary table), the later one gets a letter: s4-1b.

On a re-import over an existing file (--force), a heading at the same place with the same
wording keeps the anchor it had, so anchors a maintainer chose, and links to them, survive.
"""

from __future__ import annotations

import string
from dataclasses import replace

from retrieval.knowledge.guideline_format import VALID_ANCHOR
from retrieval.knowledge.importer.model import Body, Heading, Note


def derived_anchors(headings: list[Heading]) -> list[tuple[str, bool]]:
    """Each heading's anchor, and whether its segment repeats a sibling's (a letter was added).
    Distinct paths of segments give distinct anchors, so they are unique in the document."""
    anchors: list[tuple[str, bool]] = []
    path: list[tuple[int, str]] = []  # (level, segment) of the open ancestors
    children: dict[tuple[str, ...], list[str]] = {}  # the segments each parent has given out
    for heading in headings:
        while path and path[-1][0] >= heading.level:
            path.pop()
        siblings = children.setdefault(tuple(segment for _, segment in path), [])
        base = str(heading.numbering.value) if heading.numbering else f"u{len(siblings) + 1}"
        segment = base
        letters = iter(string.ascii_lowercase[1:])
        while segment in siblings:
            segment = base + next(letters)
        siblings.append(segment)
        path.append((heading.level, segment))
        segments = [s for _, s in path]
        anchors.append((("s" if segments[0][0].isdigit() else "s-") + "-".join(segments), segment != base))
    return anchors


def heading_paths(headings: list[Heading]) -> list[tuple[str, ...]]:
    """The wording of each heading and its ancestors: where a heading is, independent of numbers."""
    paths: list[tuple[str, ...]] = []
    stack: list[tuple[int, str]] = []
    for heading in headings:
        while stack and stack[-1][0] >= heading.level:
            stack.pop()
        stack.append((heading.level, heading.text))
        paths.append(tuple(text for _, text in stack))
    return paths


def assign_anchors(items: list[Heading | Body], existing: dict[tuple[str, ...], str]) -> tuple[list[Heading | Body], int, list[Note]]:
    """Items with every heading's anchor set; how many anchors were kept (from the source's own
    {#…} or from the existing file) rather than derived."""
    headings = [item for item in items if isinstance(item, Heading)]
    derived = derived_anchors(headings)
    paths = heading_paths(headings)
    chosen: list[str | None] = [None] * len(headings)
    used: set[str] = set()
    for index, path in enumerate(paths):
        # An anchor the source wrote ({#…} in Markdown) first, then the one the existing file had.
        for old in (headings[index].anchor, existing.get(path)):
            if old and VALID_ANCHOR.match(old) and old not in used:
                chosen[index] = old
                used.add(old)
                break
    kept = sum(anchor is not None for anchor in chosen)
    notes: list[Note] = []
    for index, (anchor, repeated) in enumerate(derived):
        if chosen[index] is not None:
            continue
        candidate = anchor
        suffix = 2
        while candidate in used:  # a kept anchor may have the derived name of another heading
            candidate = f"{anchor}-x{suffix}"
            suffix += 1
        chosen[index] = candidate
        used.add(candidate)
        if repeated:
            notes.append(Note(headings[index].line, f"同じ番号の見出しが同じ階層に二つあります（アンカー {candidate}）。再掲や一覧表かもしれません。",
                              headings[index].text))
    result: list[Heading | Body] = []
    position = 0
    for item in items:
        if isinstance(item, Heading):
            item = replace(item, anchor=chosen[position])
            position += 1
        result.append(item)
    return result, kept, notes
