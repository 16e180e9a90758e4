"""「他の自治体では？」: `/compare?q=` puts every guideline's best passage side by side, `/api/compare` as JSON."""

from __future__ import annotations

import copy
import json
import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from bot.settings import Settings
from bot.wsgi import build_app
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from tests.web.conftest import BASE_URL
from tests.web.html import Page, page

JSON_UTF8 = "application/json; charset=utf-8"
QUESTION = "後援は協働になりますか"
NONE = "この指針には該当する記述がありません"
DECLINED = "社員食堂のカレーライスの値段はいくらですか"


def columns(html: str) -> list[str]:
    """Each column's HTML, without the phrase breaks (<wbr>)."""
    return re.findall(r'<li class="compare-column[^"]*">.*?</article>', html.replace("<wbr>", ""), flags=re.S)


@pytest.fixture()
def home_client(engine):
    settings = Settings(knowledge_dir=DEFAULT_KNOWLEDGE_DIR, public_base_url=BASE_URL, home="osaka")
    return build_app(settings, copy.copy(engine)).test_client()


def test_one_column_per_guideline_in_the_engines_order(client, engine):
    comparison = engine.compare(QUESTION)
    assert any(d.passage for d in comparison.documents) and not all(d.passage for d in comparison.documents), \
        "the question should have guidelines with and without a passage"
    html = client.get("/compare", query_string={"q": QUESTION}).get_data(as_text=True)
    found = columns(html)
    assert len(found) == len(engine.knowledge.guidelines) == len(comparison.documents)
    for column, document in zip(found, comparison.documents, strict=True):
        assert document.doc_title in column
        if document.passage:
            link = f'href="/docs/{document.doc}?q={quote(QUESTION)}#{document.passage.section_id}"'
            assert link in column and "<mark>" in column and NONE not in column
        else:
            assert NONE in column and f'href="/docs/{document.doc}"' in column and "<mark>" not in column


def test_the_home_guideline_comes_first_labelled(home_client):
    html = home_client.get("/compare", query_string={"q": QUESTION}).get_data(as_text=True)
    found = columns(html)
    assert "大阪市協働指針" in found[0] and "本市の指針" in found[0] and "compare-home" in found[0]
    assert not any("本市の指針" in column for column in found[1:])


def test_the_page_needs_no_script_and_leads_back_to_the_answer(client):
    parsed = page(client.get("/compare", query_string={"q": QUESTION}))
    assert parsed.tags["script"] == 0
    assert f"/?q={quote(QUESTION)}" in parsed.links


def test_a_declined_question_shows_no_columns(client):
    html = client.get("/compare", query_string={"q": DECLINED}).get_data(as_text=True)
    assert not columns(html) and "見つかりませんでした" in html


def test_a_declined_fact_says_what_the_guidelines_do_not_hold(client, engine):
    comparison = engine.compare("後援の申請の締め切りはいつまでに？")
    assert not comparison.answered and comparison.declined_why == engine.ask("後援の申請の締め切りはいつまでに？").declined_why
    html = client.get("/compare", query_string={"q": "後援の申請の締め切りはいつまでに？"}).get_data(as_text=True)
    assert comparison.declined_why in html


def test_without_a_question_the_page_offers_the_form(client):
    response = client.get("/compare")
    assert response.status_code == 200
    parsed = page(response)
    assert ("form", "action", "/compare") in parsed.attributes and not columns(response.get_data(as_text=True))
    blank = client.get("/compare", query_string={"q": "  "}).get_data(as_text=True)
    assert "質問の言葉を読み取れませんでした" in blank and not columns(blank)


def test_every_answer_page_links_to_its_comparison(client, all_questions):
    answered = 0
    for question in ["後援は協働になりますか", "協働相手の選び方", *all_questions[:20]]:
        html = client.get("/", query_string={"q": question}).get_data(as_text=True)
        if 'class="passage"' not in html:
            continue  # declined: there is nothing to compare
        links = [link for link in Page(html).links if urlsplit(link).path == "/compare"]
        assert links and parse_qs(urlsplit(links[0]).query)["q"] == [question], question
        answered += 1
    assert answered >= 10


def test_json_is_the_comparison_of_the_engine(client, engine):
    response = client.get("/api/compare", query_string={"q": QUESTION})
    assert response.status_code == 200 and response.headers["Content-Type"] == JSON_UTF8
    assert response.get_json() == engine.compare(QUESTION).to_json(BASE_URL)
    assert list(json.loads(response.get_data(as_text=True))) == ["question", "documents"]
    urls = [d["passage"]["url"] for d in response.get_json()["documents"] if d["passage"]]
    assert urls and all(url.startswith(BASE_URL + "/docs/") for url in urls)


def test_json_puts_the_home_guideline_first(home_client):
    documents = home_client.get("/api/compare", query_string={"q": QUESTION}).get_json()["documents"]
    assert documents[0]["doc"] == "osaka" and documents[0]["home"] is True
    assert not any(d["home"] for d in documents[1:])


@pytest.mark.parametrize("query", [{}, {"q": "  "}])
def test_a_missing_question_is_a_json_error(client, query):
    response = client.get("/api/compare", query_string=query)
    assert response.status_code == 400 and response.headers["Content-Type"] == JSON_UTF8
    assert "q に質問を指定してください" in response.get_json()["error"]


def test_a_cut_question_is_reported_in_a_header(client):
    response = client.get("/api/compare", query_string={"q": "協働相手の選び方" * 2000})
    assert response.status_code == 200 and response.headers["Content-Type"] == JSON_UTF8
    assert response.headers["X-Kyodo-Question-Truncated"] == "true"
    assert client.get("/api/compare", query_string={"q": QUESTION}).headers.get("X-Kyodo-Question-Truncated") is None
