"""Several processes on one database: 4 × 1,000 questions with none lost, and each Slack event taken once."""

from __future__ import annotations

import random

from sqlalchemy import func, select

from bot.store import Store
from bot.store.schema import questions
from tests.store.conftest import SECRET
from tests.store.processes import log_questions, run_together, take_events

PROCESSES = 4
QUESTIONS_EACH = 1000


def test_four_processes_log_a_thousand_questions_each_and_none_is_lost(any_url: str) -> None:
    Store.open(any_url, SECRET).close()  # the schema exists before the race, as after a server's start
    reports = run_together(log_questions, [(any_url, SECRET, p, QUESTIONS_EACH) for p in range(PROCESSES)])
    assert reports == [{"dropped": 0, "flushed": 1}] * PROCESSES
    store = Store.open(any_url, SECRET)
    try:
        with store._writes.connect() as connection:
            total, distinct = connection.execute(
                select(func.count(), func.count(questions.c.question.distinct()))).one()
        assert total == distinct == PROCESSES * QUESTIONS_EACH
    finally:
        store.close()


def test_two_processes_asked_about_the_same_slack_events_take_each_once(any_url: str) -> None:
    # On a busy machine SQLite's lock can keep one process waiting until the other has taken every event;
    # that run proves nothing about the race, so up to three runs (fresh ids each) must show one where both took some.
    raced = False
    for attempt in range(3):
        events = [f"Ev{attempt}-{i:04d}" for i in range(300)]
        shuffled = random.Random(12).sample(events, len(events))  # the second process meets them in another order
        taken_by_first, taken_by_second = run_together(
            take_events, [(any_url, SECRET, events), (any_url, SECRET, shuffled)])
        assert not set(taken_by_first) & set(taken_by_second)
        assert sorted(taken_by_first + taken_by_second) == events
        if taken_by_first and taken_by_second:
            raced = True
            break
    assert raced, "in three runs one process always took every event: the race never happened"
