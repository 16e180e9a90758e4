"""A bounded queue drained by one background thread: writes never wait for the database.

`put` never blocks: when the queue is full the record is dropped and counted. The thread
writes what it finds in batches (one transaction each). When a write fails the batch is
kept and retried with growing pauses while new records wait in the queue, so an outage
shorter than the queue's capacity loses nothing, and a long one costs bounded memory.

A process forked after the writer was made (gunicorn's preloaded workers) gets a fresh
queue and thread on its first `put`: threads and locks do not survive fork.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from bot.store.complaints import Complaints

CAPACITY = 5000  # records waiting; ~2 KB each at most, so ~10 MB in the worst case
BATCH = 200
FIRST_PAUSE = 0.5
LONGEST_PAUSE = 30.0
LINGER = 0.05  # seconds
TROUBLE = "write"
_WAKE = object()  # put by `close` so the thread stops waiting on the queue at once


class BackgroundWriter:
    def __init__(
        self,
        write: Callable[[Sequence[Any]], None],
        complaints: Complaints,
        *,
        prepare: Callable[[], None] | None = None,
        maintain: Callable[[], bool] | None = None,
        maintain_every: float = 3600.0,
        capacity: int = CAPACITY,
        batch: int = BATCH,
        describe: Callable[[BaseException], str] = str,
    ) -> None:
        self._write = write
        self._prepare = prepare  # run (and retried) before the first write, e.g. the schema upgrade
        self._maintain = maintain  # one bounded step of housekeeping; True when more remains
        self._maintain_every = maintain_every
        self._capacity = capacity
        self._batch = batch
        self._describe = describe
        self._complaints = complaints
        self._pid = -1
        self._start_lock = threading.Lock()
        self.dropped = 0

    def _fresh(self) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(self._capacity)
        self._pending = 0  # accepted and not yet written or dropped
        self._done = threading.Condition()
        self._stop = threading.Event()
        self._ready = self._prepare is None
        self._next_maintenance = time.monotonic()
        self._thread = threading.Thread(target=self._run, name="kyodo-store-writer", daemon=True)
        self._thread.start()
        self._pid = os.getpid()

    def _started(self) -> None:
        if self._pid != os.getpid():
            with self._start_lock:
                if self._pid != os.getpid():
                    self._start_lock = threading.Lock()  # a lock held at fork time stays held in the child
                    self._fresh()

    def start(self) -> None:
        """Run the thread in this process even before a record comes, for its housekeeping."""
        self._started()

    def put(self, record: Any) -> bool:
        """Queue `record`; False (and one complaint per minute) when the queue is full."""
        self._started()
        with self._done:
            self._pending += 1
        try:
            self._queue.put_nowait(record)
        except queue.Full:
            self._finished(1)
            self.dropped += 1
            self._complaints.trouble(
                "full", f"question log: {self._capacity} records are waiting for the database; "
                        f"new ones are dropped ({self.dropped} so far). Answers are not affected.")
            return False
        return True

    def pending(self) -> int:
        return self._pending if self._pid == os.getpid() else 0

    def flush(self, timeout: float) -> bool:
        """Wait until everything accepted so far is written; False if that took longer than `timeout`."""
        if self._pid != os.getpid():
            return True
        deadline = time.monotonic() + timeout
        with self._done:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._done.wait(left)
        return True

    def close(self, timeout: float = 5.0) -> bool:
        """Write what is waiting (for at most `timeout`), then stop the thread."""
        if self._pid != os.getpid():
            return True
        flushed = self.flush(timeout)
        self._stop.set()
        with contextlib.suppress(queue.Full):  # a full queue: the thread is busy and sees the stop flag
            self._queue.put_nowait(_WAKE)
        self._thread.join(timeout=1.0)
        self._pid = -1
        return flushed

    def _finished(self, count: int) -> None:
        with self._done:
            self._pending -= count
            self._done.notify_all()

    # --- the thread --------------------------------------------------------------------------
    def _run(self) -> None:
        held: list[Any] = []
        pause = FIRST_PAUSE
        while not self._stop.is_set():
            if not self._ready and not self._attempt(self._prepare):
                self._stop.wait(pause)
                pause = min(pause * 2, LONGEST_PAUSE)
                continue
            self._ready = True
            if not held:
                held = self._take()
                if not held:
                    self._housekeeping()
                    continue
            if self._attempt(lambda batch=held: self._write(batch)):
                self._complaints.resolved(TROUBLE, "question log: the database accepts writes again; "
                                                   "the records kept meanwhile are written.")
                self._finished(len(held))
                held = []
                pause = FIRST_PAUSE
                self._housekeeping()
            else:
                self._stop.wait(pause)
                pause = min(pause * 2, LONGEST_PAUSE)

    def _take(self) -> list[Any]:
        wait = max(0.05, min(1.0, self._next_maintenance - time.monotonic()))
        try:
            batch = [self._queue.get(timeout=wait)]
        except queue.Empty:
            return []
        # Linger a moment so that questions arriving together share one transaction: a transaction
        # per question would cost the answering threads more of the interpreter's time.
        self._stop.wait(LINGER)
        while len(batch) < self._batch:
            try:
                batch.append(self._queue.get_nowait())
            except queue.Empty:
                break
        return [record for record in batch if record is not _WAKE]

    def _attempt(self, action: Callable[[], Any] | None) -> bool:
        if action is None:
            return True
        try:
            action()
        except Exception as error:  # any database trouble: the answer has gone out; keep the records
            self._complaints.trouble(
                TROUBLE, f"question log: cannot write to the database ({self._describe(error)}); "
                         f"answers are served as usual, and {self._pending} records are kept and retried.")
            return False
        return True

    def _housekeeping(self) -> None:
        if self._maintain is None or time.monotonic() < self._next_maintenance:
            return
        try:
            more = self._maintain()
        except Exception as error:
            self._complaints.trouble("maintain", f"question log: pruning old records failed ({self._describe(error)}); "
                                                 "it is retried later.")
            more = False
        self._next_maintenance = time.monotonic() + (0 if more else self._maintain_every)
