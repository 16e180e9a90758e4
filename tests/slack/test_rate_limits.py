"""Rate limits and a Slack that stops answering: refused posts wait off the answering threads, calls are bounded.

Over the real `web:` process (gunicorn, 2 workers × 16 listener threads) and the stand-in Web
API; and the outbox on its own against the stand-in, for the retry policy call by call.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.settings import load_settings
from bot.slack.transport.outbox import Outbox, ResponseUrlRefused, RetryScheduler, _retry_after
from bot.wsgi import build_app
from retrieval.search.engine import Engine
from tests.slack.server import app_env, serve_in_thread
from tests.slack.slack_requests import SlackSide, new_ts
from tests.slack.standin import BOT_TOKEN, HELD, RESPONSE_URL_METHOD, Call, StandInSlack

BURST = 40  # more mentions than both workers' listener threads together (2 × 16)


def channel() -> str:
    return f"C{uuid.uuid4().hex[:9].upper()}"


def in_channel(name: str):  # noqa: ANN201 - a predicate on a recorded call
    return lambda c: c.body.get("channel") == name


def test_a_burst_of_429s_does_not_delay_a_question_asked_when_slack_accepts_again(
        slack: SlackSide, standin: StandInSlack) -> None:
    """40 mentions in one channel are refused with 429 (Retry-After 4 s); a mention in another
    channel, which Slack accepts, is answered before any refused post is tried again; then every
    refused answer is posted, exactly once."""
    busy, other = channel(), channel()
    standin.fail("chat.postMessage", 429, times=None, retry_after=4, where=lambda body: body.get("channel") == busy)
    asked = [new_ts() for _ in range(BURST)]

    def mention(ts: str) -> int:
        return slack.event({"type": "app_mention", "user": "U0STAFF1", "text": "<@U0KYODO> 後援は協働？", "ts": ts,
                            "channel": busy, "event_ts": ts}).status

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(mention, asked)) == [200] * BURST
    first_tries = standin.wait_for("chat.postMessage", count=BURST, ok_only=False, timeout=20,
                                   where=lambda c: in_channel(busy)(c) and c.status == 429)
    assert sorted(c.body["thread_ts"] for c in first_tries) == sorted(asked), "one refused try per mention so far"

    later = new_ts()
    slack.event({"type": "app_mention", "user": "U0STAFF1", "text": "<@U0KYODO> 委託の注意点は？", "ts": later,
                 "channel": other, "event_ts": later})
    [answer] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == later)
    calls = standin.calls("chat.postMessage", ok_only=False)
    before_answer = [c for c in calls[:calls.index(answer)] if in_channel(busy)(c)]
    assert len(before_answer) == BURST, "no refused post was tried again before the later question's answer"

    standin.clear_failures()
    posted = standin.wait_for("chat.postMessage", count=BURST, timeout=30,
                              where=lambda c: in_channel(busy)(c) and c.status == 200)
    assert sorted(c.body["thread_ts"] for c in posted) == sorted(asked), "each refused answer posted once"
    standin.assert_no_call(lambda c: in_channel(busy)(c) and c.status == 200 and c not in posted)


@pytest.fixture
def impatient_app(engine: Engine, standin: StandInSlack, tmp_path: Path) -> Iterator[SlackSide]:
    """The app in this process with a 1 s timeout for calls to Slack, so a held call gives up quickly."""
    env = app_env(standin.api_url, tmp_path) | {"KYODO_SLACK_TIMEOUT_SECONDS": "1"}
    with serve_in_thread(build_app(load_settings(env), engine)) as url:
        standin.reset()
        yield SlackSide(url)


def test_a_call_slack_never_answers_gives_up_after_the_timeout_and_is_not_sent_twice(
        impatient_app: SlackSide, standin: StandInSlack, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    stuck, fine = new_ts(), new_ts()
    standin.hold("chat.postMessage", where=lambda body: body.get("thread_ts") == stuck)
    assert impatient_app.mention("後援は協働？", ts=stuck).status == 200
    standin.wait_for("chat.postMessage", ok_only=False, where=lambda c: c.body.get("thread_ts") == stuck)

    deadline = time.monotonic() + 10  # far below the 30 s a call could hang before
    while not [r for r in caplog.records if "did not answer within 1 s" in r.getMessage()]:
        assert time.monotonic() < deadline, "the listener should have given up on the held call"
        time.sleep(0.02)
    [line] = [r.getMessage() for r in caplog.records if "did not answer" in r.getMessage()]
    assert "chat.postMessage" in line and "not sent again" in line
    tries = [c for c in standin.calls("chat.postMessage", ok_only=False) if c.body.get("thread_ts") == stuck]
    assert [c.status for c in tries] == [HELD], "a call Slack may have received is not repeated"

    impatient_app.mention("委託の注意点は？", ts=fine)
    [answer] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == fine)
    assert "testshi#forms-outsourcing" in json.dumps(answer.body["blocks"])


# --- the outbox on its own ----------------------------------------------------------------------
@pytest.fixture
def outbox() -> Outbox:
    return Outbox(RetryScheduler(), timeout=1)


@pytest.fixture
def client(standin: StandInSlack) -> WebClient:
    return WebClient(token=BOT_TOKEN, base_url=standin.api_url, timeout=1, retry_handlers=[])


def posts_to(name: str, standin: StandInSlack) -> list[Call]:
    return [c for c in standin.calls("chat.postMessage", ok_only=False) if c.body.get("channel") == name]


def test_a_rate_limited_send_returns_at_once_and_is_sent_after_retry_after(
        outbox: Outbox, client: WebClient, standin: StandInSlack) -> None:
    where = channel()
    standin.fail("chat.postMessage", 429, retry_after=1, where=lambda body: body.get("channel") == where)
    then: list[str] = []
    outbox.call(client.chat_postMessage, channel=where, text="x", then=lambda: then.append("posted"))
    assert [c.status for c in posts_to(where, standin)] == [429], "returned after one try, without waiting"
    assert then == []
    [posted] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == where)
    refused = posts_to(where, standin)[0]
    assert posted.at - refused.at >= 1.0, "not before Retry-After"
    deadline = time.monotonic() + 5
    while then != ["posted"]:
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_an_error_slack_will_not_change_its_mind_about_reaches_the_caller(
        outbox: Outbox, client: WebClient, standin: StandInSlack) -> None:
    standin.answer("chat.postMessage", {"ok": False, "error": "not_in_channel"})
    with pytest.raises(SlackApiError, match="not_in_channel"):
        outbox.call(client.chat_postMessage, channel=channel(), text="x")


def test_server_errors_are_retried_twice_then_logged_in_one_line(
        outbox: Outbox, client: WebClient, standin: StandInSlack, caplog: pytest.LogCaptureFixture) -> None:
    where = channel()
    standin.fail("chat.postMessage", 503, times=None, where=lambda body: body.get("channel") == where)
    outbox.call(client.chat_postMessage, channel=where, text="x")
    standin.wait_for("chat.postMessage", count=3, ok_only=False, where=lambda c: c.body.get("channel") == where)
    deadline = time.monotonic() + 5
    while not [r for r in caplog.records if "failed after retries" in r.getMessage()]:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    [line] = [r.getMessage() for r in caplog.records if "failed after retries" in r.getMessage()]
    assert line == "Slack API chat.postMessage failed after retries: HTTP 503 internal_error"
    assert [c.status for c in posts_to(where, standin)] == [503, 503, 503]


def test_a_rate_limited_response_url_is_retried_too(outbox: Outbox, standin: StandInSlack) -> None:
    url = standin.response_url(f"limited-{uuid.uuid4().hex[:6]}")
    marker = uuid.uuid4().hex
    standin.fail(RESPONSE_URL_METHOD, 429, retry_after=0, where=lambda body: body.get("text") == marker)
    outbox.respond(url, {"text": marker})
    calls = standin.wait_for(RESPONSE_URL_METHOD, count=2, ok_only=False, where=lambda c: c.path in url)
    assert [c.status for c in calls] == [429, 200]


def test_too_many_waiting_sends_are_dropped_with_a_log_line_not_kept_forever(
        client: WebClient, standin: StandInSlack, caplog: pytest.LogCaptureFixture) -> None:
    small = Outbox(RetryScheduler(max_pending=2), timeout=1)
    where = channel()
    standin.fail("chat.postMessage", 429, times=None, retry_after=30, where=lambda body: body.get("channel") == where)
    for _ in range(3):
        small.call(client.chat_postMessage, channel=where, text="x")
    assert small.scheduler.pending() == 2
    assert [r.getMessage() for r in caplog.records if "dropped" in r.getMessage()] == [
        "Slack API chat.postMessage dropped: 2 sends already wait for a retry (HTTP 429 ratelimited)"]


@pytest.mark.parametrize(("header", "seconds"), [("20", 20.0), ("0", 0.0), ("-3", 0.0), ("abc", 1.0), ("nan", 1.0),
                                                 ("inf", 1.0), ("1e9", 120.0), (None, 1.0)])
def test_the_wait_slack_asks_for_is_bounded_whatever_the_header_says(header: str | None, seconds: float) -> None:
    refused = ResponseUrlRefused(429, "", {"Retry-After": header} if header is not None else {})
    assert _retry_after(refused) == seconds
