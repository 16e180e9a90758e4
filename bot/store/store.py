"""The store: the question log, votes, and Slack event de-duplication, on SQLite or PostgreSQL.

Writes (questions, votes) are queued and written by a background thread, so a caller never
waits for the database and never sees its errors; `first_time` is the one call that needs
the database's answer, and it is bounded by a deadline after which it answers True.

    store = Store.open("sqlite:///kyodo.sqlite3", secret="…")
    question_id = store.log_answer(answer, Channel.WEB, asker="web:<cookie>")
    store.vote(question_id, voter="web:<cookie>", helpful=False, channel=Channel.WEB, comment="…")
    store.first_time(event_id)  # Slack retries: True for the first process to ask
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from bot.store import migrate
from bot.store.complaints import Complaints
from bot.store.database import PATIENT, QUICK, Patience, create_database_engine, describe_error, is_postgresql, redacted
from bot.store.identity import Identities, VoteTokens
from bot.store.records import MAX_COMMENT_CHARS, Channel, LoggedQuestion, QuestionRecord, VoteRecord, utc_now
from bot.store.retention import prune_step
from bot.store.schema import questions, seen_events, votes
from bot.store.writer import BackgroundWriter
from retrieval.answer import Answer

logger = logging.getLogger("kyodo.store")

DEFAULT_RETENTION_DAYS = 180
FIRST_TIME_DEADLINE = 1.5  # seconds; Slack wants its ack within 3


class Store:
    def __init__(self, url: str, secret: str, retention_days: int = DEFAULT_RETENTION_DAYS, *,
                 clock: Callable[[], datetime] = utc_now, migrate_now: bool = True,
                 capacity: int | None = None, complaints: Complaints | None = None, close_at_exit: bool = False,
                 patience: Patience = PATIENT) -> None:
        self.url = url
        self.retention = timedelta(days=retention_days)
        # Retention 0 keeps nothing: questions are not logged and no vote can be cast.
        self.logging_enabled = retention_days > 0
        self.postgresql = is_postgresql(url)
        self._clock = clock
        self._identities = Identities(secret)
        self.tokens = VoteTokens(secret, max_age_seconds=max(1, retention_days) * 86400)
        self.complaints = complaints or Complaints(logger)
        self._writes = create_database_engine(url, patience, pool_size=1)
        self._quick = create_database_engine(url, QUICK, pool_size=2)
        self._schema_ready = False
        self._schema_lock = threading.Lock()
        self._pid = os.getpid()
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        options = {"capacity": capacity} if capacity else {}
        self._writer = BackgroundWriter(self._write, self.complaints, prepare=self.upgrade, maintain=self._prune_one,
                                        describe=describe_error, **options)
        if close_at_exit:
            # A server process writes what is still queued when it stops (each forked worker its own).
            atexit.register(self.close, 2.0)
        if migrate_now:
            try:
                self.upgrade()
            except SQLAlchemyError as error:
                # Serve anyway: the writer upgrades the schema as soon as the database answers.
                self.complaints.trouble("write", f"question log: the database {redacted(url)} is not available "
                                                 f"({describe_error(error)}); answers are served, and logging starts "
                                                 "when it answers.")

    @classmethod
    def open(cls, url: str, secret: str, retention_days: int = DEFAULT_RETENTION_DAYS, **options) -> Store:
        return cls(url, secret, retention_days, **options)

    # --- schema --------------------------------------------------------------------------------
    def upgrade(self) -> str:
        """Create or upgrade the schema (once per process; serialised across processes)."""
        with self._schema_lock:
            revision = migrate.upgrade(self._writes)
            self._schema_ready = True
            return revision

    # --- writes through the queue ------------------------------------------------------------------
    def hash_identity(self, raw: str) -> str:
        return self._identities.hash(raw)

    def log_answer(self, answer: Answer, channel: Channel, asker: str | None = None) -> uuid.UUID | None:
        """Queue the question and what was shown; its id, or None when the log is off or nothing was asked.

        `asker` is a raw identity ("web:<cookie>", "slack:<team>:<user>"); only its keyed hash is kept."""
        if not self.logging_enabled or answer.empty:
            return None
        record = QuestionRecord.from_answer(answer, channel, self.hash_identity(asker) if asker else None, self._clock())
        return self.log_question(record)

    def log_question(self, record: QuestionRecord) -> uuid.UUID | None:
        if not self.logging_enabled:
            return None
        self._after_fork()
        self._writer.put(record)
        # The id is returned even if the queue was full: a vote on it then finds no question and is not counted.
        return record.id

    def vote(self, question_id: uuid.UUID, voter: str, helpful: bool, channel: Channel,
             comment: str | None = None) -> bool:
        """Queue a vote; a later vote by the same voter on the same question replaces it.

        A helpful vote clears an earlier comment; an unhelpful vote without a comment keeps one."""
        if not self.logging_enabled:
            return False
        comment = (comment or "").strip()[:MAX_COMMENT_CHARS] or None
        self._after_fork()
        return self._writer.put(VoteRecord(question_id, self.hash_identity(voter), Channel(channel), helpful,
                                           None if helpful else comment, self._clock()))

    def _write(self, batch: Sequence[QuestionRecord | VoteRecord]) -> None:
        """One transaction per batch. Replaying a batch after a failed commit changes nothing."""
        question_rows = [r.row() for r in batch if isinstance(r, QuestionRecord)]
        vote_rows = [r.row() for r in batch if isinstance(r, VoteRecord)]
        with self._writes.begin() as connection:
            if question_rows:
                connection.execute(self._insert(questions).on_conflict_do_nothing(), question_rows)
            for row in vote_rows:  # in order: a changed vote follows the vote it changes
                connection.execute(self._upsert_vote(row))

    def _insert(self, table):
        return (postgresql.insert if self.postgresql else sqlite.insert)(table)

    def _upsert_vote(self, row: dict[str, object]):
        statement = self._insert(votes).values(**row)
        new = statement.excluded
        return statement.on_conflict_do_update(
            index_elements=[votes.c.question_id, votes.c.voter],
            set_={
                "helpful": new.helpful, "channel": new.channel, "voted_at": new.voted_at,
                "comment": case((new.helpful, None), else_=func.coalesce(new.comment, votes.c.comment)),
            },
        )

    def pending(self) -> int:
        """Records accepted and not yet written."""
        return self._writer.pending()

    @property
    def dropped(self) -> int:
        return self._writer.dropped

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every queued record is written (tests, `kyodo` commands, shutdown)."""
        return self._writer.flush(timeout)

    def close(self, timeout: float = 5.0) -> bool:
        flushed = self._writer.close(timeout)
        if self._pool is not None and self._pid == os.getpid():
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._writes.dispose()
        self._quick.dispose()
        return flushed

    # --- Slack retries -----------------------------------------------------------------------------
    def first_time(self, event_id: str, deadline: float = FIRST_TIME_DEADLINE) -> bool:
        """Record `event_id`; True for the first caller in any process sharing the database.

        Within `deadline` seconds whatever the database does: when it cannot tell (locked,
        down, slow), the answer is True — answering twice is better than not answering."""
        self._after_fork()
        self._writer.start()  # its housekeeping prunes old event ids, also when no question is logged
        try:
            return self._executor().submit(self._record_event, event_id[:128]).result(timeout=deadline)
        except FutureTimeout:
            self.complaints.trouble("first_time", f"event de-duplication: the database did not answer within "
                                                  f"{deadline} s; events are answered without it.")
        except Exception as error:
            self.complaints.trouble("first_time", f"event de-duplication failed ({describe_error(error)}); "
                                                  "events are answered without it.")
        return True

    def _record_event(self, event_id: str) -> bool:
        if not self._schema_ready:  # the database was away at start-up; the caller's deadline still holds
            self.upgrade()
        with self._quick.begin() as connection:
            # RETURNING names the row only when this call inserted it (rowcount is not reliable for INSERT).
            inserted = connection.execute(
                self._insert(seen_events).values(event_id=event_id, seen_at=self._clock())
                .on_conflict_do_nothing().returning(seen_events.c.event_id)).first()
            first = inserted is not None
        self.complaints.resolved("first_time", "event de-duplication: the database answers again.")
        return first

    def _executor(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="kyodo-first-time")
            return self._pool

    def _after_fork(self) -> None:
        """Connections, threads and locks of the parent are not usable in a forked child."""
        if self._pid == os.getpid():
            return
        self._pid = os.getpid()
        self._writes.dispose(close=False)
        self._quick.dispose(close=False)
        self._pool = None
        self._pool_lock = threading.Lock()
        self._schema_lock = threading.Lock()

    # --- retention -------------------------------------------------------------------------------
    def _prune_one(self) -> bool:
        _, more = prune_step(self._writes, self._clock(), self.retention)
        return more

    def prune(self) -> int:
        """Everything retention allows to forget, now, in bounded steps (`kyodo db prune`)."""
        total = 0
        while True:
            deleted, more = prune_step(self._writes, self._clock(), self.retention)
            total += deleted
            if not more:
                return total

    # --- reading, for reports ----------------------------------------------------------------------
    def asked_since(self, since: datetime, limit: int = 100_000) -> list[LoggedQuestion]:
        """Questions asked at or after `since`, newest first, with their votes."""
        with self._writes.connect() as connection:
            rows = connection.execute(
                select(questions).where(questions.c.asked_at >= since).order_by(questions.c.asked_at.desc()).limit(limit)
            ).all()
            cast = connection.execute(
                select(votes.c.question_id, votes.c.helpful, votes.c.comment)
                .join(questions, questions.c.id == votes.c.question_id)
                .where(questions.c.asked_at >= since)
            ).all()
        tally: dict[uuid.UUID, list] = {}
        for question_id, helpful, comment in cast:
            entry = tally.setdefault(question_id, [0, 0, []])
            entry[0 if helpful else 1] += 1
            if comment:
                entry[2].append(comment)
        result = []
        for row in rows:
            helpful, unhelpful, comments = tally.get(row.id, (0, 0, []))
            result.append(LoggedQuestion(
                row.id, row.asked_at, row.channel, row.question, row.answered, tuple(row.passages), tuple(row.qa),
                tuple(row.checklists), helpful, unhelpful, tuple(comments)))
        return result

    def count_questions(self) -> int:
        with self._writes.connect() as connection:
            return connection.execute(select(func.count()).select_from(questions)).scalar_one()

    def vote_of(self, question_id: uuid.UUID, voter: str) -> tuple[bool, str | None] | None:
        """(helpful, comment) of one voter's vote, or None."""
        with self._writes.connect() as connection:
            row = connection.execute(select(votes.c.helpful, votes.c.comment).where(
                votes.c.question_id == question_id, votes.c.voter == self.hash_identity(voter))).first()
        return (row.helpful, row.comment) if row else None
