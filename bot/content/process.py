"""How a reload request reaches every process of a running server, and who runs it there.

Under gunicorn (the Procfile's `web:` line and `kyodo serve`) the app is preloaded: the master
builds it, then forks the workers, so each worker holds its own copy of the engine. gunicorn's
own answer to SIGHUP — new workers forked from the master — would bring back the content the
master loaded at start-up, so kyodo replaces the master's SIGHUP handling (bot/web/serving/gunicorn_conf.py
installs these hooks):

- the master validates and builds the new content, swaps its own copy (a worker forked later,
  after a crash or a recycle, starts from the last good content), writes its verdict to a
  private file, and forwards SIGHUP to every worker. No process is started or stopped, so there
  is never a second master.
- each worker handles SIGHUP by waking its reloader thread, which follows the verdict: it loads
  the engine the master built (from the on-disk engine cache) and swaps, while the worker's other
  threads keep answering with the old engine; or it keeps the old one, as the master did.

The Socket Mode process has no master: SIGHUP wakes its reloader thread, which does it all.
`kyodo reload` and the maintainers' App Home button send SIGHUP to the master (or, with no
master, ask the process's own reloader).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import tempfile
import threading
from pathlib import Path
from typing import Any

from bot.content.reload import follow_verdict, reload_content
from bot.content.result import ReloadResult
from bot.content.served import ServedContent

logger = logging.getLogger(__name__)

_current: Reloader | None = None
_master_pid: int | None = None  # in a gunicorn worker: the master that forwards reloads
_verdict_file: Path | None = None  # made by the master; the workers read the outcome of its last reload there


class Reloader:
    """Runs this process's reloads on a thread of its own; requests that arrive during one are run after it."""

    def __init__(self, content: ServedContent, *, announce: bool = True) -> None:
        self.content = content
        self.announce = announce  # the process that writes the one log line about each reload
        self._pid = -1
        self._fresh()

    def _fresh(self) -> None:
        # Threads do not survive fork and a lock held at fork time stays held: a forked worker starts anew.
        self._wake = threading.Event()
        self._done = threading.Condition()
        self._requested = 0
        self._finished = 0

    def start(self) -> None:
        """Start this process's reloader thread (call from the main thread before any signal can arrive)."""
        if self._pid == os.getpid():
            return
        self._fresh()
        self._pid = os.getpid()
        threading.Thread(target=self._run, name="kyodo-reload", daemon=True).start()

    def request(self) -> int:
        """Ask for a reload; returns its ticket for `wait`. Safe in a signal handler once started."""
        self.start()
        self._requested += 1
        self._wake.set()
        return self._requested

    def next_ticket(self) -> int:
        """The ticket the next request will get (for a request that will arrive as a signal)."""
        return self._requested + 1 if self._pid == os.getpid() else 1

    def wait(self, ticket: int, timeout: float) -> ReloadResult | None:
        """Wait until the reload for `ticket` (or a later one) has finished; its result, or None on timeout."""
        with self._done:
            if not self._done.wait_for(lambda: self._finished >= ticket, timeout):
                return None
        return self.content.last_reload

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            covers = self._requested
            try:
                verdict = read_verdict()
                if verdict is not None:
                    follow_verdict(self.content, verdict)
                else:
                    reload_content(self.content, announce=self.announce)
            except Exception:  # a bug must not end the thread: the next SIGHUP still has to work
                logger.exception("knowledge/ reload failed unexpectedly; still serving the previous content")
            with self._done:
                self._finished = covers
                self._done.notify_all()


def register(reloader: Reloader) -> None:
    """The reloader the gunicorn hooks and signal handlers of this process use (the last app built)."""
    global _current
    _current = reloader


def current() -> Reloader | None:
    return _current


def listen_for_sighup(reloader: Reloader) -> None:
    """SIGHUP reloads (a process with no gunicorn master: the Socket Mode worker). Main thread only."""
    reloader.start()
    signal.signal(signal.SIGHUP, lambda _signum, _frame: reloader.request())


def ask_to_reload(reloader: Reloader) -> int:
    """From a request handler: reload every process of this server; returns the ticket of this process's reload."""
    ticket = reloader.next_ticket()
    if _master_pid is not None and os.getppid() == _master_pid:
        os.kill(_master_pid, signal.SIGHUP)  # the master forwards it to every worker, this one included
    else:
        ticket = reloader.request()
    return ticket


# --- gunicorn hooks (bot/web/serving/gunicorn_conf.py) -------------------------------------------------------
def on_starting(server: Any) -> None:
    """In the master: SIGHUP reloads the content in place instead of replacing the workers."""
    global _verdict_file
    _verdict_file = Path(tempfile.mkdtemp(prefix="kyodo-reload-")) / "verdict.json"
    server.handle_hup = lambda: _master_hangup(server)


def on_exit(server: Any) -> None:
    if _verdict_file is not None:
        shutil.rmtree(_verdict_file.parent, ignore_errors=True)


def _master_hangup(server: Any) -> None:
    server.log.info("Hang up: reloading knowledge/ in every worker")
    reloader = current()
    if reloader is not None:
        # In the master's own loop, without a thread (the master forks; threads and fork do not mix).
        result = reload_content(reloader.content, announce=True)
        _write_verdict(result)
    for pid in list(server.WORKERS):
        # A worker that has just exited is replaced by one forked from the reloaded master.
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGHUP)


def _write_verdict(result: ReloadResult) -> None:
    if _verdict_file is None:
        return
    try:
        temporary = _verdict_file.with_suffix(".tmp")
        temporary.write_text(json.dumps(result.to_json(), ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, _verdict_file)  # a worker never reads half a file
    except OSError as error:  # the workers then check for themselves
        logger.warning("could not hand the reload's outcome to the workers (%s); each checks knowledge/ itself", error)
        with contextlib.suppress(OSError):
            _verdict_file.unlink()


def read_verdict() -> ReloadResult | None:
    """In a worker: the outcome of the master's last reload; None without a master or its file."""
    if _verdict_file is None or _master_pid is None:
        return None
    try:
        return ReloadResult.from_json(json.loads(_verdict_file.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def post_worker_init(worker: Any) -> None:
    """In each worker, before it serves: its own reloader thread, woken by the SIGHUP the master forwards."""
    global _master_pid
    _master_pid = worker.ppid
    reloader = current()
    if reloader is None:
        return
    reloader.announce = False  # the master writes the line about each reload
    listen_for_sighup(reloader)
