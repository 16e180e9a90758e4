"""Split a source text into lines, drop the lines that are extraction noise, and group the rest
into blocks (the paragraphs between blank lines)."""

from __future__ import annotations

from retrieval.knowledge.completeness import is_page_number, is_rule_line
from retrieval.knowledge.importer.model import Block, Dropped, Line


def noise_reason(text: str) -> str | None:
    """Why a whole line is noise, or None when it is (or may be) wording."""
    if not text.strip():
        return None
    if is_page_number(text):
        return "ページ番号"
    if is_rule_line(text):
        return "表の区切り線"
    return None


def source_blocks(text: str) -> tuple[list[Block], list[Dropped]]:
    """The blocks of `text` and the noise lines dropped from it, each with its line number.

    Blocks are split exactly where completeness.located_blocks splits (blank or white-space-only
    lines), so an exclusion written for a block covers the paragraph `kyodo check` sees.
    """
    blocks: list[Block] = []
    dropped: list[Dropped] = []
    current: list[Line] = []
    blanks = 2  # the top of the text sets its first line apart as much as a wide gap does
    page_break = False  # a page ended since the last line of wording
    starts_page = False  # ...and the current block starts the next page

    def close() -> None:
        nonlocal current, blanks
        if current:
            blocks.append(Block(current, blank_before=1 if starts_page else blanks, page_break_before=starts_page))
            blanks = 0
        current = []

    for number, raw in enumerate(text.split("\n"), start=1):
        if "\f" in raw:  # pdftotext starts each page with a form feed
            page_break = True
            raw = raw.replace("\f", "")
        line = raw.rstrip()
        reason = noise_reason(line)
        if reason:
            dropped.append(Dropped(number, line.strip(), reason))
            page_break = page_break or reason == "ページ番号"
            continue
        if not line.strip():
            close()
            blanks += 1
            continue
        if not current:
            starts_page, page_break = page_break, False
        current.append(Line(number, line))
    close()
    return blocks, dropped
