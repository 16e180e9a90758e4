"""What the retrieval tests read off an answer."""

from __future__ import annotations

from retrieval.search.engine import Engine


def first_section(engine: Engine, question: str) -> tuple[str, str]:
    """The guideline and section of the passage the engine puts first for `question`: what a first-passage rule's
    end-to-end test asserts, and a glossary route's."""
    first = engine.ask(question, top=3).passages[0]
    return first.doc, first.section_id
