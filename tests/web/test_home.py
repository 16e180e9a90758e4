"""KYODO_HOME on the web: the home guideline's passages are labelled, and /docs and /start put it first."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from bot.settings import Settings, SettingsError
from bot.wsgi import build_app
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from retrieval.search.engine import Engine
from tests.web.conftest import BASE_URL
from tests.web.html import page

QUESTION = "協働の評価"


@pytest.fixture()
def client_at_home(engine: Engine) -> Callable[[str | None], FlaskClient]:
    """A client of an app whose engine has `home` set: the session's built index, its own home."""

    def make(home: str | None) -> FlaskClient:
        settings = Settings(knowledge_dir=DEFAULT_KNOWLEDGE_DIR, public_base_url=BASE_URL, home=home)
        return build_app(settings, copy.copy(engine)).test_client()

    return make


def passage_cards(html: str) -> list[str]:
    return re.findall(r'<li class="passage">.*?</article>', html, flags=re.S)


@pytest.mark.parametrize(("home", "label"), [("kodaira", "本市の指針"), ("chiba", "本県の指針")])
def test_home_passages_lead_and_are_labelled(client_at_home, home, label):
    html = client_at_home(home).get("/", query_string={"q": QUESTION}).get_data(as_text=True)
    cards = passage_cards(html)
    assert len(cards) >= 2
    assert f"/docs/{home}" in cards[0] and label in cards[0], "the home guideline's passage comes first, labelled"
    for card in cards[1:]:
        assert (label in card) == (f"/docs/{home}" in card)


def test_without_a_home_no_passage_is_labelled(client_at_home):
    html = client_at_home(None).get("/", query_string={"q": QUESTION}).get_data(as_text=True)
    assert passage_cards(html) and "本市の指針" not in html and "本県の指針" not in html


def test_json_says_which_passages_are_home(client_at_home):
    data = client_at_home("kodaira").get("/api/ask", query_string={"q": QUESTION}).get_json()
    assert [p["home"] for p in data["passages"]] == [p["doc"] == "kodaira" for p in data["passages"]]
    assert data["passages"][0]["home"] is True


def test_docs_list_the_home_guideline_first(client_at_home, knowledge):
    for home in ("osaka", "kitakyushu"):
        parsed = page(client_at_home(home).get("/docs"))
        listed = [link.removeprefix("/docs/") for link in parsed.links if link.startswith("/docs/")]
        assert listed[0] == home
        assert sorted(listed) == sorted(g.id for g in knowledge.guidelines)
        assert parsed.text.count("本市の指針") == 1
    plain = [link for link in page(client_at_home(None).get("/docs")).links if link.startswith("/docs/")]
    assert plain == [f"/docs/{g.id}" for g in knowledge.guidelines]


def test_the_home_document_page_says_it_is_home(client_at_home):
    client = client_at_home("chiba")
    assert "本県の指針" in page(client.get("/docs/chiba")).text
    assert "本県の指針" not in page(client.get("/docs/osaka")).text


def test_start_offers_the_home_guideline_before_the_steps(client_at_home, knowledge):
    html = client_at_home("osaka").get("/start").get_data(as_text=True)
    home = html.index('href="/docs/osaka"')
    first_step = html.index(f'href="/docs/{knowledge.reading_path[0].doc}#{knowledge.reading_path[0].section}"')
    assert home < first_step and "本市の指針" in html[:first_step]


def test_an_unknown_home_stops_start_up_naming_the_known_ids(engine, knowledge):
    settings = Settings(knowledge_dir=DEFAULT_KNOWLEDGE_DIR, public_base_url=BASE_URL, home="kodaria")
    with pytest.raises(SettingsError) as raised:
        build_app(settings, copy.copy(engine))
    message = str(raised.value)
    assert "KYODO_HOME" in message and "'kodaria'" in message and "\n" not in message
    assert all(g.id in message for g in knowledge.guidelines)
