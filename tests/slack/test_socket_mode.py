"""`python -m bot.slack.transport.socket_mode`: the same app over Socket Mode, and one-line start-up errors."""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.slack.helpers import linked_sections
from tests.slack.server import FIXTURE_KNOWLEDGE, ROOT, app_env, clean_environ
from tests.slack.slack_requests import SlackSide, new_id, new_ts
from tests.slack.socket_standin import SocketModeStandIn
from tests.slack.standin import APP_TOKEN, StandInSlack


def run_worker(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.slack.transport.socket_mode"], cwd=ROOT, capture_output=True, text=True,
                          env=clean_environ() | {"KYODO_KNOWLEDGE_DIR": str(FIXTURE_KNOWLEDGE)} | env, timeout=60)


@pytest.mark.parametrize(("env", "named"), [
    ({}, "SLACK_APP_TOKEN"),
    ({"SLACK_APP_TOKEN": "xapp-1-test"}, "SLACK_BOT_TOKEN"),
    ({"SLACK_APP_TOKEN": "not-an-app-token", "SLACK_BOT_TOKEN": "xoxb-x", "SLACK_SIGNING_SECRET": "s",
      "PUBLIC_BASE_URL": "https://kyodo.example.jp"}, "SLACK_APP_TOKEN"),
    ({"SLACK_APP_TOKEN": "xapp-1-test", "SLACK_BOT_TOKEN": "xoxb-x", "PUBLIC_BASE_URL": "https://kyodo.example.jp",
      "KYODO_SOCKET_PING_SECONDS": "soon"}, "KYODO_SOCKET_PING_SECONDS"),
])
def test_missing_or_invalid_settings_exit_2_with_one_line(env: dict[str, str], named: str) -> None:
    result = run_worker(**env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and named in lines[0] and lines[0].startswith("kyodo: configuration error:")


@contextlib.contextmanager
def socket_worker(standin: StandInSlack, tmp_path: Path,
                  knowledge: Path = FIXTURE_KNOWLEDGE) -> Iterator[tuple[SocketModeStandIn, subprocess.Popen[bytes]]]:
    link = SocketModeStandIn()
    standin.socket_mode_url = link.url
    env = app_env(standin.api_url, tmp_path, knowledge) | {"SLACK_APP_TOKEN": APP_TOKEN}
    del env["SLACK_SIGNING_SECRET"]  # nothing comes over HTTP, so nothing needs signing
    env["KYODO_SOCKET_PING_SECONDS"] = "0.5"  # a lost link is noticed after five failed pings
    env["KYODO_CACHE_DIR"] = str(tmp_path / "cache")
    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen([sys.executable, "-m", "bot.slack.transport.socket_mode"], cwd=ROOT, env=env, stdout=log,
                              stderr=subprocess.STDOUT)
    try:
        link.wait_connected()
        yield link, worker
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait(timeout=5)
        log.close()
        link.stop()


@pytest.fixture
def socket_link(standin: StandInSlack, tmp_path: Path) -> Iterator[SocketModeStandIn]:
    with socket_worker(standin, tmp_path) as (link, _):
        yield link


def mention_over(link: SocketModeStandIn, standin: StandInSlack, question: str) -> dict:
    """A mention sent over the link; the answer's body as posted."""
    ts = new_ts()
    event = {"type": "app_mention", "user": "U0STAFF1", "text": f"<@U0KYODO> {question}", "ts": ts,
             "channel": "C0KYODO1", "event_ts": ts}
    envelope = new_id("envelope-")
    link.send({"envelope_id": envelope, "type": "events_api", "accepts_response_payload": False, "retry_attempt": 0,
               "retry_reason": "", "payload": json.loads(SlackSide("http://unused").event_body(event))})
    link.wait_for_ack(envelope)
    [call] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
    return call.body


def test_sighup_reloads_the_knowledge_of_the_socket_mode_worker(standin: StandInSlack, tmp_path: Path) -> None:
    from tests.web.test_reload import NEW_QA, NEW_QUESTION, fixture_copy

    knowledge = fixture_copy(tmp_path / "knowledge")
    with socket_worker(standin, tmp_path, knowledge) as (link, worker):
        link.send({"type": "hello", "num_connections": 1, "debug_info": {"host": "standin"}})
        assert "/qa#kyousai" not in str(mention_over(link, standin, NEW_QUESTION)["blocks"])
        (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA, encoding="utf-8")
        worker.send_signal(signal.SIGHUP)
        log = tmp_path / "worker.log"
        deadline = time.monotonic() + 60
        while "knowledge/ reloaded" not in log.read_text(errors="replace"):
            assert worker.poll() is None and time.monotonic() < deadline, log.read_text(errors="replace")[-2000:]
            time.sleep(0.02)
        assert "/qa#kyousai" in str(mention_over(link, standin, NEW_QUESTION)["blocks"])


def test_mention_over_socket_mode_is_acked_and_answered_once(socket_link: SocketModeStandIn,
                                                             standin: StandInSlack, tmp_path: Path) -> None:
    ts, event_id = new_ts(), new_id("EvSOCKET")
    event = {"type": "app_mention", "user": "U0STAFF1", "text": "<@U0KYODO> 後援は協働？", "ts": ts,
             "channel": "C0KYODO1", "event_ts": ts}
    payload = json.loads(SlackSide("http://unused").event_body(event, event_id=event_id))
    socket_link.send({"type": "hello", "num_connections": 1, "debug_info": {"host": "standin"}})
    for attempt in (0, 1):  # Slack re-sends an envelope it believes was lost
        envelope_id = f"envelope-{attempt}"
        socket_link.send({"envelope_id": envelope_id, "type": "events_api", "accepts_response_payload": False,
                          "retry_attempt": attempt, "retry_reason": "timeout" if attempt else "", "payload": payload})
        socket_link.wait_for_ack(envelope_id)
    # The worker logs the second delivery as a repeat: after that, nothing more can post.
    worker_log = tmp_path / "worker.log"
    deadline = time.monotonic() + 10
    while f"skipped a repeated delivery of {event_id} " not in worker_log.read_text(errors="replace"):
        assert time.monotonic() < deadline, worker_log.read_text(errors="replace")[-2000:]
        time.sleep(0.02)
    [call] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
    assert linked_sections(call.body["blocks"])[0] == "testshi#forms-support"


def test_a_dropped_connection_is_reopened_and_answers_resume(socket_link: SocketModeStandIn,
                                                              standin: StandInSlack) -> None:
    socket_link.send({"type": "hello", "num_connections": 1, "debug_info": {"host": "standin"}})
    socket_link.drop()
    socket_link.wait_connected(times=2)  # a fresh apps.connections.open and a new WebSocket
    assert len(standin.calls("apps.connections.open")) >= 2
    ts = new_ts()
    event = {"type": "app_mention", "user": "U0STAFF1", "text": "<@U0KYODO> 後援は協働？", "ts": ts,
             "channel": "C0KYODO1", "event_ts": ts}
    payload = json.loads(SlackSide("http://unused").event_body(event, event_id=new_id("EvSOCKET")))
    socket_link.send({"type": "hello", "num_connections": 1, "debug_info": {"host": "standin"}})
    socket_link.send({"envelope_id": "after-reconnect", "type": "events_api", "accepts_response_payload": False,
                      "retry_attempt": 0, "retry_reason": "", "payload": payload})
    socket_link.wait_for_ack("after-reconnect")
    standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
