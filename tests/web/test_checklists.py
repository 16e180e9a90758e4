"""`/checklists` and `/checklists/<id>`: each checklist printable, each item linked to its passage."""

from __future__ import annotations

import pytest

from tests.web.html import page


@pytest.fixture()
def checklists(engine):
    assert engine.knowledge.checklists, "knowledge/checklists/ holds no checklist"
    return engine.knowledge.checklists


def test_index_lists_every_checklist(client, checklists):
    parsed = page(client.get("/checklists"))
    for checklist in checklists:
        assert f"/checklists/{checklist.id}" in parsed.links
        assert checklist.title in parsed.text


def test_each_checklist_shows_its_items_with_their_sources(client, engine, checklists):
    for checklist in checklists:
        response = client.get(f"/checklists/{checklist.id}")
        assert response.status_code == 200, checklist.id
        parsed = page(response)
        assert checklist.title in parsed.text and checklist.summary in parsed.text
        for item in checklist.items:
            assert item.text in parsed.text
            assert f"/docs/{item.cite.doc}#{item.cite.section}" in parsed.links
            assert engine.knowledge.guideline(item.cite.doc).title in parsed.text


def test_checklists_print_without_site_navigation(client):
    css = client.get("/static/style.css").get_data(as_text=True)
    print_rules = css[css.index("@media print"):]
    assert ".site-header" in print_rules and "display: none" in print_rules


def test_an_unknown_checklist_is_a_japanese_404(client):
    response = client.get("/checklists/no-such-list")
    assert response.status_code == 404
    assert "ページが見つかりません" in page(response).text
