"""`/docs` and `/docs/<doc>`: every guideline readable, with a contents list and one anchor per section."""

from __future__ import annotations

import re

from tests.web.html import page


def test_index_links_every_guideline(client, engine):
    links = page(client.get("/docs")).links
    for guideline in engine.knowledge.guidelines:
        assert f"/docs/{guideline.id}" in links


def test_each_guideline_has_every_section_anchored_once_and_in_the_contents(client, engine):
    for guideline in engine.knowledge.guidelines:
        response = client.get(f"/docs/{guideline.id}")
        assert response.status_code == 200, guideline.id
        parsed = page(response)
        assert guideline.title in parsed.text
        duplicated = [i for i, n in parsed.ids.items() if n > 1]
        assert not duplicated, f"{guideline.id}: ids used twice: {duplicated}"
        for section in guideline.sections:
            assert parsed.ids[section.id] == 1, f"{guideline.id}#{section.id}"
            assert f"#{section.id}" in parsed.links, f"contents lack {guideline.id}#{section.id}"
            assert section.heading in parsed.text


def test_section_levels_become_heading_levels(client, engine):
    guideline = engine.knowledge.guidelines[0]
    html = client.get(f"/docs/{guideline.id}").get_data(as_text=True)
    for section in guideline.sections:
        assert re.search(rf'<section id="{section.id}"[^>]*>\s*<h{section.level}>', html), section.id


def test_tables_in_a_guideline_are_rendered_as_tables(client, engine):
    with_tables = {s.doc for g in engine.knowledge.guidelines for s in g.sections if "\n|" in "\n" + s.text}
    assert with_tables, "no guideline has a table; drop this test"
    for doc in with_tables:
        assert page(client.get(f"/docs/{doc}")).tags["table"] >= 1


def test_an_unknown_document_is_a_japanese_404(client):
    response = client.get("/docs/no-such-guideline")
    assert response.status_code == 404
    assert "ページが見つかりません" in page(response).text
