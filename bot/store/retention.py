"""Forget old records in bounded steps, off the request path (the writer thread calls `prune_step`).

Each step deletes at most BATCH questions (with their votes) and BATCH seen Slack events in
one short transaction, so a backlog of months is worked off without holding the database
for long; the writer goes back to its queue between steps.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, select

from bot.store.schema import questions, seen_events, votes

BATCH = 500
SEEN_EVENTS_KEPT = timedelta(days=1)  # Slack retries within minutes
VACUUM_PAGES = 1000  # SQLite: pages given back to the file system per step


def prune_step(engine: Engine, now: datetime, keep: timedelta) -> tuple[int, bool]:
    """Delete one batch of what is older than `keep` (questions, with their votes) or a day (events).

    Returns (rows deleted, whether more may remain)."""
    cutoff = now - keep
    deleted = 0
    with engine.begin() as connection:
        old = connection.execute(select(questions.c.id).where(questions.c.asked_at < cutoff).limit(BATCH)).scalars().all()
        if old:
            deleted += connection.execute(delete(votes).where(votes.c.question_id.in_(old))).rowcount
            deleted += connection.execute(delete(questions).where(questions.c.id.in_(old))).rowcount
        # votes whose question was never written or is gone already
        stray = connection.execute(
            select(votes.c.question_id).where(votes.c.voted_at < cutoff).limit(BATCH)).scalars().all()
        if stray:
            deleted += connection.execute(
                delete(votes).where(votes.c.question_id.in_(stray), votes.c.voted_at < cutoff)).rowcount
        events = connection.execute(
            select(seen_events.c.event_id).where(seen_events.c.seen_at < now - SEEN_EVENTS_KEPT).limit(BATCH)
        ).scalars().all()
        if events:
            deleted += connection.execute(delete(seen_events).where(seen_events.c.event_id.in_(events))).rowcount
    if deleted and engine.dialect.name == "sqlite":
        _give_back_pages(engine)
    return deleted, BATCH in (len(old), len(stray), len(events))


def _give_back_pages(engine: Engine) -> None:
    """Without this a SQLite file never shrinks. The pragma frees one page per step of its statement,
    and only sqlite3's executescript steps a statement to its end; it runs outside any transaction."""
    with engine.connect() as connection:
        connection.connection.driver_connection.executescript(f"PRAGMA incremental_vacuum({VACUUM_PAGES});")
