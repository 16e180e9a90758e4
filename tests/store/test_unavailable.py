"""The database locked, stopped or silent: answers still go out at once, one line is logged, nothing is lost
that fits in the queue, and Slack de-duplication answers True within its deadline.

"At once" is checked without timing the answer: the store is made to wait on the database
far longer than the test is willing to wait for a page (HANG), so an answer that waited for
its log entry would fail the test rather than merely be slow.
"""

from __future__ import annotations

import logging
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from bot.store import Store, database_url
from bot.store.database import Patience
from tests.store.conftest import SECRET, client_for

HANG = 30.0  # seconds: longer than any answer takes, far shorter than the store is told to wait
FOREVER = Patience(lock=600.0, connect=600, statement=600.0)
IMPATIENT = Patience(lock=0.2, connect=2, statement=1.0)
QUESTION = "後援は協働になりますか"
PASSAGE_MARK = "指針の該当箇所"


def within_hang(action: Callable[[], Any]) -> Any:
    """Run `action` in a thread; fail if it has not returned after HANG seconds."""
    outcome: dict[str, Any] = {}
    thread = threading.Thread(target=lambda: outcome.setdefault("value", action()), daemon=True)
    thread.start()
    thread.join(HANG)
    if thread.is_alive():
        pytest.fail(f"still waiting after {HANG} s: the answer waited for the database")
    return outcome["value"]


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    """Wait for an event the test expects (polling), failing after `timeout`."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


def store_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "kyodo.store" and r.levelno >= logging.WARNING]


@contextmanager
def sqlite_locked(url: str) -> Iterator[None]:
    """Another process's write transaction: nobody else can write until it ends."""
    holder = sqlite3.connect(make_url(url).database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@contextmanager
def black_hole() -> Iterator[int]:
    """A port that accepts TCP connections and never says a word, like a server that hangs."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        yield listener.getsockname()[1]


def test_with_sqlite_locked_the_answer_goes_out_and_the_log_catches_up(sqlite_url, engine) -> None:
    store = Store.open(sqlite_url, SECRET, patience=FOREVER)
    client = client_for(store, engine)
    try:
        with sqlite_locked(sqlite_url):
            for path in ("/", "/api/ask"):
                response = within_hang(lambda p=path: client.get(p, query_string={"q": QUESTION}))
                assert response.status_code == 200
            assert PASSAGE_MARK in client.get("/", query_string={"q": QUESTION}).get_data(as_text=True)
            assert store.pending() == 3  # the writer is still waiting for the lock
        assert store.flush(60)
        assert sorted(q.channel for q in store.asked_since(datetime(2000, 1, 1))) == ["api", "web", "web"]
    finally:
        store.close()


def test_a_locked_database_is_one_log_line_however_many_questions(sqlite_url, engine, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="kyodo.store")
    store = Store.open(sqlite_url, SECRET, patience=IMPATIENT)
    client = client_for(store, engine)
    try:
        with sqlite_locked(sqlite_url):
            for i in range(20):
                assert within_hang(lambda i=i: client.get("/", query_string={"q": f"{QUESTION} {i}"})).status_code == 200
            wait_for(lambda: store.complaints.unlogged("write") >= 2, "the writer to fail three times")
            lines = store_lines(caplog)
            assert len(lines) == 1, lines
            assert "cannot write to the database" in lines[0] and "answers are served" in lines[0]
            assert QUESTION not in lines[0]  # no question text in the log
        assert store.flush(60)
        assert store.count_questions() == 20
        lines = store_lines(caplog)
        assert len(lines) == 2 and "accepts writes again" in lines[1]
    finally:
        store.close()


def test_with_postgresql_stopped_answers_go_out_and_are_logged_when_it_is_back(
        postgres_server, postgres_url, engine, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="kyodo.store")
    store = Store.open(database_url(postgres_url), SECRET)
    client = client_for(store, engine)
    try:
        postgres_server.stop()
        try:
            for i in range(5):
                response = within_hang(lambda i=i: client.get("/", query_string={"q": f"{QUESTION} {i}"}))
                assert response.status_code == 200 and PASSAGE_MARK in response.get_data(as_text=True)
            wait_for(lambda: store.complaints.in_trouble("write"), "the writer to notice")
            assert store.pending() == 5
            assert store.first_time("Ev-while-down") and store.first_time("Ev-while-down")  # degraded: answer
        finally:
            postgres_server.start()
        assert store.flush(60)  # the kept records are written once the server is back
        assert store.count_questions() == 5
        assert store.first_time("Ev-after") and not store.first_time("Ev-after")
        lines = store_lines(caplog)
        assert sum("cannot write to the database" in line for line in lines) == 1, lines
    finally:
        store.close()


def test_a_store_opened_while_postgresql_was_down_makes_its_schema_once_it_is_back(
        postgres_server, postgres_url, engine) -> None:
    postgres_server.stop()
    try:
        store = within_hang(lambda: Store.open(database_url(postgres_url), SECRET))
        client = client_for(store, engine)
        assert within_hang(lambda: client.get("/", query_string={"q": QUESTION})).status_code == 200
        assert store.first_time("Ev-early")  # cannot tell yet: answers
    finally:
        postgres_server.start()
    try:
        assert store.first_time("Ev-1", deadline=30) and not store.first_time("Ev-1", deadline=30)
        assert store.flush(60) and store.count_questions() == 1
    finally:
        store.close()


def test_a_sqlite_file_that_cannot_be_made_is_reported_and_answers_go_out(tmp_path, engine, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="kyodo.store")
    (tmp_path / "a-file").write_text("not a folder")
    store = Store.open(database_url("", tmp_path / "a-file" / "kyodo.sqlite3"), SECRET)
    client = client_for(store, engine)
    try:
        assert within_hang(lambda: client.get("/", query_string={"q": QUESTION})).status_code == 200
        assert store.first_time("Ev1", deadline=1.0)
        assert any("is not available" in line for line in store_lines(caplog))
    finally:
        store.close(timeout=0)


def test_a_server_that_never_answers_delays_neither_answers_nor_slack_acks(engine, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="kyodo.store")
    with black_hole() as port:
        url = database_url(f"postgresql://kyodo@127.0.0.1:{port}/kyodo")
        # start-up gives up on the schema after its connect timeout, and serves anyway
        store = within_hang(lambda: Store.open(url, SECRET, patience=IMPATIENT))
        client = client_for(store, engine)
        try:
            for path in ("/", "/api/ask"):
                response = within_hang(lambda p=path: client.get(p, query_string={"q": QUESTION}))
                assert response.status_code == 200
            assert within_hang(lambda: store.first_time("Ev1", deadline=1.0)) is True
            assert within_hang(lambda: store.first_time("Ev1", deadline=1.0)) is True
            assert store.pending() == 2
            lines = store_lines(caplog)
            assert any("not available" in line for line in lines) and any("de-duplication" in line for line in lines)
            assert len(lines) <= 3, lines
        finally:
            store.close(timeout=0)


def test_with_sqlite_locked_slack_de_duplication_answers_true_within_its_deadline(sqlite_url) -> None:
    store = Store.open(sqlite_url, SECRET)
    try:
        assert store.first_time("Ev1")
        with sqlite_locked(sqlite_url):
            assert within_hang(lambda: store.first_time("Ev2", deadline=1.0)) is True
            assert within_hang(lambda: store.first_time("Ev1", deadline=1.0)) is True  # cannot tell: answers
        assert not store.first_time("Ev1")
    finally:
        store.close()


def test_a_full_queue_drops_and_says_so_once(sqlite_url, engine, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="kyodo.store")
    store = Store.open(sqlite_url, SECRET, patience=FOREVER, capacity=5)
    client = client_for(store, engine)
    try:
        with sqlite_locked(sqlite_url):
            wait_for(lambda: store.pending() == 0, "an idle writer")
            for i in range(12):
                assert within_hang(lambda i=i: client.get("/", query_string={"q": f"{QUESTION} {i}"})).status_code == 200
            lines = [line for line in store_lines(caplog) if "dropped" in line]
            assert len(lines) == 1, lines
            assert store.dropped > 0
        assert store.flush(60)
        assert store.count_questions() + store.dropped == 12
    finally:
        store.close()
