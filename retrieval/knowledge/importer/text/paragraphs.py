"""Turn each block of source lines into the paragraphs the guideline file will hold.

Inside a block, a line that stops mid-sentence continues on the next line (the extraction broke
it): the two are joined, with no space between Japanese characters. A numbered short line glued
to the sentence under it is split off (a heading whose blank line was lost). Lines that start
with a bullet or a number are list items; a run of short lines without punctuation is a list
too. Tab-separated rows are a table. The wording itself is never changed.
"""

from __future__ import annotations

import re

from retrieval.knowledge.importer.model import Block, Note, Unit
from retrieval.knowledge.importer.structure.numbering import parse_numbering
from retrieval.knowledge.importer.text.tables import has_html, html_lines, is_table, markdown_table

SENTENCE_END = ("。", "．", "！", "？", "!", "?")
LIST_MARKER = re.compile(r"^\s*[-*+]\s+")
# What starts a new line of its own rather than continuing the one above.
ITEM_START = re.compile(r"^\s*(?:[-*+]\s+|[・●○◆◇■□☆★※＜\[［【《〔]|<(?![A-Za-z/])|\*\*)")
BULLET_START = re.compile(r"^\s*[・●○◆◇■□]")
SHORT_LINE = 25  # characters; a run of lines this short without punctuation is a list
GLUED_HEADING = 40  # a numbered line this short, above a sentence, is a heading


def ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip("*").endswith(SENTENCE_END)


def starts_item(text: str) -> bool:
    return bool(ITEM_START.match(text)) or parse_numbering(text) is not None


def is_list_line(text: str) -> bool:
    return bool(LIST_MARKER.match(text))


def join_text(left: str, right: str) -> str:
    """`left` continued by `right`: a space only between two Latin letters or digits."""
    right = right.strip()
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return left + " " + right
    return left + right


def block_units(block: Block) -> tuple[list[Unit], list[Note]]:
    notes: list[Note] = []
    texts = [line.text for line in block.lines]
    numbers = [line.number for line in block.lines]
    if is_table(texts):
        notes.append(Note(block.first, "表を Markdown の表にしました。列と行の対応を確かめてください。", texts[0]))
        return [Unit("table", markdown_table(texts), block.first, block.blank_before, block.page_break_before)], notes
    if any(has_html(text) for text in texts):
        notes.append(Note(block.first, "HTML のタグを除き、段落と箇条を1行ずつにしました。", texts[0]))
        return _html_units(block), notes
    if len(texts) >= 3 and all(len(t.strip()) <= SHORT_LINE and not ends_sentence(t) and not starts_item(t) for t in texts):
        notes.append(Note(block.first, f"句点のない短い行 {len(texts)} 行を箇条書きにしました（1つの文なら行をつないでください）。",
                          texts[0]))
        return [Unit("list", [f"- {t.strip()}" for t in texts], block.first, block.blank_before,
                     block.page_break_before)], notes

    logical = _logical_lines(numbers, texts)
    glued = _glued_headings([text for _, text in logical])
    units: list[Unit] = []
    for index, (number, text) in enumerate(logical):
        if glued[index]:
            notes.append(Note(number, "番号付きの短い行を、前後の文と分けて見出しの候補にしました。", text.strip()))
        item = is_list_line(text) or (len(logical) > 1 and starts_item(text) and not glued[index])
        if item:
            markdown = text if is_list_line(text) else f"- {text.strip()}"
            if units and units[-1].kind == "list":
                units[-1].lines.append(markdown)
                continue
            units.append(Unit("list", [markdown], number, 0))
        else:
            kind = "line" if len(logical) == 1 or glued[index] else "prose"
            units.append(Unit(kind, [text.strip()], number, 0))
    units[0].blank_before, units[0].page_break_before = block.blank_before, block.page_break_before
    return units, notes


def _logical_lines(numbers: list[int], texts: list[str]) -> list[tuple[int, str]]:
    """Lines joined where the extraction broke a sentence; each with its first source line."""
    logical: list[tuple[int, str]] = []
    for number, text in zip(numbers, texts, strict=True):
        if logical:
            previous = logical[-1][1]
            if not _heading_above_sentence(previous, text) and not starts_item(text) and not ends_sentence(previous):
                logical[-1] = (logical[-1][0], join_text(previous, text))
                continue
        logical.append((number, text if is_list_line(text) else text.strip()))
    return logical


def _heading_like(text: str) -> bool:
    return (parse_numbering(text) is not None and not is_list_line(text) and len(text.strip()) <= GLUED_HEADING
            and not ends_sentence(text))


def _glued_headings(lines: list[str]) -> list[bool]:
    """Which lines of a block are headings that lost the blank lines around them: a numbered
    short line above a sentence or bullet items, above another such heading of a different
    numbering style (1 above (1)), or closing a block of text."""
    glued = [False] * len(lines)
    if len(lines) < 2:
        return glued
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index]
        if not _heading_like(text):
            continue
        if index + 1 < len(lines):
            below = lines[index + 1]
            glued[index] = _heading_above_sentence(text, below) or (
                glued[index + 1] and parse_numbering(below).style != parse_numbering(text).style)
        else:
            above = lines[index - 1]
            glued[index] = not starts_item(above) and not _heading_like(above)
    return glued


def _heading_above_sentence(previous: str, text: str) -> bool:
    """'(1) 協働とは' directly above '協働とは、…。' or above bullet items: a heading whose blank
    line was lost.
    A short continuation ('定義') is a heading wrapped onto two lines instead."""
    numbering = parse_numbering(previous)
    if numbering is None or is_list_line(previous) or len(previous.strip()) > GLUED_HEADING or ends_sentence(previous):
        return False
    return is_list_line(text) or bool(BULLET_START.match(text)) or ends_sentence(text) or len(text.strip()) >= 20



def _html_units(block: Block) -> list[Unit]:
    """Each <p> or <li> of a fragment is a paragraph or an item of its own: never joined."""
    units: list[Unit] = []
    for line in block.lines:
        for piece in html_lines(line.text) if has_html(line.text) else [line.text.strip()]:
            if starts_item(piece) and not piece.startswith("<"):
                if units and units[-1].kind == "list":
                    units[-1].lines.append(f"- {piece}")
                else:
                    units.append(Unit("list", [f"- {piece}"], line.number, 0))
            else:
                units.append(Unit("prose", [piece], line.number, 0))
    units[0].blank_before, units[0].page_break_before = block.blank_before, block.page_break_before
    return units
