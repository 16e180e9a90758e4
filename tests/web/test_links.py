"""Every link an Answer can produce, and every link on the pages, lands on a real page and element."""

from __future__ import annotations

from urllib.parse import urlsplit

from bot.web.examples import EXAMPLE_QUESTIONS
from tests.web.html import page


def test_every_passage_link_lands_on_its_section(client, engine):
    """Slack answers link /docs/<doc>#<section> for whichever passage ranks; try them all."""
    ids_of: dict[str, set[str]] = {}
    for passage in engine.passages:
        if passage.doc not in ids_of:
            response = client.get(f"/docs/{passage.doc}")
            assert response.status_code == 200, passage.doc
            ids_of[passage.doc] = set(page(response).ids)
        assert passage.section.id in ids_of[passage.doc], f"/docs/{passage.doc}#{passage.section.id}"


def test_every_checklist_and_qa_link_lands(client, engine):
    for checklist in engine.knowledge.checklists:
        assert client.get(f"/checklists/{checklist.id}").status_code == 200, checklist.id
    qa_ids = set(page(client.get("/qa")).ids)
    missing = [entry.id for entry in engine.knowledge.qa if entry.id not in qa_ids]
    assert not missing, f"/qa lacks anchors for {missing}"


def test_every_internal_link_on_the_pages_resolves(client, engine):
    """A small crawler from the entry pages and the example answers, one level of /docs deep."""
    start = ["/", "/start", "/checklists", "/qa", "/docs"]
    start += [f"/?q={q}" for q in EXAMPLE_QUESTIONS]
    start += [f"/checklists/{c.id}" for c in engine.knowledge.checklists]
    pages: dict[str, set[str]] = {}
    broken: list[str] = []

    def ids(path: str) -> set[str] | None:
        if path not in pages:
            response = client.get(path)
            if response.status_code != 200:
                return None
            pages[path] = set(page(response).ids) if response.mimetype == "text/html" else set()
        return pages[path]

    links: set[tuple[str, str]] = set()
    for source in start:
        assert ids(source) is not None, source
        for link in page(client.get(source)).internal_links():
            links.add((source, link))
    for source, link in sorted(links):
        parts = urlsplit(link)
        path = (parts.path or urlsplit(source).path) + (f"?{parts.query}" if parts.query else "")
        target = ids(path)
        if target is None:
            broken.append(f"{source} → {link}: not 200")
        elif parts.fragment and parts.fragment not in target:
            broken.append(f"{source} → {link}: no element #{parts.fragment}")
    assert not broken, "\n".join(broken)
