"""Bounded input on the Procfile's `web:` process over real HTTP: the longest question fits the
request line, anything longer is refused with 414 before it is read, and no log line carries
more than an excerpt of a question."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from bot.web.serving.bounded_log import MAX_LOG_LINE
from bot.web.serving.request_body import MAX_BODY_BYTES
from retrieval.search.question.cleaning import MAX_QUESTION_CHARS
from tests.slack.server import Gunicorn, app_env
from tests.slack.slack_requests import CHANNEL_ID, USER_ID, SlackSide, new_ts, request
from tests.slack.standin import TEAM_ID, StandInSlack
from tests.web.raw_http import exchange

JAPANESE = ("協働事業の評価と見直しをどう進めるか。" * 200)[:MAX_QUESTION_CHARS]
FOUR_BYTE = "𠮷" * MAX_QUESTION_CHARS  # the widest character UTF-8 has: 12 bytes once percent-encoded
LOG_LINE_LIMIT = 500


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gunicorn]:
    """The Procfile's web: line with Slack configured, so /slack/events is served too."""
    standin = StandInSlack()
    folder = tmp_path_factory.mktemp("limits")
    try:
        with Gunicorn(app_env(standin.api_url, folder), folder / "gunicorn.log") as server:
            yield server
    finally:
        standin.stop()


def wait_for_log(web: Gunicorn, since: int, text: str, timeout: float = 10) -> str:
    """The log from offset `since`, once it holds `text` (gunicorn writes access lines after the response)."""
    deadline = time.monotonic() + timeout
    while text not in (log := web.log()[since:]):
        assert time.monotonic() < deadline, f"the log never showed {text[:80]!r}"
        time.sleep(0.05)
    return log


def get(web: Gunicorn, target: str) -> int:
    return request(web.url + target, "GET", None, {}, timeout=30).status


@pytest.mark.parametrize("path", ["/?q=", "/api/ask?q=", "/compare?q=", "/api/compare?q=", "/docs/testshi?q="])
@pytest.mark.parametrize("question", [JAPANESE, FOUR_BYTE], ids=["japanese", "four-byte"])
def test_the_longest_question_fits_the_request_line(web, path, question):
    target = path + quote(question)
    assert len(target) > 18_000  # over gunicorn's 8,190-byte ceiling
    assert get(web, target) == 200


@pytest.mark.parametrize("size", [100_000, 10_000_000], ids=["100KB", "10MB"])
def test_a_longer_request_line_is_refused_before_it_is_read(web, size):
    line = b"GET /?q=" + b"%E5%8D%94" * (size // 9) + b" HTTP/1.1\r\nHost: kyodo\r\n\r\n"
    result = exchange(web.url, line)
    # The server answers 414 and closes; a client still sending may see the close as a reset first.
    assert result.status == 414 or (result.status is None and result.reset), result
    if size > 8 * 1024 * 1024:  # more than the kernel's buffers can hold between client and server
        assert result.sent < len(line), "the worker read the whole request line"
    assert get(web, "/healthz") == 200


def test_no_log_line_carries_more_than_an_excerpt_of_a_question(web):
    before = len(web.log())
    question = "協働の相手方とどう役割分担するか" * 125  # 2,000 characters
    assert get(web, "/?q=" + quote(question)) == 200  # the test's access log writes the request line
    malformed = b"GET /?q=" + question.encode()[:20_000] + b" HTTP/1.1\r\nHost: kyodo\r\n\r\n"  # raw bytes, not %XX
    assert exchange(web.url, malformed).status == 400  # gunicorn quotes this request line in its warning
    exchange(web.url, b"GET /?q=" + "協働".encode() * 350_000 + b" HTTP/1.1\r\n\r\n")  # a 2 MB one, refused either way
    log = wait_for_log(web, before, '"GET /?q=' + quote(question)[:90])
    assert "Invalid HTTP request line" in log  # logged before the 400 was written
    longest = max(log.splitlines(), key=len)
    assert len(longest) <= LOG_LINE_LIMIT, longest[:300]
    assert MAX_LOG_LINE <= LOG_LINE_LIMIT


# --- bodies ------------------------------------------------------------------------------------

POST_HEAD = "POST {path} HTTP/1.1\r\nHost: kyodo\r\nContent-Type: application/json\r\n{framing}\r\n"


def chunked(total: int, piece: int = 64 * 1024) -> Iterator[bytes]:
    while total > 0:
        size = min(piece, total)
        yield b"%x\r\n" % size + b"x" * size + b"\r\n"
        total -= size
    yield b"0\r\n\r\n"


@pytest.mark.parametrize("path", ["/slack/events", "/", "/api/ask", "/no-such-page"])
def test_a_declared_oversize_body_is_refused_before_it_is_sent(web, path):
    """Only the head goes out: a server that waited for the 300 MB would never answer."""
    head = POST_HEAD.format(path=path, framing="Content-Length: 300000000\r\n").encode()
    assert exchange(web.url, head, timeout=20).status == 413


def test_a_chunked_body_is_refused_once_it_passes_the_limit(web):
    head = POST_HEAD.format(path="/slack/events", framing="Transfer-Encoding: chunked\r\n").encode()
    # Just over the limit: the server reads past it, answers 413 and drains the small rest.
    assert exchange(web.url, head, chunked(MAX_BODY_BYTES + 16 * 1024)).status == 413
    # Far over it: the server stops reading; the client finds the connection closed mid-send.
    endless = 64 * 1024 * 1024
    result = exchange(web.url, head, chunked(endless))
    assert result.status == 413 or (result.status is None and result.reset), result
    assert result.sent < endless
    assert get(web, "/healthz") == 200


def test_the_largest_message_slack_sends_is_still_read(web):
    """A 40,000-character message (Slack's maximum) with its rich-text copy, \\u-escaped: ~480 KB."""
    text = ("協働の相手方との役割分担について" * 2500)[:40_000]
    event = {"type": "message", "user": USER_ID, "text": text, "ts": new_ts(), "channel": CHANNEL_ID,
             "event_ts": new_ts(), "blocks": [{"type": "rich_text", "block_id": "b", "elements": [
                 {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]}]}
    body = json.dumps({"token": "t", "team_id": TEAM_ID, "api_app_id": "A0KYODO", "type": "event_callback",
                       "event": event, "event_id": "EvLARGEST", "event_time": int(time.time())})
    assert 400_000 < len(body) < MAX_BODY_BYTES
    assert SlackSide(web.url).post("/slack/events", body, "application/json").status == 200
