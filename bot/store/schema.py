"""The tables of the store, in SQLAlchemy Core: one definition for SQLite and PostgreSQL.

Changes to these tables go through a new revision in bot/store/migrations/versions/;
the revisions, not this module, create the tables in a database.

Times are naive UTC on both databases, so rows compare the same way everywhere.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, DateTime, Index, MetaData, String, Table, Text, Uuid
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()

# Lists of what an answer showed: "doc#section" passages, Q&A ids, checklist ids.
ShownList = JSON().with_variant(JSONB(), "postgresql")

questions = Table(
    "questions",
    metadata,
    # Made by the process that answers, before the row is written, so a vote token can carry it
    # while the row is still in the write queue.
    Column("id", Uuid, primary_key=True),
    Column("asked_at", DateTime, nullable=False),
    Column("channel", String(16), nullable=False),  # web, api; channel, dm, slash, home from Slack
    Column("asker", String(64)),  # keyed hash of who asked, or NULL; never a user id or an address
    Column("question", Text, nullable=False),  # as the engine searched it, at most MAX_QUESTION_CHARS
    Column("truncated", Boolean, nullable=False),
    Column("answered", Boolean, nullable=False),
    Column("passages", ShownList, nullable=False),
    Column("qa", ShownList, nullable=False),
    Column("checklists", ShownList, nullable=False),
    Index("questions_asked_at", "asked_at"),
)

# No foreign key to questions: a vote and its question may travel through the write queues of
# two different processes, and the vote must not be refused for arriving first.
votes = Table(
    "votes",
    metadata,
    Column("question_id", Uuid, primary_key=True),
    Column("voter", String(64), primary_key=True),  # keyed hash, like questions.asker
    Column("channel", String(16), nullable=False),
    Column("helpful", Boolean, nullable=False),
    Column("comment", Text),
    Column("voted_at", DateTime, nullable=False),
    Index("votes_voted_at", "voted_at"),
)

# Slack event ids already taken by some process, so each event is answered once.
seen_events = Table(
    "seen_events",
    metadata,
    Column("event_id", String(128), primary_key=True),
    Column("seen_at", DateTime, nullable=False),
    Index("seen_events_seen_at", "seen_at"),
)
