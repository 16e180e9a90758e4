"""The Answer: what the engine returns and every renderer (CLI, Slack, web) displays.

An Answer only quotes: passage texts are the guideline's own words, Q&A answers are
the maintainers' cited entries. Renderers never search; they only read this object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from retrieval.knowledge.models import Section


@dataclass(frozen=True)
class Snippet:
    """A short excerpt of a passage; `parts` alternate plain and matched text."""

    parts: tuple[tuple[str, bool], ...]  # (text, is_match)
    leading_ellipsis: bool = False
    trailing_ellipsis: bool = False

    @property
    def plain(self) -> str:
        body = "".join(text for text, _ in self.parts)
        return ("…" if self.leading_ellipsis else "") + body + ("…" if self.trailing_ellipsis else "")

    def marked(self, before: str = "**", after: str = "**") -> str:
        body = "".join(f"{before}{text}{after}" if hit else text for text, hit in self.parts)
        return ("…" if self.leading_ellipsis else "") + body + ("…" if self.trailing_ellipsis else "")


@dataclass(frozen=True)
class PassageHit:
    rank: int
    doc: str
    doc_title: str
    section: Section
    text: str  # the full passage, verbatim
    snippet: Snippet
    score: float
    home: bool = False  # from the asker's own guideline (KYODO_HOME)

    @property
    def section_id(self) -> str:
        return self.section.id

    @property
    def section_label(self) -> str:
        """Heading path, e.g. "3. 協働のすすめ方 > (3) 協働の形態"."""
        return self.section.path_label

    @property
    def url(self) -> str:
        """Path of the passage on the web pages; renderers prefix the public base URL."""
        return f"/docs/{self.doc}#{self.section_id}"


@dataclass(frozen=True)
class QAHit:
    id: str
    question: str
    answer: str
    score: float
    citations: tuple[tuple[str, str], ...]  # (doc, section id)
    checklists: tuple[str, ...]

    @property
    def url(self) -> str:
        return f"/qa#{self.id}"


@dataclass(frozen=True)
class ChecklistRef:
    id: str
    title: str

    @property
    def url(self) -> str:
        return f"/checklists/{self.id}"


@dataclass(frozen=True)
class Answer:
    question: str  # the question as searched (cleaned, possibly cut)
    answered: bool
    passages: tuple[PassageHit, ...]
    qa: tuple[QAHit, ...]
    checklists: tuple[ChecklistRef, ...]
    truncated: bool = False  # the question was longer than MAX_QUESTION_CHARS and was cut
    empty: bool = False  # nothing searchable was asked
    # of an empty message, what it was instead: "thanks" (「さっきの回答、助かりました！」) or "greeting"
    # (「おはようございます、よろしくお願いします」) — renderers reply in kind rather than explain how to ask
    courtesy: str = ""
    # why the engine answered or declined (coverage.Coverage.reason), and the decline.yaml phrase and
    # kind behind a decline — for `kyodo check` and the question log
    reason: str = ""
    declined_by: tuple[str, str] | None = None  # (phrase, kind)
    # ... and that kind's `why`, written for staff (「指針は補助金・委託料…の金額を定めていません。」): shown with
    # the decline, so the asker knows what the guidelines do not hold and where to ask instead
    declined_why: str = ""
    # the first Q&A entry matches strongly enough to be the direct answer, shown before the passages
    direct_answer: bool = False
    # a newcomer asking where to begin: renderers offer the reading path (/start) first
    reading_path: bool = False

    def to_json(self, base_url: str = "") -> dict[str, Any]:
        """The shape of `kyodo ask --json` and `/api/ask` — exactly these keys."""
        base = base_url.rstrip("/")
        return {
            "question": self.question,
            "answered": self.answered,
            "passages": [{**passage_json(p, base), "home": p.home} for p in self.passages],
            "qa": [
                {"id": q.id, "question": q.question, "answer": q.answer, "score": round(q.score, 4)}
                for q in self.qa
            ],
            "checklists": [{"id": c.id, "title": c.title, "url": base + c.url} for c in self.checklists],
        }


def passage_json(p: PassageHit, base: str) -> dict[str, Any]:
    return {
        "rank": p.rank,
        "doc": p.doc,
        "doc_title": p.doc_title,
        "section": p.section_label,
        "text": p.text,
        "snippet": p.snippet.marked(),
        "url": base + p.url,
        "score": round(p.score, 4),
    }


@dataclass(frozen=True)
class DocumentPassage:
    """One guideline's column in a comparison: its best passage on the question, or None."""

    doc: str
    doc_title: str
    issuer: str
    home: bool
    passage: PassageHit | None


@dataclass(frozen=True)
class Comparison:
    """「他の自治体では？」: every guideline's best passage on one question, home first."""

    question: str
    answered: bool  # False when the question is declined: then no guideline has a passage
    documents: tuple[DocumentPassage, ...]
    truncated: bool = False
    empty: bool = False
    courtesy: str = ""  # as on Answer: of an empty question, "thanks" or "greeting"
    declined_why: str = ""  # as on Answer: the decline.yaml kind's why, shown with the decline

    def to_json(self, base_url: str = "") -> dict[str, Any]:
        """The shape of `kyodo compare --json` and `/api/compare` — exactly these keys."""
        base = base_url.rstrip("/")
        return {
            "question": self.question,
            "documents": [
                {"doc": d.doc, "doc_title": d.doc_title, "issuer": d.issuer, "home": d.home,
                 "passage": passage_json(d.passage, base) if d.passage else None}
                for d in self.documents
            ],
        }
