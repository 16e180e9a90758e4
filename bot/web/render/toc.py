"""A guideline's table of contents as a tree, so the page can nest its lists like the headings."""

from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.knowledge.models import Section


@dataclass
class TocEntry:
    section: Section
    children: list[TocEntry] = field(default_factory=list)


def table_of_contents(sections: tuple[Section, ...]) -> list[TocEntry]:
    roots: list[TocEntry] = []
    open_entries: list[TocEntry] = []  # the current entry at each deeper level
    for section in sections:
        entry = TocEntry(section)
        while open_entries and open_entries[-1].section.level >= section.level:
            open_entries.pop()
        (open_entries[-1].children if open_entries else roots).append(entry)
        open_entries.append(entry)
    return roots
