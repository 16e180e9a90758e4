"""Work done in separate processes (spawned, so each has its own interpreter and connections)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from typing import Any

from bot.store import Channel, QuestionRecord, Store
from bot.store.records import utc_now

TIMEOUT = 120  # seconds for a whole group of processes; a hang fails the test instead of blocking the run


def run_together(target: Callable[..., Any], argument_lists: Sequence[tuple]) -> list[Any]:
    """Start one process per argument tuple; they wait at a barrier so they hit the database together."""
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(len(argument_lists))
        with context.Pool(len(argument_lists)) as pool:
            pending = [pool.apply_async(target, (barrier, *args)) for args in argument_lists]
            return [result.get(timeout=TIMEOUT) for result in pending]


def upgrade_schema(barrier, url: str, secret: str) -> str:
    """Upgrade at the same moment as the other processes; an error propagates to the test."""
    store = Store.open(url, secret, migrate_now=False)
    barrier.wait()
    try:
        return store.upgrade()
    finally:
        store.close()


def log_questions(barrier, url: str, secret: str, process: int, count: int) -> dict[str, int]:
    """Log `count` distinct questions as fast as possible, then wait until they are written."""
    store = Store.open(url, secret)
    barrier.wait()
    for i in range(count):
        store.log_question(QuestionRecord.from_answer(_answer(f"p{process} q{i}"), Channel.WEB, None, utc_now()))
    flushed = store.close(timeout=TIMEOUT / 2)
    return {"dropped": store.dropped, "flushed": int(flushed)}


def take_events(barrier, url: str, secret: str, event_ids: list[str]) -> list[str]:
    """The ids this process was the first to see."""
    store = Store.open(url, secret)
    barrier.wait()
    try:
        return [event_id for event_id in event_ids if store.first_time(event_id, deadline=30)]
    finally:
        store.close()


def _answer(question: str):
    from retrieval.answer import Answer

    return Answer(question, False, (), (), ())
