"""The Q&A entries grouped by topic for /qa: an entry's topic is its first checklist, titled as the
checklist is; entries without one are 「その他」. Topics follow the checklists' order, as on /checklists."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from retrieval.knowledge.models import Knowledge, QAEntry

OTHER = "その他"


@dataclass(frozen=True)
class Topic:
    anchor: str  # the section's id on the page: topic-<checklist id>, or topic-other
    title: str
    entries: tuple[QAEntry, ...]


def qa_topics(knowledge: Knowledge) -> list[Topic]:
    known = {c.id for c in knowledge.checklists}
    grouped: dict[str | None, list[QAEntry]] = defaultdict(list)
    for entry in knowledge.qa:
        first = entry.checklists[0] if entry.checklists and entry.checklists[0] in known else None
        grouped[first].append(entry)
    topics = [Topic(f"topic-{c.id}", c.title, tuple(grouped[c.id])) for c in knowledge.checklists if grouped[c.id]]
    if grouped[None]:
        topics.append(Topic("topic-other", OTHER, tuple(grouped[None])))
    return topics
