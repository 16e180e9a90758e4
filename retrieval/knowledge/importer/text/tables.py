"""Tables and HTML fragments left in an extraction: tab-separated rows become a Markdown table,
HTML tags go (their text stays, in order), <u> underlining stays because the pages render it."""

from __future__ import annotations

import re

from retrieval.knowledge.completeness import HTML_TAG

# Tags that end a line of text: paragraphs, list items, line breaks, cells.
BREAKING_TAG = re.compile(r"</?(?:p|li|ul|ol|br|div|tr|td|th|table|h[1-6])(?:\s[^<>]*)?/?>", re.IGNORECASE)
KEPT_TAG = re.compile(r"</?u>", re.IGNORECASE)
CELL_BULLET = re.compile(r"(?<=\S)(?=[○●◆◇■□])")
HEADER_CELL_MAX = 12  # a header row names its columns in a few characters


def has_html(text: str) -> bool:
    return bool(HTML_TAG.search(text))


def html_lines(text: str) -> list[str]:
    """The text of an HTML fragment, one line per paragraph or list item, <u> kept."""
    text = BREAKING_TAG.sub("\n", text)
    text = HTML_TAG.sub(lambda m: m.group(0) if KEPT_TAG.fullmatch(m.group(0)) else " ", text)
    return [re.sub(r"\s+", " ", line).strip() for line in text.split("\n") if line.strip()]


def is_table(lines: list[str]) -> bool:
    return bool(lines) and all("\t" in line for line in lines)


def markdown_table(lines: list[str]) -> list[str]:
    """Rows split at tabs, HTML in cells flattened. The first row is the header only when it
    looks like one (short names above longer cells); otherwise the header row stays empty,
    which the web pages leave out."""
    rows = [[_cell(cell) for cell in line.split("\t")] for line in lines]
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    header = [""] * width
    if len(rows) > 1 and all(len(cell) <= HEADER_CELL_MAX for cell in rows[0]) \
            and any(len(cell) > HEADER_CELL_MAX for row in rows[1:] for cell in row):
        header = rows.pop(0)
    out = [_row(header), "|" + "---|" * width]
    out += [_row(row) for row in rows]
    return out


def _cell(text: str) -> str:
    # A pipe would split the cell; the full-width bar reads the same and compares equal.
    cell = " ".join(html_lines(text)) if has_html(text) else text.strip()
    # Items of a flattened list: a space before each bullet keeps them apart (white space only).
    return CELL_BULLET.sub(" ", cell).replace("|", "｜")


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
