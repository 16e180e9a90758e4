"""Cut guideline sections into passages short enough to quote, each knowing its section."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.knowledge.markup import TABLE_RULE
from retrieval.knowledge.models import Guideline, Section

MAX_PASSAGE_CHARS = 1000  # a quotable length; almost every section of the shipped guidelines fits whole


@dataclass(frozen=True)
class Passage:
    doc: str
    doc_title: str
    section: Section
    text: str  # verbatim: whole paragraphs of the section


def passages_of(guideline: Guideline) -> list[Passage]:
    result: list[Passage] = []
    for section in guideline.sections:
        for chunk in _chunks(_plain(section.text)):
            result.append(Passage(guideline.id, guideline.title, section, chunk))
    return result


def _chunks(text: str) -> list[str]:
    """Whole paragraphs, grouped up to MAX_PASSAGE_CHARS; a lone longer paragraph stays whole."""
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", text) if p.strip()]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for paragraph in paragraphs:
        if current and size + len(paragraph) > MAX_PASSAGE_CHARS:
            chunks.append("\n\n".join(current))
            current, size = [], 0
        current.append(paragraph)
        size += len(paragraph)
    if current:
        chunks.append("\n\n".join(current))
    return chunks


def _plain(markdown: str) -> str:
    """Text to quote anywhere (Slack, terminal, JSON): no emphasis, underline or table markup."""
    lines = []
    for line in markdown.replace("**", "").replace("<u>", "").replace("</u>", "").splitlines():
        if TABLE_RULE.match(line):
            continue
        if line.lstrip().startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            line = " ／ ".join(cell for cell in cells if cell)
        lines.append(line)
    return "\n".join(lines)
