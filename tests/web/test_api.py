"""`/api/ask`: the Answer as JSON, exactly `Answer.to_json` with the public base URL."""

from __future__ import annotations

import json

import pytest

from tests.web.conftest import BASE_URL

JSON_UTF8 = "application/json; charset=utf-8"


def test_json_is_the_answer_of_the_engine(client, engine):
    question = "後援は協働になりますか"
    response = client.get("/api/ask", query_string={"q": question})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == JSON_UTF8
    assert response.get_json() == engine.ask(question).to_json(BASE_URL)
    assert all(p["url"].startswith(BASE_URL + "/docs/") for p in response.get_json()["passages"])
    keys = list(json.loads(response.get_data(as_text=True)))
    assert keys == ["question", "answered", "passages", "qa", "checklists"]  # the order of `kyodo ask --json`


def test_an_uncovered_question_is_answered_false(client):
    data = client.get("/api/ask", query_string={"q": "社員食堂のカレーライスの値段はいくらですか"}).get_json()
    assert data["answered"] is False and data["passages"] == []


def test_a_missing_question_is_a_json_error(client):
    for query in ({}, {"q": "  "}):
        response = client.get("/api/ask", query_string=query)
        assert response.status_code == 400
        assert "q に質問を指定してください" in response.get_json()["error"]


def test_a_cut_question_is_reported_in_a_header(client):
    response = client.get("/api/ask", query_string={"q": "協働相手の選び方" * 2000})
    assert response.status_code == 200
    assert response.headers["X-Kyodo-Question-Truncated"] == "true"
    assert set(response.get_json()) == {"question", "answered", "passages", "qa", "checklists"}


@pytest.mark.parametrize("query", [{"q": "後援は協働になりますか"}, {"q": "社員食堂のカレーライスの値段はいくらですか"},
                                   {}, {"q": "協働相手の選び方" * 300}])
def test_every_json_response_says_its_charset(client, query):
    """Answered, declined, refused and cut alike."""
    assert client.get("/api/ask", query_string=query).headers["Content-Type"] == JSON_UTF8
