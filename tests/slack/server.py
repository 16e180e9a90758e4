"""Run the real `web:` process — the Procfile's own command line — for tests and the benchmark.

Test runs add only what fits gunicorn to them: port 0 (gunicorn picks a free port and
logs it), info-level logs (to read that port), and the worker pid in the access log.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from werkzeug.serving import make_server

from tests.slack.slack_requests import SIGNING_SECRET, request
from tests.slack.standin import BOT_TOKEN

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_KNOWLEDGE = Path(__file__).resolve().parent / "fixtures" / "knowledge"
PUBLIC_BASE_URL = "https://kyodo.example.jp"
LISTENING = re.compile(r"Listening at: http://127\.0\.0\.1:(\d+)")
# Variables a developer may have set that must never reach the app under test.
FOREIGN = ("SLACK_", "KYODO_", "PUBLIC_BASE_URL", "GUNICORN_CMD_ARGS", "WEB_CONCURRENCY", "DATABASE_URL")
# The key the app under test hashes askers and signs vote tokens with, so tests can do the same.
SECRET_KEY = "kyodo-test-secret-key-" + "k" * 16


def clean_environ() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(FOREIGN)}


def app_env(api_url: str, folder: Path, knowledge_dir: Path = FIXTURE_KNOWLEDGE) -> dict[str, str]:
    """The app's environment; its question log (and Slack's event ledger) is a SQLite file in `folder`."""
    return clean_environ() | {
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": api_url,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL, "KYODO_KNOWLEDGE_DIR": str(knowledge_dir), "PYTHONUNBUFFERED": "1",
        "KYODO_DATABASE_PATH": str(folder / "kyodo.sqlite3"), "KYODO_SECRET_KEY": SECRET_KEY,
    }


def database_of(env: dict[str, str]) -> str:
    """The SQLAlchemy URL of the question log the app with this environment writes to."""
    from bot.store import database_url

    return database_url(env.get("DATABASE_URL", ""), env.get("KYODO_DATABASE_PATH"))


TEST_OPTIONS = ["--log-level", "info", "--access-logfile", "-", "--access-logformat", 'access pid=%(p)s "%(r)s" %(s)s']


def procfile_web_command() -> list[str]:
    """The Procfile's web: line, on 127.0.0.1 and a port of gunicorn's choosing."""
    line = next(x for x in (ROOT / "Procfile").read_text().splitlines() if x.startswith("web:"))
    args = shlex.split(line.removeprefix("web:").replace("$PORT", "0").replace("0.0.0.0:", "127.0.0.1:"))
    assert args[0] == "gunicorn", f"the web: line should start gunicorn: {line}"
    return [sys.executable, "-m", "gunicorn", *TEST_OPTIONS, *args[1:]]


class Gunicorn:
    """gunicorn on a free port it picks itself (port 0), its output in `log_path`."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.env = env
        self.log_path = log_path
        self.command = procfile_web_command()
        self.workers = int(self.command[self.command.index("--workers") + 1]) if "--workers" in self.command else 1
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""

    def __enter__(self) -> Gunicorn:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, timeout: float = 30) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while not self.url:
            match = LISTENING.search(self.log())
            if match:
                self.url = f"http://127.0.0.1:{match.group(1)}"
            elif self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"gunicorn did not start:\n{self.log()[-3000:]}")
            else:
                time.sleep(0.05)
        while self.booted_workers() < self.workers or not self._healthy():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"gunicorn workers did not come up:\n{self.log()[-3000:]}")
            time.sleep(0.1)

    def _healthy(self) -> bool:
        try:
            return request(self.url + "/healthz", "GET", None, {}, timeout=5).status == 200
        except OSError:
            return False

    def booted_workers(self) -> int:
        return self.log().count("Booting worker with pid")

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def access_pids(self, since: int = 0) -> list[str]:
        """Worker pids that served POST /slack/events, from log offset `since` on."""
        return re.findall(r'access pid=<?(\d+)>? "POST /slack/events', self.log()[since:])

    def worker_pids(self) -> set[int]:
        """The master's child processes now (from /proc): its workers."""
        assert self.process is not None
        return children(self.process.pid)

    def hang_up(self) -> None:
        """`kill -HUP` on the master, as an operator or `kyodo reload` sends it."""
        assert self.process is not None
        self.process.send_signal(signal.SIGHUP)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)  # the master stops its own workers
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)  # the group this test started (start_new_session)
            self.process.wait(timeout=5)


def children(pid: int) -> set[int]:
    """Pids of the live processes whose parent is `pid`, from /proc."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # it exited while we looked
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


@contextlib.contextmanager
def serve_in_thread(app: Any) -> Iterator[str]:
    """A WSGI app (e.g. from build_app with a test engine) on a werkzeug server in this process."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="kyodo-wsgi", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
