"""Typed objects the knowledge folder is loaded into."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """One heading of a guideline and the text directly under it."""

    doc: str
    id: str  # anchor, unique within the document
    heading: str
    level: int
    path: tuple[str, ...]  # headings from the top level down to this one
    text: str  # the quoted body, exactly as in the guideline file
    line: int  # line of the heading in the guideline file

    @property
    def path_label(self) -> str:
        return " > ".join(self.path)


@dataclass(frozen=True)
class Guideline:
    id: str
    title: str
    issuer: str
    date: str
    url: str
    source: str
    sections: tuple[Section, ...]
    file: str

    def section(self, section_id: str) -> Section | None:
        for section in self.sections:
            if section.id == section_id:
                return section
        return None


@dataclass(frozen=True)
class Citation:
    doc: str
    section: str


@dataclass(frozen=True)
class ChecklistItem:
    text: str
    cite: Citation


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str
    summary: str
    phrasings: tuple[str, ...]
    items: tuple[ChecklistItem, ...]
    file: str


@dataclass(frozen=True)
class QAEntry:
    id: str
    question: str
    phrasings: tuple[str, ...]
    answer: str
    citations: tuple[Citation, ...]
    checklists: tuple[str, ...]
    file: str


@dataclass(frozen=True)
class GlossaryEntry:
    """Words staff type (`aliases`) that mean what the guidelines call `terms`."""

    terms: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class DeclineKind:
    """Phrases that show a question is one the guidelines never answer: it asks for a kind of fact
    they never hold (an amount, a deadline …), or it is about another sense of 協働."""

    kind: str
    why: str  # said to maintainers by `kyodo check`
    phrases: tuple[str, ...]
    other_sense: bool = False
    # a setting (授業, 看護師 …) where 協働 means something else: the phrase does not decline by itself,
    # but there 協働 is no evidence of the guidelines' topic
    setting: bool = False
    # words of the topics the guidelines do treat in this respect (金額: 経費削減, 経費分担): a sentence
    # holding one asks about that topic, not for the bare fact
    unless: tuple[str, ...] = ()
    # a fact no guideline holds even about itself (a form of the office's own, a reissued ID, a joke): a question
    # naming a guideline and asking it is not asking for that guideline's content — unlike an amount, a date or a
    # count, which a named guideline may give (小平市's 34 projects, its 平成22年度)
    even_if_named: bool = False


@dataclass(frozen=True)
class ReadingStep:
    doc: str
    section: str
    note: str


@dataclass(frozen=True)
class Knowledge:
    guidelines: tuple[Guideline, ...]
    checklists: tuple[Checklist, ...]
    qa: tuple[QAEntry, ...]
    glossary: tuple[GlossaryEntry, ...]
    reading_path: tuple[ReadingStep, ...] = field(default=())
    decline: tuple[DeclineKind, ...] = field(default=())
    # words naming what the guidelines are about (decline.yaml subjects): any one of them shows the topic
    subjects: tuple[str, ...] = field(default=())

    def guideline(self, doc_id: str) -> Guideline | None:
        return next((g for g in self.guidelines if g.id == doc_id), None)

    def checklist(self, checklist_id: str) -> Checklist | None:
        return next((c for c in self.checklists if c.id == checklist_id), None)

    def section(self, citation: Citation) -> Section | None:
        guideline = self.guideline(citation.doc)
        return guideline.section(citation.section) if guideline else None
