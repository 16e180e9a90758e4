"""Answer each Slack event once, even when Slack retries it and several worker processes serve.

Slack re-sends an event it believes timed out, with the same event_id. The first process to
note the id answers; the others see it is taken. The listeners ask after Bolt has acked, in
their own thread, so the store can never delay or fail an ack; and when the store cannot be
used (locked, unwritable, broken) the event is answered anyway: a rare second answer is better
than an error message or silence.

SQLite in WAL mode is shared by every process on the host, so no extra service is needed. Old
rows are deleted by a background thread in small batches, and the file gives the freed pages
back (incremental auto-vacuum), so it does not grow with the months.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Protocol

logger = logging.getLogger(__name__)

KEEP_SECONDS = 24 * 3600  # Slack retries within minutes; a day is plenty
# A listener waits at most this long for another process's write before answering unchecked;
# the other worker's writes take milliseconds, so only a stuck store ever reaches it.
BUSY_SECONDS = 1.0
PATIENT_BUSY_SECONDS = 10.0  # start-up and pruning, where no asker waits
PRUNE_EVERY_SECONDS = 600.0
PRUNE_BATCH = 1000  # rows per delete: a few milliseconds, so other writers get the file between batches
VACUUM_PAGES = 200  # pages given back to the file system after each batch
WAL_LIMIT_BYTES = 1 << 20  # the write-ahead log is cut back to this after a checkpoint
AUTO_VACUUM_INCREMENTAL = 2


class EventLedger(Protocol):
    """Which Slack events have been answered, shared by every process that answers."""

    def first_time(self, event_id: str) -> bool:
        """Note `event_id`; True for the first caller in any process, and whenever the ledger cannot tell."""
        ...


class SQLiteEventLedger:
    def __init__(self, path: Path, *, keep_seconds: float = KEEP_SECONDS,
                 prune_every: float | None = PRUNE_EVERY_SECONDS, clock: Callable[[], float] = time.time) -> None:
        """Create or open the file; raises sqlite3.Error or OSError when it cannot be used at all.

        `prune_every=None` leaves pruning to whoever calls `prune()`."""
        self.path = Path(path)
        self.keep_seconds = keep_seconds
        self.prune_every = prune_every
        self._clock = clock
        self._pruner_pid: int | None = None  # the process whose pruning thread runs (threads do not survive fork)
        self._pruner_lock = threading.Lock()
        self._stop = threading.Event()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect(PATIENT_BUSY_SECONDS)) as db:
            db.execute(f"PRAGMA auto_vacuum={AUTO_VACUUM_INCREMENTAL}")  # takes effect in a new, empty file
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS seen_events (event_id TEXT PRIMARY KEY, seen_at REAL NOT NULL)")
            db.execute("CREATE INDEX IF NOT EXISTS seen_events_at ON seen_events (seen_at)")
            if db.execute("PRAGMA auto_vacuum").fetchone()[0] != AUTO_VACUUM_INCREMENTAL:
                self._convert(db)

    def _connect(self, busy_seconds: float) -> sqlite3.Connection:
        # A connection per call: sqlite3 connections must not cross threads, and opening one is cheap.
        db = sqlite3.connect(self.path, timeout=busy_seconds, isolation_level=None)
        db.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
        return db

    def _convert(self, db: sqlite3.Connection) -> None:
        """A file from before incremental auto-vacuum is rebuilt once, at start-up, so it can shrink."""
        try:
            db.execute("VACUUM")
        except sqlite3.Error as error:  # another process holds it; try again at the next start
            logger.warning("could not convert %s to incremental auto-vacuum yet: %s", self.path, error)

    def first_time(self, event_id: str) -> bool:
        self._start_pruning()
        try:
            with closing(self._connect(BUSY_SECONDS)) as db:
                return db.execute("INSERT OR IGNORE INTO seen_events VALUES (?, ?)",
                                  (event_id, self._clock())).rowcount == 1
        except sqlite3.Error as error:  # locked past BUSY_SECONDS, read-only, full disk, a broken file
            logger.warning("de-dupe store %s unusable for %s (%s); answering without the check",
                           self.path, event_id, error)
            return True

    def prune(self) -> int:
        """Delete rows older than `keep_seconds`, PRUNE_BATCH at a time, and give the pages back."""
        cutoff = self._clock() - self.keep_seconds
        removed = 0
        with closing(self._connect(PATIENT_BUSY_SECONDS)) as db:
            while not self._stop.is_set():
                batch = db.execute("DELETE FROM seen_events WHERE rowid IN "
                                   "(SELECT rowid FROM seen_events WHERE seen_at < ? LIMIT ?)",
                                   (cutoff, PRUNE_BATCH)).rowcount
                # executescript steps the pragma to the end; execute() would free a single page.
                db.executescript(f"PRAGMA incremental_vacuum({VACUUM_PAGES});")
                removed += batch
                if batch < PRUNE_BATCH:
                    break
                self._stop.wait(0.005)  # let the listeners' inserts in between batches
        return removed

    def close(self) -> None:
        """Stop this process's pruning thread (tests; the thread is a daemon otherwise)."""
        self._stop.set()

    def _start_pruning(self) -> None:
        if self.prune_every is None or self._pruner_pid == os.getpid():
            return
        with self._pruner_lock:
            if self._pruner_pid == os.getpid():
                return
            self._pruner_pid = os.getpid()
            threading.Thread(target=self._prune_forever, name="kyodo-ledger-prune", daemon=True).start()

    def _prune_forever(self) -> None:
        assert self.prune_every is not None
        while not self._stop.is_set():
            try:
                removed = self.prune()
                if removed:
                    logger.info("de-dupe store: removed %d events older than %d hours", removed,
                                self.keep_seconds // 3600)
            except sqlite3.Error as error:
                logger.warning("de-dupe store %s could not be pruned: %s", self.path, error)
            self._stop.wait(self.prune_every)
