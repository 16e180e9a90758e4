"""`/qa`: every Q&A entry on one page, each with its own anchor and linked citations."""

from __future__ import annotations

from tests.web.html import page


def test_every_entry_is_anchored_with_its_citations_linked(client, engine):
    entries = engine.knowledge.qa
    assert entries, "knowledge/qa/ holds no entry"
    parsed = page(client.get("/qa"))
    for entry in entries:
        assert parsed.ids[entry.id] == 1, entry.id
        assert f"#{entry.id}" in parsed.links
        assert entry.question in parsed.text
        for citation in entry.citations:
            assert f"/docs/{citation.doc}#{citation.section}" in parsed.links
        for checklist_id in entry.checklists:
            assert f"/checklists/{checklist_id}" in parsed.links
