"""Retention: what is older than the configured period is forgotten, in bounded steps, off the request path."""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, select

from bot.store import Channel, QuestionRecord, Store
from bot.store.records import utc_now
from bot.store.retention import BATCH, prune_step
from bot.store.schema import questions, seen_events, votes
from tests.store.conftest import SECRET

OLD = 1200  # more than two pruning steps


def record(asked_at: datetime, text: str = "会議室の予約") -> QuestionRecord:
    return QuestionRecord(uuid.uuid4(), asked_at, Channel.WEB, None, text, False, False, (), (), ())


def count(store: Store, table) -> int:
    with store._writes.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


def fill(url: str, now: datetime) -> tuple[list[uuid.UUID], uuid.UUID]:
    """OLD questions (with a vote each) asked 40 days before `now`, and one asked the day before."""
    then = now - timedelta(days=40)
    past = Store.open(url, SECRET, clock=lambda: then)
    old = [past.log_question(record(then)) for _ in range(OLD)]
    for question_id in old:
        past.vote(question_id, "web:someone", False, Channel.WEB)
    assert past.close(60)
    yesterday = now - timedelta(days=1)
    current = Store.open(url, SECRET, clock=lambda: yesterday)
    recent = current.log_question(record(yesterday))
    current.vote(recent, "web:someone", True, Channel.WEB)
    assert current.close(60)
    return old, recent


def test_old_questions_and_their_votes_go_in_steps_of_a_bounded_size(any_url: str) -> None:
    now = utc_now()
    _, recent = fill(any_url, now)
    store = Store.open(any_url, SECRET, retention_days=30)
    try:
        steps = []
        while True:
            deleted, more = prune_step(store._writes, now, store.retention)
            steps.append(deleted)
            if not more:
                break
        assert max(steps) <= 3 * BATCH and len(steps) >= 3, steps
        assert count(store, questions) == 1 and count(store, votes) == 1
        assert [q.id for q in store.asked_since(now - timedelta(days=365))] == [recent]
    finally:
        store.close()


def test_the_writer_thread_prunes_once_the_process_logs(any_url: str) -> None:
    now = utc_now()
    fill(any_url, now)
    store = Store.open(any_url, SECRET, retention_days=30)
    try:
        assert count(store, questions) == OLD + 1  # opening prunes nothing: no request waits for it
        store.log_question(record(now))
        deadline = time.monotonic() + 60
        while count(store, questions) > 2 and time.monotonic() < deadline:
            time.sleep(0.05)  # waiting for the background thread's event, not deciding the result
        assert count(store, questions) == 2 and count(store, votes) == 1
    finally:
        store.close()


def test_slack_event_ids_are_kept_for_a_day(any_url: str) -> None:
    now = utc_now()
    yesterday = Store.open(any_url, SECRET, clock=lambda: now - timedelta(hours=25))
    assert yesterday.first_time("Ev-old")
    yesterday.close()
    store = Store.open(any_url, SECRET)
    try:
        assert store.first_time("Ev-new")
        prune_step(store._writes, now, store.retention)
        assert count(store, seen_events) == 1
        assert store.first_time("Ev-old") and not store.first_time("Ev-new")
    finally:
        store.close()


def test_old_event_ids_are_pruned_in_the_background_also_when_no_question_is_logged(any_url: str) -> None:
    """Slack de-duplication uses the store even with a retention of 0 days (nothing logged)."""
    now = utc_now()
    yesterday = Store.open(any_url, SECRET, clock=lambda: now - timedelta(hours=25))
    assert all(yesterday.first_time(f"Ev-old-{i}") for i in range(3))
    yesterday.close()
    store = Store.open(any_url, SECRET, retention_days=0)
    try:
        assert count(store, seen_events) == 3  # opening prunes nothing
        assert store.first_time("Ev-new")
        deadline = time.monotonic() + 60
        while count(store, seen_events) > 1 and time.monotonic() < deadline:
            time.sleep(0.05)  # waiting for the background thread's event, not deciding the result
        assert count(store, seen_events) == 1
    finally:
        store.close()


def test_kyodo_db_prune_forgets_everything_past_retention(sqlite_url: str) -> None:
    fill(sqlite_url, utc_now())
    store = Store.open(sqlite_url, SECRET, retention_days=30)
    try:
        assert store.prune() == 2 * OLD
        assert count(store, questions) == 1
    finally:
        store.close()


def test_a_sqlite_file_gives_pruned_pages_back(sqlite_url: str) -> None:
    fill(sqlite_url, utc_now())
    store = Store.open(sqlite_url, SECRET, retention_days=30)
    try:
        with store._writes.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA auto_vacuum").scalar_one() == 2  # incremental
            before = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
        store.prune()
        with store._writes.connect() as connection:
            after = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
            free = connection.exec_driver_sql("PRAGMA freelist_count").scalar_one()
        assert after < before and free < 10, (before, after, free)
    finally:
        store.close()
