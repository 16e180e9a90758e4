"""/docs, the document pages and /qa: headers without dangling separators, the published original where
its address is known, a way back to the answer, and the Q&A grouped by topic."""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from urllib.parse import quote

import pytest

from bot.settings import Settings
from bot.wsgi import build_app
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from tests.web.conftest import BASE_URL
from tests.web.html import page

ORIGINAL = "https://www.city.kodaira.tokyo.jp/example/kyodo-shishin.html"


def metas(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", m).strip() for m in re.findall(r'<span class="meta">(.*?)</span>', html, flags=re.S)]


def test_the_list_shows_issuer_and_date_joined_only_where_there_is_a_date(client, knowledge):
    assert any(not g.date for g in knowledge.guidelines) and any(g.date for g in knowledge.guidelines)
    expected = [g.issuer + (f"・{g.date}" if g.date else "") for g in knowledge.guidelines]
    assert metas(client.get("/docs").get_data(as_text=True)) == expected


@pytest.mark.parametrize("doc", ["chiba", "kodaira"])
def test_a_document_header_has_no_dangling_separator(client, knowledge, doc):
    guideline = knowledge.guideline(doc)
    html = client.get(f"/docs/{doc}").get_data(as_text=True)
    header = re.search(r'<p class="meta">(.*?)</p>', html, flags=re.S).group(1).strip()
    assert header == guideline.issuer + (f"・{guideline.date}" if guideline.date else "")
    assert "公開元" not in html, "no address is known for the shipped guidelines, so none is invented"


def test_a_guideline_with_a_known_address_links_to_its_original(engine, knowledge):
    guidelines = tuple(replace(g, url=ORIGINAL) if g.id == "kodaira" else g for g in knowledge.guidelines)
    with_url = copy.copy(engine)
    with_url.knowledge = replace(knowledge, guidelines=guidelines)
    client = build_app(Settings(knowledge_dir=DEFAULT_KNOWLEDGE_DIR, public_base_url=BASE_URL), with_url).test_client()
    for path in ("/docs", "/docs/kodaira"):
        parsed = page(client.get(path))
        assert ("a", "href", ORIGINAL) in parsed.attributes and "公開元の原文" in parsed.text
        assert parsed.links.count(ORIGINAL) == 1
    assert ORIGINAL not in client.get("/docs/osaka").get_data(as_text=True)


def test_a_document_reached_from_an_answer_leads_back_to_it(client):
    question = "実行委員会でやるときの注意点は？"
    answer = client.get("/", query_string={"q": question}).get_data(as_text=True)
    link = re.search(r'<p class="passage-link"><a href="([^"]+)"', answer).group(1)
    assert f"?q={quote(question)}#" in link
    back = page(client.get(link.split("#")[0]))
    assert f"/?q={quote(question)}" in back.links and "回答に戻る" in back.text
    alone = page(client.get(link.split("?")[0]))
    assert "回答に戻る" not in alone.text and not [x for x in alone.links if x.startswith("/?q=")]


def test_qa_is_grouped_by_the_first_checklist_with_a_jump_list(client, knowledge):
    html = client.get("/qa").get_data(as_text=True)
    jump = re.search(r'<nav class="topic-jump".*?</nav>', html, flags=re.S).group(0)
    anchors = re.findall(r'href="#(topic-[a-z-]+)"', jump)
    used = [c for c in knowledge.checklists if any(q.checklists and q.checklists[0] == c.id for q in knowledge.qa)]
    assert anchors == [f"topic-{c.id}" for c in used] + ["topic-other"]
    for checklist in used:
        assert checklist.title in jump
    sections = dict(re.findall(r'<section id="(topic-[a-z-]+)"(.*?)</section>', html, flags=re.S))
    assert list(sections) == anchors
    for entry in knowledge.qa:
        topic = f"topic-{entry.checklists[0]}" if entry.checklists else "topic-other"
        assert f'<article id="{entry.id}"' in sections[topic], entry.id
        assert f'href="#{entry.id}"' in sections[topic], "each topic lists its questions"
    other = sections["topic-other"]
    assert "その他" in other and other.count("<article") == sum(1 for q in knowledge.qa if not q.checklists)
