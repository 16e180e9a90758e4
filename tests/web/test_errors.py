"""Error pages: Japanese, helpful, never a traceback."""

from __future__ import annotations

from bot.web.app import create_web_app
from tests.web.html import page


def test_an_unknown_address_is_a_japanese_404_page(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert '<html lang="ja">' in html
    assert "ページが見つかりません" in page(response).text
    assert "/" in page(response).links


def test_posting_is_refused_because_no_page_writes_anything(client):
    for path in ("/", "/api/ask", "/checklists", "/qa"):
        response = client.post(path, data={"q": "後援"})
        assert response.status_code == 405, path
        assert "この操作はできません" in page(response).text


def test_an_internal_error_shows_a_japanese_page_without_a_traceback(engine, settings):
    app = create_web_app(engine, settings)

    @app.get("/boom")
    def boom() -> str:
        raise RuntimeError("secret detail")

    response = app.test_client().get("/boom")
    assert response.status_code == 500
    text = page(response).text
    assert "内部エラーが発生しました" in text
    assert "secret detail" not in text and "Traceback" not in text
    assert response.headers["X-Frame-Options"] == "DENY"


def test_index_pages_also_answer_with_a_trailing_slash(client):
    for path in ("/docs/", "/checklists/", "/qa/", "/start/"):
        assert client.get(path).status_code == 200, path
