"""Where a citation points on the web pages, with the words to show for it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from retrieval.knowledge.models import Citation, Knowledge
from retrieval.search.question.cleaning import MAX_QUESTION_CHARS


@dataclass(frozen=True)
class SectionLink:
    url: str
    doc_title: str
    heading: str
    section_label: str  # heading path, as answers show it


def section_link(knowledge: Knowledge, doc: str, section_id: str) -> SectionLink:
    """The loader has checked every citation, so a missing section only means a stale reference."""
    guideline = knowledge.guideline(doc)
    section = guideline.section(section_id) if guideline else None
    return SectionLink(
        url=f"/docs/{doc}#{section_id}",
        doc_title=guideline.title if guideline else doc,
        heading=section.heading if section else section_id,
        section_label=section.path_label if section else section_id,
    )


def section_links(knowledge: Knowledge, citations: Iterable[Citation | tuple[str, str]]) -> list[SectionLink]:
    """Q&A entries cite with Citation objects, Answer hits with (doc, section) pairs; both are shown alike."""
    pairs = ((c.doc, c.section) if isinstance(c, Citation) else c for c in citations)
    return [section_link(knowledge, doc, section) for doc, section in pairs]


def checklist_title(knowledge: Knowledge, checklist_id: str) -> str:
    checklist = knowledge.checklist(checklist_id)
    return checklist.title if checklist else checklist_id


def with_question(url: str, question: str) -> str:
    """A link to a document that carries the question it was followed from, so the page can lead back to
    the answer. The question is cut to the longest the engine reads, so the link fits the request line."""
    question = question.strip()[:MAX_QUESTION_CHARS]
    if not question:
        return url
    path, hash_mark, fragment = url.partition("#")
    return f"{path}?{urlencode({'q': question})}{hash_mark}{fragment}"
