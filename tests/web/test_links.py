"""Every link an Answer can produce, and every link on the pages, lands on a real page and element:
links built from the knowledge, and the links real answers carry on the web page, in /api/ask
and from `kyodo ask --json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from urllib.parse import urlsplit

from bot.web.render.examples import EXAMPLE_QUESTIONS
from tests.conftest import stride_sample
from tests.web.conftest import BASE_URL, ROOT
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


class Targets:
    """Resolves site links through the app: each page fetched once, its element ids kept."""

    def __init__(self, client) -> None:
        self.client = client
        self.ids: dict[str, set[str] | None] = {}

    def broken(self, link: str, base: str = "") -> str | None:
        """Why `link` (site-relative, or absolute under `base`) does not land on an element, or None."""
        if base and link.startswith(base + "/"):
            link = link.removeprefix(base)
        parts = urlsplit(link)
        if parts.scheme or not parts.path.startswith("/"):
            return f"{link}: not a link to this site"
        if parts.path not in self.ids:
            response = self.client.get(parts.path)
            self.ids[parts.path] = set(page(response).ids) if response.status_code == 200 else None
        ids = self.ids[parts.path]
        if ids is None:
            return f"{link}: not 200"
        if parts.fragment and parts.fragment not in ids:
            return f"{link}: no element #{parts.fragment}"
        return None


SAMPLED = 250  # questions whose links are followed: every set's kinds, while the blind sets keep growing


def _sample(questions: list[str]) -> list[str]:
    # a third of the sets read ~190 questions once, and ~6,500 by the thirty-second session's 207 sets — 100 s of the
    # CI run on link checks that said nothing more
    return stride_sample(questions, SAMPLED)


def test_links_in_answer_pages_land(client, all_questions):
    targets, broken, followed = Targets(client), [], 0
    for question in _sample(all_questions):
        response = client.get("/", query_string={"q": question})
        assert response.status_code == 200, question
        for link in page(response).internal_links():
            if urlsplit(link).path in ("/docs", "/qa") or urlsplit(link).path.startswith(("/docs/", "/checklists/")):
                followed += 1
                if (why := targets.broken(link)) is not None:
                    broken.append(f"{question[:30]} → {why}")
    assert followed > 500 and not broken, "\n".join(broken[:20])


def test_links_in_api_answers_land(client, all_questions):
    targets, broken, followed = Targets(client), [], 0
    for question in _sample(all_questions):
        data = client.get("/api/ask", query_string={"q": question}).get_json()
        for link in [p["url"] for p in data["passages"]] + [c["url"] for c in data["checklists"]]:
            followed += 1
            if (why := targets.broken(link, base=BASE_URL)) is not None:
                broken.append(f"{question[:30]} → {why}")
    assert followed > 500 and not broken, "\n".join(broken[:20])


def test_links_in_kyodo_ask_json_land(client, all_questions):
    questions = [q for q in _sample(all_questions) if "\n" not in q]
    result = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "-"], cwd=ROOT, timeout=300,
                            input="\n".join(questions) + "\n", capture_output=True, text=True, env=clean_env())
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(questions)
    targets, broken, followed = Targets(client), [], 0
    for data in answers:
        for link in [p["url"] for p in data["passages"]] + [c["url"] for c in data["checklists"]]:
            followed += 1
            if (why := targets.broken(link)) is not None:
                broken.append(f"{data['question'][:30]} → {why}")
    assert followed > 500 and not broken, "\n".join(broken[:20])


def clean_env() -> dict[str, str]:
    """The shipped knowledge, whatever a developer has set."""
    return {k: v for k, v in os.environ.items() if k != "KYODO_KNOWLEDGE_DIR"}
