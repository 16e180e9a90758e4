"""Answer each Slack event once, even when Slack retries it and several worker processes serve.

Slack re-sends an event it believes timed out, with the same event_id. The first
process to record the id answers; the others see it is taken. SQLite in WAL mode is
shared by every process on the host, so no extra service is needed.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from slack_bolt import BoltRequest, BoltResponse

logger = logging.getLogger(__name__)
KEEP_SECONDS = 24 * 3600  # Slack retries within minutes; a day is plenty


class EventLedger:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS seen_events (event_id TEXT PRIMARY KEY, seen_at REAL NOT NULL)")
            db.execute("CREATE INDEX IF NOT EXISTS seen_events_at ON seen_events (seen_at)")

    def _connect(self) -> sqlite3.Connection:
        # A connection per call: sqlite3 connections must not cross threads, and this is cheap.
        return sqlite3.connect(self.path, timeout=10, isolation_level=None)

    def first_time(self, event_id: str) -> bool:
        """Record `event_id`; True only for the first caller in any process."""
        now = time.time()
        db = self._connect()
        try:
            inserted = db.execute("INSERT OR IGNORE INTO seen_events VALUES (?, ?)", (event_id, now)).rowcount == 1
            if inserted:
                db.execute("DELETE FROM seen_events WHERE seen_at < ?", (now - KEEP_SECONDS,))
            return inserted
        finally:
            db.close()


def skip_repeated_events(first_time: Callable[[str], bool]) -> Callable[..., BoltResponse]:
    """A global middleware that acknowledges a repeated event_id without running any listener."""

    def skip_repeated(request: BoltRequest, next: Callable[[], BoltResponse]) -> BoltResponse:
        event_id = request.body.get("event_id") if request.body.get("type") == "event_callback" else None
        if event_id and not first_time(event_id):
            retry = request.headers.get("x-slack-retry-num", ["-"])[0]
            logger.info("skipped a repeated delivery of %s (retry %s)", event_id, retry)
            return BoltResponse(status=200, body="")
        return next()

    return skip_repeated
