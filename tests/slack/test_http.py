"""The HTTP endpoint: signatures, url_verification, health, Slack's retries and Web API failures."""

from __future__ import annotations

import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from unittest.mock import Mock
from urllib.parse import urlparse

import pytest
from slack_bolt import BoltContext
from slack_sdk import WebClient
from slack_sdk.signature import SignatureVerifier

from bot.slack.errors import handle_error
from tests.slack.server import Gunicorn, app_env
from tests.slack.slack_requests import SIGNING_SECRET, USER_ID, SlackSide, command_body, new_ts, sign
from tests.slack.standin import StandInSlack


def test_url_verification_echoes_the_challenge(slack: SlackSide) -> None:
    response = slack.url_verification("kyodo-challenge-123")
    assert response.status == 200
    assert response.json() == {"challenge": "kyodo-challenge-123"}


def test_healthz(slack: SlackSide) -> None:
    assert slack.get("/healthz").status == 200


def signed_with_timestamp(body: str, timestamp: str) -> dict[str, str]:
    """A correct HMAC over `timestamp` exactly as written, so that only the timestamp is wrong."""
    signature = SignatureVerifier(SIGNING_SECRET).generate_signature(timestamp=timestamp, body=body)
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature or ""}


def bad_headers(case: str, body: str) -> tuple[dict[str, str], str]:
    """Headers (and the body actually sent) for one way a request can fail verification."""
    now = str(int(time.time()))
    good = sign(body)
    return {
        "forged": ({"X-Slack-Request-Timestamp": now, "X-Slack-Signature": "v0=" + "0" * 64}, body),
        "missing": ({}, body),
        "no timestamp": ({"X-Slack-Signature": good["X-Slack-Signature"]}, body),
        "no signature": ({"X-Slack-Request-Timestamp": now}, body),
        "empty signature": ({"X-Slack-Request-Timestamp": now, "X-Slack-Signature": ""}, body),
        "not a v0 signature": ({"X-Slack-Request-Timestamp": now,
                                "X-Slack-Signature": good["X-Slack-Signature"].replace("v0=", "v1=")}, body),
        "stale": (sign(body, timestamp=int(time.time()) - 10 * 60), body),
        "from the future": (sign(body, timestamp=int(time.time()) + 10 * 60), body),
        "other secret": (sign(body, secret="not-" + SIGNING_SECRET), body),
        "body changed": (good, body.replace("%E5%BE%8C%E6%8F%B4", "x").replace("後援", "委託")),
        "timestamp abc": (signed_with_timestamp(body, "abc"), body),
        "timestamp 1.5": (signed_with_timestamp(body, "1.5"), body),
        "empty timestamp": (signed_with_timestamp(body, ""), body),
        "negative timestamp": (signed_with_timestamp(body, "-5"), body),
        "huge timestamp": (signed_with_timestamp(body, "9" * 40), body),
    }[case]


BAD_CASES = ["forged", "missing", "no timestamp", "no signature", "empty signature", "not a v0 signature", "stale",
             "from the future", "other secret", "body changed", "timestamp abc", "timestamp 1.5", "empty timestamp",
             "negative timestamp", "huge timestamp"]


def test_requests_failing_verification_get_401_and_cause_no_outbound_call(
        slack: SlackSide, standin: StandInSlack, web: Gunicorn) -> None:
    """Whatever fails verification is refused before its body is read as a request: no reply to the
    channel an event names, no POST to the response_url a command names, no traceback."""
    log_start = len(web.log())
    statuses: dict[str, list[int]] = {}
    named: dict[str, str] = {}  # a channel or response_url path → the case that named it
    for case in BAD_CASES:
        channel = f"C401{uuid.uuid4().hex[:8].upper()}"
        response_url = standin.response_url(f"unverified-{uuid.uuid4().hex[:8]}")
        named[channel] = named[urlparse(response_url).path] = case
        event = slack.event_body({"type": "app_mention", "user": USER_ID, "text": "<@U0KYODO> 後援は協働？",
                                  "ts": new_ts(), "channel": channel})
        command = command_body("後援は協働？", response_url, channel=channel)
        statuses[case] = []
        for body, content_type in ((event, "application/json"), (command, "application/x-www-form-urlencoded")):
            headers, sent = bad_headers(case, body)
            response = slack.post("/slack/events", sent, content_type, headers, signed=False)
            statuses[case].append(response.status)
    assert statuses == {case: [401, 401] for case in BAD_CASES}
    standin.assert_no_call(lambda c: c.body.get("channel") in named or c.path in named)
    assert "Traceback" not in web.log()[log_start:]


def test_the_error_handler_never_acts_on_a_body_bolt_did_not_let_in(slack: SlackSide, standin: StandInSlack) -> None:
    """Had an unverified request reached Bolt and Bolt's own check raised, the error handler would
    find no mark from our first middleware and tell nobody: no Web API call, no response_url POST."""
    client = Mock(spec=WebClient)
    event = json.loads(slack.event_body({"type": "app_mention", "user": USER_ID, "text": "x", "ts": new_ts(),
                                         "channel": "C0KYODO1"}))
    response_url = standin.response_url(f"guard-{uuid.uuid4().hex[:8]}")
    handle_error(ValueError("invalid literal for int() with base 10: 'abc'"), event, client, BoltContext())
    handle_error(ValueError("invalid literal for int() with base 10: '1.5'"), {"response_url": response_url},
                 client, BoltContext())
    assert client.mock_calls == []
    # handle_error returns only after its calls: anything it sent has arrived by now.
    assert [c for c in standin.calls() if c.path == urlparse(response_url).path] == []


def skipped_deliveries(log: str, event_id: str) -> list[str]:
    return [line for line in log.splitlines() if f"skipped a repeated delivery of {event_id} " in line]


def wait_for_skips(web: Gunicorn, log_start: int, event_id: str, count: int, timeout: float = 10) -> list[str]:
    """The log lines of `count` deliveries of `event_id` recognised as repeats: after them, nothing more can post."""
    deadline = time.monotonic() + timeout
    while len(lines := skipped_deliveries(web.log()[log_start:], event_id)) < count:
        assert time.monotonic() < deadline, f"{len(lines)} of {count} repeats of {event_id} were logged"
        time.sleep(0.02)
    return lines


def test_retried_event_is_answered_once_and_the_repeats_are_logged_without_the_question(
        slack: SlackSide, standin: StandInSlack, web: Gunicorn) -> None:
    ts, event_id = new_ts(), f"EvRETRY{uuid.uuid4().hex[:8].upper()}"
    question = "後援は協働？"
    body_event = {"type": "app_mention", "user": "U0STAFF1", "text": f"<@U0KYODO> {question}", "ts": ts,
                  "channel": "C0KYODO1"}
    log_start = len(web.log())
    responses = [slack.event(body_event, event_id=event_id, retry_num=n) for n in (None, 1, 2)]
    assert [r.status for r in responses] == [200, 200, 200]
    lines = wait_for_skips(web, log_start, event_id, count=2)
    answers = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
    assert len(answers) == 1, "every delivery has been decided: one answered, two skipped"
    for line in lines:
        assert f"(question of {len(body_event['text'])} characters)" in line
        assert question not in line


def test_retries_landing_on_both_gunicorn_workers_are_answered_once(slack: SlackSide, standin: StandInSlack,
                                                                    web: Gunicorn) -> None:
    """Deliveries of one event_id spread over both worker processes still produce one answer."""
    ts, event_id = new_ts(), f"EvACROSS{uuid.uuid4().hex[:8].upper()}"
    event = {"type": "app_mention", "user": "U0STAFF1", "text": "<@U0KYODO> 委託の注意点は？", "ts": ts,
             "channel": "C0KYODO1"}
    log_start = len(web.log())
    sent = 0
    pids: set[str] = set()
    with ThreadPoolExecutor(8) as pool:
        for _ in range(10):  # the kernel picks the worker; a few rounds reach both
            statuses = list(pool.map(lambda n: slack.event(event, event_id=event_id, retry_num=n).status,
                                     range(8)))
            assert statuses == [200] * 8
            sent += len(statuses)
            deadline = time.monotonic() + 2  # gunicorn writes the access line just after the response
            while len(web.access_pids(since=log_start)) < sent and time.monotonic() < deadline:
                time.sleep(0.02)
            pids = set(web.access_pids(since=log_start))
            if len(pids) >= 2:
                break
    assert len(pids) == 2, "the deliveries should have reached both worker processes"
    wait_for_skips(web, log_start, event_id, count=sent - 1)
    answers = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
    assert len(answers) == 1, "every delivery has been decided: one answered, the rest skipped"


def test_rate_limited_post_is_retried_after_retry_after(slack: SlackSide, standin: StandInSlack) -> None:
    ts = new_ts()
    standin.fail("chat.postMessage", 429, times=1, retry_after=1, where=lambda body: body.get("thread_ts") == ts)
    slack.mention("後援は協働？", ts=ts)
    standin.wait_for("chat.postMessage", timeout=10, where=lambda c: c.body.get("thread_ts") == ts)
    attempts = [c for c in standin.calls("chat.postMessage", ok_only=False) if c.body.get("thread_ts") == ts]
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.0, "sent again only once Retry-After has passed"


def test_server_errors_are_retried_then_logged_in_one_line_and_the_app_keeps_serving(
        slack: SlackSide, standin: StandInSlack, web: Gunicorn) -> None:
    ts = new_ts()
    standin.fail("chat.postMessage", 500, times=None, where=lambda body: body.get("thread_ts") == ts)
    log_start = len(web.log())
    slack.mention("後援は協働？", ts=ts)
    attempts = standin.wait_for("chat.postMessage", count=3, ok_only=False, timeout=15,
                                where=lambda c: c.body.get("thread_ts") == ts)
    assert [c.status for c in attempts] == [500, 500, 500], "one try and two retries"
    deadline = time.monotonic() + 5
    while "failed after retries" not in web.log()[log_start:] and time.monotonic() < deadline:
        time.sleep(0.05)
    log = web.log()[log_start:]
    failures = [line for line in log.splitlines() if "failed after retries" in line]
    assert len(failures) == 1 and "chat.postMessage" in failures[0] and "HTTP 500" in failures[0]
    assert "Traceback" not in log

    standin.clear_failures()
    later = new_ts()
    slack.mention("委託の注意点は？", ts=later)
    [answer] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == later)
    assert "testshi#forms-outsourcing" in json.dumps(answer.body["blocks"])



def test_start_up_logs_no_warning_about_an_unused_token(web: Gunicorn) -> None:
    """Bolt warned at every start that SLACK_BOT_TOKEN "will be unused", though it is the client's own token."""
    assert "Booting worker" in web.log()
    assert "will be unused" not in web.log()


def test_a_token_slack_rejects_stops_start_up_with_one_clear_line(standin: StandInSlack, tmp_path: Path) -> None:
    standin.answer("auth.test", {"ok": False, "error": "invalid_auth"})
    server = Gunicorn(app_env(standin.api_url, tmp_path), tmp_path / "gunicorn.log")
    with pytest.raises(RuntimeError):
        server.start()
    # --preload loads the app in gunicorn's master: one line and exit 2, not a loop of failing workers.
    assert server.process is not None and server.process.returncode == 2
    errors = [line for line in server.log().splitlines() if line.startswith("kyodo: configuration error:")]
    assert len(errors) == 1 and "SLACK_BOT_TOKEN was rejected by Slack" in errors[0] and "invalid_auth" in errors[0]
