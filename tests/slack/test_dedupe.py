"""The event ledger: once per event across processes, never in the ack's way, pruned in batches, shrinking.

The first tests use the ledger directly on a real SQLite file; the last ones run the `web:`
process and lock or fill its state file from outside, as another process or months of use would.
"""

from __future__ import annotations

import re
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.slack import dedupe
from bot.slack.dedupe import SQLiteEventLedger
from tests.slack.server import Gunicorn, app_env
from tests.slack.slack_requests import SlackSide, new_ts
from tests.slack.standin import StandInSlack

DAY = 24 * 3600


def fill(path: Path, rows: int, seen_at: float) -> None:
    with sqlite3.connect(path, isolation_level=None) as db:
        db.execute("BEGIN")
        prefix = f"EvOLD{uuid.uuid4().hex[:8]}-"
        db.executemany("INSERT INTO seen_events VALUES (?, ?)", ((f"{prefix}{i}", seen_at) for i in range(rows)))
        db.execute("COMMIT")
    db.close()


def count(path: Path, where: str = "1", *args: float) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute(f"SELECT count(*) FROM seen_events WHERE {where}", args).fetchone()[0]
    finally:
        db.close()


def pages(path: Path) -> tuple[int, int]:
    """(pages in the file, of which free)."""
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA page_count").fetchone()[0], db.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        db.close()


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SQLiteEventLedger]:
    ledger = SQLiteEventLedger(tmp_path / "state.sqlite3", prune_every=None)
    yield ledger
    ledger.close()


def test_an_event_is_first_only_once_across_ledgers_on_one_file(ledger: SQLiteEventLedger) -> None:
    other = SQLiteEventLedger(ledger.path, prune_every=None)  # as another worker process opens it
    assert ledger.first_time("Ev1") is True
    assert other.first_time("Ev1") is False
    assert ledger.first_time("Ev1") is False
    assert other.first_time("Ev2") is True


def test_noting_an_event_never_prunes(ledger: SQLiteEventLedger) -> None:
    """Pruning is the background thread's job; the listener's call only inserts."""
    fill(ledger.path, 5_000, time.time() - 3 * DAY)
    assert ledger.first_time("EvNEW") is True
    assert count(ledger.path) == 5_001


def test_pruning_deletes_old_rows_in_batches_and_gives_the_pages_back(
        ledger: SQLiteEventLedger, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dedupe, "PRUNE_BATCH", 500)
    fill(ledger.path, 5_000, time.time() - 3 * DAY)
    fill(ledger.path, 3, time.time() - 60)
    before, _ = pages(ledger.path)
    statements: list[str] = []
    connect = ledger._connect

    def traced(busy_seconds: float) -> sqlite3.Connection:
        db = connect(busy_seconds)
        db.set_trace_callback(statements.append)
        return db

    monkeypatch.setattr(ledger, "_connect", traced)
    assert ledger.prune() == 5_000
    assert count(ledger.path) == 3, "rows younger than a day stay"
    deletes = [s for s in statements if s.startswith("DELETE")]
    assert len(deletes) == 11, "5,000 rows in batches of 500, and one batch that finds none"
    after, free = pages(ledger.path)
    assert free == 0 and after < before / 5, f"the file should shrink: {before} pages, now {after}"


def test_a_file_from_before_is_converted_so_that_it_can_shrink(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path, isolation_level=None) as db:  # the schema as earlier versions created it
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE seen_events (event_id TEXT PRIMARY KEY, seen_at REAL NOT NULL)")
        db.execute("CREATE INDEX seen_events_at ON seen_events (seen_at)")
    db.close()
    fill(path, 5_000, time.time() - 3 * DAY)
    ledger = SQLiteEventLedger(path, prune_every=None)
    assert count(path) == 5_000, "converting keeps every row"
    before, _ = pages(path)
    ledger.prune()
    after, free = pages(path)
    assert free == 0 and after < before / 5


def test_a_locked_store_is_answered_without_the_check(ledger: SQLiteEventLedger,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    holder = sqlite3.connect(ledger.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert ledger.first_time("EvLOCKED") is True
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    [line] = [r.getMessage() for r in caplog.records if "EvLOCKED" in r.getMessage()]
    assert "answering without the check" in line and "locked" in line


def test_a_broken_store_is_answered_without_the_check(ledger: SQLiteEventLedger) -> None:
    for leftover in ledger.path.parent.glob(ledger.path.name + "-*"):
        leftover.unlink()
    ledger.path.write_bytes(b"not a database " * 1000)
    assert ledger.first_time("EvBROKEN") is True
    assert ledger.first_time("EvBROKEN") is True, "it cannot tell, so it answers"


# --- the web: process --------------------------------------------------------------------------
def test_a_locked_state_file_gets_a_prompt_ack_and_exactly_one_answer(slack: SlackSide, standin: StandInSlack,
                                                                      web: Gunicorn) -> None:
    """Another process holds the file's write lock: Slack still gets its 200 at once, the asker gets
    the answer (not an error message), and the log names the event, not the question."""
    ts = new_ts()
    event_id = f"EvLOCK{uuid.uuid4().hex[:8].upper()}"
    question = f"後援は協働に当たりますか？{uuid.uuid4().hex[:6]}"
    log_start = len(web.log())
    holder = sqlite3.connect(web.env["KYODO_STATE_PATH"], isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        response = slack.mention(question, ts=ts, event_id=event_id)
        acked = time.monotonic() - started
        [answer] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert response.status == 200
    assert acked < 3, "Slack's limit for the ack"
    assert "エラー" not in answer.body["text"] and "testshi#forms-support" in str(answer.body["blocks"])
    standin.assert_no_call(lambda c: c.body.get("thread_ts") == ts and c is not answer)
    log = web.log()[log_start:]
    assert re.search(rf"de-dupe store .* unusable for {event_id} .*locked", log)
    assert question not in log


@pytest.fixture
def years_of_state(tmp_path: Path) -> Path:
    """A state file as months of use left it before pruning moved: old schema, 200,000 old rows."""
    path = tmp_path / "state.sqlite3"
    with sqlite3.connect(path, isolation_level=None) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE seen_events (event_id TEXT PRIMARY KEY, seen_at REAL NOT NULL)")
        db.execute("CREATE INDEX seen_events_at ON seen_events (seen_at)")
    db.close()
    fill(path, 200_000, time.time() - 3 * DAY)
    return path


def test_200000_old_rows_are_pruned_off_the_ack_path_and_the_file_shrinks(
        standin: StandInSlack, years_of_state: Path, tmp_path: Path) -> None:
    before, _ = pages(years_of_state)
    server = Gunicorn(app_env(standin.api_url, years_of_state), tmp_path / "gunicorn.log")
    with server:
        ts = new_ts()
        started = time.monotonic()
        response = SlackSide(server.url).mention("後援は協働？", ts=ts)
        acked = time.monotonic() - started
        standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
        deadline = time.monotonic() + 30
        while sum(map(int, re.findall(r"removed (\d+) events older", server.log()))) < 200_000:
            assert time.monotonic() < deadline, f"pruning did not finish:\n{server.log()[-2000:]}"
            time.sleep(0.05)
    assert response.status == 200 and acked < 3
    assert count(years_of_state, "seen_at < ?", time.time() - DAY) == 0
    assert count(years_of_state) == 1, "the new event stays"
    after, free = pages(years_of_state)
    assert after < before / 10 and free < 50, f"the file should shrink: {before} pages, now {after} ({free} free)"
