"""What the importer works on and what it reports: source lines, paragraphs, headings, and notes
that carry the source line they are about."""

from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.knowledge.importer.structure.numbering import Numbering


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, in the source file
    text: str


@dataclass
class Block:
    """Lines between blank lines: one paragraph of the source as the extraction laid it out."""

    lines: list[Line]
    blank_before: int = 1  # blank lines above it; extra space above a short line marks a heading
    page_break_before: bool = False  # a page number or form feed was dropped just above it

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Unit:
    """A paragraph as the guideline file will hold it: prose, a list, a table, or one short line
    that may be a heading."""

    kind: str  # "line" (one logical line), "prose", "list" or "table"
    lines: list[str]  # Markdown lines, without the blank lines between them
    first: int  # source line of its first line
    blank_before: int = 1
    page_break_before: bool = False


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 2 (##) to 5 (#####)
    line: int
    numbering: Numbering | None
    anchor: str = ""


@dataclass(frozen=True)
class Body:
    markdown: str
    line: int


@dataclass(frozen=True)
class Dropped:
    """A source line removed as extraction noise (never wording)."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Excluded:
    """A source paragraph left out of the guideline, with the reason written to excluded.yaml."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Note:
    """A guess the maintainer should look at, at its source line."""

    line: int
    message: str
    text: str = ""


@dataclass
class Conversion:
    """The result of converting one source text, before anything is written."""

    items: list[Heading | Body] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    anchors_kept: int = 0

    @property
    def headings(self) -> list[Heading]:
        return [item for item in self.items if isinstance(item, Heading)]
