"""A guideline handed in as Markdown: its headings are taken as they are, shifted so the top level
is ##, and its text is kept line for line. Anchors it already has ({#…}) are kept."""

from __future__ import annotations

import re

from retrieval.knowledge.guideline_format import ANCHOR, HEADING, MAX_LEVEL, MIN_LEVEL, VALID_ANCHOR
from retrieval.knowledge.importer.convert import BEFORE_FIRST_HEADING
from retrieval.knowledge.importer.model import Body, Conversion, Excluded, Heading, Note
from retrieval.knowledge.importer.structure.anchors import assign_anchors
from retrieval.knowledge.importer.structure.numbering import parse_numbering

FRONT_MATTER_REASON = "元のファイルの front matter（文書名などは --title などで指定）"
CLOSING_HASHES = re.compile(r"\s+#+\s*$")


def convert_markdown(text: str, existing_anchors: dict[tuple[str, ...], str] | None = None) -> Conversion:
    lines = text.split("\n")
    excluded: list[Excluded] = []
    notes: list[Note] = []
    start = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            excluded.append(Excluded(1, "\n".join(lines[: end + 1]), FRONT_MATTER_REASON))
            start = end + 1
    levels = [len(m.group(1)) for line in lines[start:] if (m := HEADING.match(line))]
    shift = MIN_LEVEL - min(levels) if levels else 0

    items: list[Heading | Body] = []
    body: list[tuple[int, str]] = []

    def flush() -> None:
        text = "\n".join(line for _, line in body).strip("\n")
        if text.strip():
            first = next(number for number, line in body if line.strip())
            items.append(Body(text, first))
        body.clear()

    for number, line in enumerate(lines[start:], start=start + 1):
        match = HEADING.match(line)
        if not match:
            body.append((number, line.rstrip()))
            continue
        flush()
        title = CLOSING_HASHES.sub("", match.group(2))
        anchor = ""
        if anchor_match := ANCHOR.search(title):
            anchor, title = anchor_match.group(1), title[: anchor_match.start()].strip()
            if not VALID_ANCHOR.match(anchor):
                notes.append(Note(number, f"アンカー「{anchor}」は使えない形なので、番号から作り直しました。", title))
                anchor = ""
        level = len(match.group(1)) + shift
        if level > MAX_LEVEL:
            items.append(Body(f"**{title}**", number))
            notes.append(Note(number, "見出しの階層が ##### より深くなるため、太字の行にしました。", title))
            continue
        items.append(Heading(title, level, number, parse_numbering(title), anchor))
    flush()

    first = next((i for i, item in enumerate(items) if isinstance(item, Heading)), len(items))
    for item in items[:first]:
        excluded.append(Excluded(item.line, item.markdown, BEFORE_FIRST_HEADING))
        notes.append(Note(item.line, "最初の見出しより前にある文なので除きました（指針の本文なら、その上に見出しを置いてください）。",
                          item.markdown.splitlines()[0]))
    items, kept, anchor_notes = assign_anchors(items[first:], existing_anchors or {})
    return Conversion(items, [], excluded, sorted(notes + anchor_notes, key=lambda n: n.line), kept)
