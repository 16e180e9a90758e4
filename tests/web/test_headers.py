"""Security headers on every response, and pages that need no inline script or style to work."""

from __future__ import annotations

import pytest

from bot.web.serving.headers import HEADERS
from tests.web.html import page

PATHS = ["/", "/?q=後援は協働になりますか", "/start", "/checklists", "/qa", "/docs", "/api/ask?q=協働",
         "/healthz", "/static/style.css", "/no-such-page", "/docs/no-such-doc"]


# Written out here rather than read from bot/web/serving/headers.py, so that dropping or weakening one
# there fails this test.
EXPECTED = {
    "Content-Security-Policy": "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


@pytest.mark.parametrize("path", PATHS)
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, f"{path}: {name}"


def test_the_production_headers_are_exactly_these():
    assert HEADERS == EXPECTED


def test_the_policy_forbids_script_and_framing():
    policy = HEADERS["Content-Security-Policy"]
    assert "script-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert HEADERS["X-Content-Type-Options"] == "nosniff" and HEADERS["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(("method", "status"), [("post", 405), ("put", 405)])
def test_headers_also_on_a_refused_method(client, method, status):
    response = getattr(client, method)("/")
    assert response.status_code == status
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, name


def test_headers_also_on_a_refused_body(client):
    response = client.post("/", environ_overrides={"CONTENT_LENGTH": str(10**9)})  # a declared size, no body
    assert response.status_code == 413
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, name


@pytest.mark.parametrize("path", ["/", "/?q=後援は協働になりますか", "/start", "/checklists", "/qa", "/docs"])
def test_pages_have_no_inline_script_or_style_the_policy_would_block(client, path):
    parsed = page(client.get(path))
    assert parsed.tags["script"] == 0 and parsed.tags["style"] == 0
    assert not [a for a in parsed.attributes if a[1] == "style" or a[1].startswith("on")]
