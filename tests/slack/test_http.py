"""The HTTP endpoint: signatures, url_verification, health, Slack's retries and Web API failures."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.slack.server import Gunicorn, app_env
from tests.slack.slack_requests import SIGNING_SECRET, SlackSide, sign
from tests.slack.standin import StandInSlack


def test_url_verification_echoes_the_challenge(slack: SlackSide) -> None:
    response = slack.url_verification("kyodo-challenge-123")
    assert response.status == 200
    assert response.json() == {"challenge": "kyodo-challenge-123"}


def test_healthz(slack: SlackSide) -> None:
    assert slack.get("/healthz").status == 200


@pytest.mark.parametrize("case", ["forged", "missing", "stale", "other-secret", "body-changed"])
def test_unsigned_or_badly_signed_requests_get_401_and_nothing_is_posted(case: str, slack: SlackSide,
                                                                        standin: StandInSlack) -> None:
    body = slack.event_body({"type": "app_mention", "user": "U0STAFF1", "text": "<@U0KYODO> 後援は協働？",
                             "ts": "1.000001", "channel": "C0KYODO1"})
    headers = {"Content-Type": "application/json"}
    if case == "forged":
        headers |= {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": "v0=" + "0" * 64}
    elif case == "stale":
        headers |= sign(body, timestamp=int(time.time()) - 10 * 60)
    elif case == "other-secret":
        headers |= sign(body, secret="not-" + SIGNING_SECRET)
    elif case == "body-changed":
        headers |= sign(body)
        body = body.replace("後援", "委託")
    response = slack.post("/slack/events", body, "application/json", headers, signed=False)
    assert response.status == 401
    standin.settle(0.3)
    assert standin.calls() == []


def test_retried_event_is_answered_once(slack: SlackSide, standin: StandInSlack) -> None:
    body_event = {"type": "app_mention", "user": "U0STAFF1", "text": "<@U0KYODO> 後援は協働？", "ts": "2.000001",
                  "channel": "C0KYODO1"}
    responses = [slack.event(body_event, event_id="EvRETRY0001", retry_num=n) for n in (None, 1, 2)]
    assert [r.status for r in responses] == [200, 200, 200]
    standin.wait_for("chat.postMessage")
    standin.settle()
    assert len(standin.calls("chat.postMessage")) == 1


def test_retries_landing_on_both_gunicorn_workers_are_answered_once(slack: SlackSide, standin: StandInSlack,
                                                                    web: Gunicorn) -> None:
    """Deliveries of one event_id spread over both worker processes still produce one answer."""
    event = {"type": "app_mention", "user": "U0STAFF1", "text": "<@U0KYODO> 委託の注意点は？", "ts": "3.000001",
             "channel": "C0KYODO1"}
    log_start = len(web.log())
    sent = 0
    pids: set[str] = set()
    with ThreadPoolExecutor(8) as pool:
        for _ in range(10):  # the kernel picks the worker; a few rounds reach both
            statuses = list(pool.map(lambda n: slack.event(event, event_id="EvACROSS0001", retry_num=n).status,
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
    standin.wait_for("chat.postMessage")
    standin.settle()
    assert len(standin.calls("chat.postMessage")) == 1


def test_rate_limited_post_is_retried_after_retry_after(slack: SlackSide, standin: StandInSlack) -> None:
    standin.fail("chat.postMessage", 429, times=1, retry_after=1)
    slack.mention("後援は協働？")
    [answer] = standin.wait_for("chat.postMessage", timeout=10)
    attempts = standin.calls("chat.postMessage")
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.0, "the client waits as long as Retry-After says"
    assert answer.body["thread_ts"]


def test_server_errors_are_retried_then_logged_in_one_line_and_the_app_keeps_serving(
        slack: SlackSide, standin: StandInSlack, web: Gunicorn) -> None:
    standin.fail("chat.postMessage", 500, times=None)
    log_start = len(web.log())
    slack.mention("後援は協働？")
    attempts = standin.wait_for("chat.postMessage", count=3, ok_only=False, timeout=15)
    assert [c.status for c in attempts] == [500, 500, 500], "one try and two retries"
    deadline = time.monotonic() + 5
    while "failed after retries" not in web.log()[log_start:] and time.monotonic() < deadline:
        time.sleep(0.05)
    log = web.log()[log_start:]
    failures = [line for line in log.splitlines() if "failed after retries" in line]
    assert len(failures) == 1 and "chat.postMessage" in failures[0] and "HTTP 500" in failures[0]
    assert "Traceback" not in log

    standin.clear_failures()
    slack.mention("委託の注意点は？")
    [answer] = standin.wait_for("chat.postMessage")
    assert "testshi#forms-outsourcing" in json.dumps(answer.body["blocks"])



def test_a_token_slack_rejects_stops_start_up_with_one_clear_line(standin: StandInSlack, tmp_path: Path) -> None:
    standin.answer("auth.test", {"ok": False, "error": "invalid_auth"})
    server = Gunicorn(app_env(standin.api_url, tmp_path / "state.sqlite3"), tmp_path / "gunicorn.log")
    with pytest.raises(RuntimeError):
        server.start()
    # --preload loads the app in gunicorn's master: one line and exit 2, not a loop of failing workers.
    assert server.process is not None and server.process.returncode == 2
    errors = [line for line in server.log().splitlines() if line.startswith("kyodo: configuration error:")]
    assert len(errors) == 1 and "SLACK_BOT_TOKEN was rejected by Slack" in errors[0] and "invalid_auth" in errors[0]
