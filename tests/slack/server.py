"""Run the real `web:` process (the Procfile's gunicorn command) for tests and the benchmark.

Options beyond the Procfile's only fit gunicorn to a test run: port 0 (gunicorn picks a
free port and logs it), no control socket (parallel runs would share one path), the
worker pid in the access log, and a short graceful timeout.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.slack.slack_requests import SIGNING_SECRET, request
from tests.slack.standin import BOT_TOKEN

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_KNOWLEDGE = Path(__file__).resolve().parent / "fixtures" / "knowledge"
PUBLIC_BASE_URL = "https://kyodo.example.jp"
LISTENING = re.compile(r"Listening at: http://127\.0\.0\.1:(\d+)")
# Variables a developer may have set that must never reach the app under test.
FOREIGN = ("SLACK_", "KYODO_", "PUBLIC_BASE_URL", "GUNICORN_CMD_ARGS", "WEB_CONCURRENCY")


def clean_environ() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(FOREIGN)}


def app_env(api_url: str, state_path: Path, knowledge_dir: Path = FIXTURE_KNOWLEDGE) -> dict[str, str]:
    return clean_environ() | {
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": api_url,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL, "KYODO_KNOWLEDGE_DIR": str(knowledge_dir),
        "KYODO_STATE_PATH": str(state_path), "PYTHONUNBUFFERED": "1",
    }


class Gunicorn:
    """gunicorn on a free port it picks itself (port 0), its output in `log_path`."""

    def __init__(self, env: dict[str, str], log_path: Path, *, workers: int = 2, threads: int = 8) -> None:
        self.env = env
        self.log_path = log_path
        self.workers = workers
        self.threads = threads
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""

    def __enter__(self) -> Gunicorn:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, timeout: float = 30) -> None:
        command = [
            sys.executable, "-m", "gunicorn", "--bind", "127.0.0.1:0", "--workers", str(self.workers),
            "--threads", str(self.threads), "--preload", "--no-control-socket", "--graceful-timeout", "5",
            "--access-logfile", "-", "--access-logformat", 'access pid=%(p)s "%(r)s" %(s)s',
            "bot.wsgi:create_app()",
        ]
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
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

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)  # the master stops its own workers
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)  # the group this test started (start_new_session)
            self.process.wait(timeout=5)
