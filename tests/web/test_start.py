"""`/start` and the reading path it shows, which ships as knowledge/start.yaml."""

from __future__ import annotations

from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from tests.web.html import page


def test_the_shipped_reading_path_exists_and_has_at_least_five_steps(knowledge):
    assert (DEFAULT_KNOWLEDGE_DIR / "start.yaml").is_file()
    assert len(knowledge.reading_path) >= 5


def test_the_page_shows_the_steps_in_order_with_links_to_their_sections(client, knowledge):
    parsed = page(client.get("/start"))
    step_links = [link for link in parsed.links if link.startswith("/docs/")]
    assert step_links == [f"/docs/{s.doc}#{s.section}" for s in knowledge.reading_path]
    for step in knowledge.reading_path:
        assert step.note in parsed.text
