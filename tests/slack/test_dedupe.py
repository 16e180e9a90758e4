"""Slack's retries are answered once, through the store's `seen_events`, by the real `web:` process.

On SQLite (the default) the worker processes of one host share the file (their race is in
test_http.py); on PostgreSQL two `web:` processes, standing for two hosts, share the database.
The ledger is asked after the ack, so a locked database delays neither the ack nor the answer,
and old event ids are pruned by the store's background thread, never by a request.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy import func, insert, select

from bot.store import Store
from bot.store.records import utc_now
from bot.store.schema import seen_events
from tests.slack.server import SECRET_KEY, Gunicorn, app_env, database_of
from tests.slack.slack_requests import CHANNEL_ID, USER_ID, SlackSide, new_ts
from tests.slack.standin import BOT_USER_ID, StandInSlack
from tests.slack.test_http import skipped_deliveries

EVENTS = 12  # each delivered to both hosts at once, and retried to both


def sqlite_path(env: dict[str, str]) -> str:
    return urlparse(database_of(env)).path.removeprefix("/")


def mention_event(question: str, ts: str) -> dict:
    return {"type": "app_mention", "user": USER_ID, "text": f"<@{BOT_USER_ID}> {question}", "ts": ts,
            "channel": CHANNEL_ID, "event_ts": ts}


def test_a_locked_database_gets_a_prompt_ack_and_exactly_one_answer(slack: SlackSide, standin: StandInSlack,
                                                                    web: Gunicorn) -> None:
    """Another process holds the database's write lock: Slack still gets its 200 at once and the asker gets
    the answer (not an error message), once; the question stays out of the server's log."""
    ts = new_ts()
    question = f"後援は協働に当たりますか？{uuid.uuid4().hex[:6]}"
    log_start = len(web.log())
    holder = sqlite3.connect(sqlite_path(web.env), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        response = slack.mention(question, ts=ts)
        acked = time.monotonic() - started
        [answer] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert response.status == 200
    assert acked < 3, "Slack's limit for the ack"
    assert "エラー" not in answer.body["text"] and "testshi#forms-support" in str(answer.body["blocks"])
    standin.assert_no_call(lambda c: c.body.get("thread_ts") == ts and c is not answer)
    assert question not in web.log()[log_start:]


def test_old_event_ids_are_pruned_off_the_ack_path(standin: StandInSlack, tmp_path: Path) -> None:
    """A database holding many old event ids: the ack does not wait for them, the background thread removes them."""
    env = app_env(standin.api_url, tmp_path)
    old = utc_now() - timedelta(days=3)
    store = Store.open(database_of(env), SECRET_KEY)  # makes the schema, as a previous run of the server did
    with store._writes.begin() as connection:
        connection.execute(insert(seen_events), [{"event_id": f"EvOLD{i}", "seen_at": old} for i in range(20_000)])
    store.close()
    with Gunicorn(env, tmp_path / "gunicorn.log") as server:
        ts = new_ts()
        started = time.monotonic()
        response = SlackSide(server.url).mention("後援は協働？", ts=ts)
        acked = time.monotonic() - started
        standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
        reader = Store.open(database_of(env), SECRET_KEY)
        try:
            deadline = time.monotonic() + 60
            while (left := _count(reader, seen_events.c.seen_at < old + timedelta(days=1))) > 0:
                assert time.monotonic() < deadline, f"{left} old event ids are left:\n{server.log()[-2000:]}"
                time.sleep(0.05)  # waiting for the background thread's work, not deciding the result
            assert _count(reader, seen_events.c.event_id.notlike("EvOLD%")) == 1, "the new event stays"
        finally:
            reader.close()
    assert response.status == 200 and acked < 3


def _count(store: Store, where) -> int:
    with store._writes.connect() as connection:
        return connection.execute(select(func.count()).select_from(seen_events).where(where)).scalar_one()


def test_two_web_processes_sharing_postgresql_answer_each_event_once(standin: StandInSlack, postgres_url: str,
                                                                     tmp_path: Path) -> None:
    """Two `web:` processes (two hosts, each with two workers) on one PostgreSQL database; every event is
    delivered to both at the same moment and retried to both: each is answered exactly once."""
    servers = []
    for host in ("host-a", "host-b"):
        folder = tmp_path / host
        folder.mkdir()
        env = app_env(standin.api_url, folder) | {"DATABASE_URL": postgres_url}
        del env["KYODO_DATABASE_PATH"]
        servers.append(Gunicorn(env, folder / "gunicorn.log"))
    with servers[0], servers[1]:
        standin.reset()
        log_starts = [len(server.log()) for server in servers]
        events = [(new_ts(), f"EvPG{uuid.uuid4().hex[:10].upper()}") for _ in range(EVENTS)]
        deliveries = [(SlackSide(server.url), ts, event_id, retry)
                      for ts, event_id in events for retry in (None, 1) for server in servers]

        def deliver(delivery: tuple) -> int:
            side, ts, event_id, retry = delivery
            return side.event(mention_event("協働の相手はどう選べばいい？", ts), event_id=event_id, retry_num=retry).status

        with ThreadPoolExecutor(8) as pool:
            assert list(pool.map(deliver, deliveries)) == [200] * len(deliveries)
        for ts, event_id in events:
            standin.wait_for("chat.postMessage", where=lambda c, ts=ts: c.body.get("thread_ts") == ts)
            deadline = time.monotonic() + 15
            while (skips := sum(len(skipped_deliveries(server.log()[start:], event_id))
                                for server, start in zip(servers, log_starts, strict=True))) < 3:
                assert time.monotonic() < deadline, f"{skips} of 3 repeats of {event_id} were recognised"
                time.sleep(0.02)
            # Every delivery has been decided: one answered, three recognised as repeats.
            posts = [c for c in standin.calls("chat.postMessage") if c.body.get("thread_ts") == ts]
            assert len(posts) == 1, f"{event_id} was answered {len(posts)} times"
