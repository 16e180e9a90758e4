"""One clear log line when the database is in trouble, not one per question.

With the database down, every question would fail its write; the first failure is logged
at once, later ones are counted and summed up at most once per interval, and the return
to normal is logged once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Trouble:
    logged_at: float
    unlogged: int = 0


class Complaints:
    def __init__(self, logger: logging.Logger, interval: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._logger = logger
        self._interval = interval
        self._clock = clock
        self._lock = threading.Lock()
        self._troubles: dict[str, _Trouble] = {}

    def trouble(self, kind: str, message: str) -> None:
        """Log `message` unless a line about `kind` was logged within the interval."""
        now = self._clock()
        with self._lock:
            trouble = self._troubles.get(kind)
            if trouble is not None and now - trouble.logged_at < self._interval:
                trouble.unlogged += 1
                return
            unlogged = trouble.unlogged if trouble else 0
            self._troubles[kind] = _Trouble(now)
        suffix = f" ({unlogged} more like this since the last line)" if unlogged else ""
        self._logger.warning("%s%s", message, suffix)

    def resolved(self, kind: str, message: str) -> None:
        """Log `message` once if `kind` was in trouble."""
        with self._lock:
            if self._troubles.pop(kind, None) is None:
                return
        self._logger.warning("%s", message)

    def in_trouble(self, kind: str) -> bool:
        with self._lock:
            return kind in self._troubles

    def unlogged(self, kind: str) -> int:
        """How many times `kind` recurred since its last line."""
        with self._lock:
            trouble = self._troubles.get(kind)
            return trouble.unlogged if trouble else 0
