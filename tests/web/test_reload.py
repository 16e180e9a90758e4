"""Content updates without downtime, against the Procfile's `web:` process: a gunicorn master with two preloaded
workers, on a copy of the Slack tests' knowledge folder, while questions keep coming over HTTP and Slack.

A good change is served by every worker after SIGHUP (no process is started or stopped, so there is
never a second master); a broken one leaves the last good content in every worker and is reported in
one log line with the validator's message, and in the maintainers' App Home. The same reload comes
from `kyodo reload` and from the maintainers' App Home button.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.slack.helpers import all_text
from tests.slack.server import FIXTURE_KNOWLEDGE, ROOT, Gunicorn, app_env
from tests.slack.slack_requests import DM_CHANNEL_ID, SlackSide, new_id, new_ts, request
from tests.slack.standin import StandInSlack

MAINTAINER = "U0MAINTAINER"
NEW_QUESTION = "共催と実行委員会の違いは？"
NEW_QA = """id: kyousai
question: 共催と実行委員会の違いは？
phrasings:
  - 共催ってどういう形？
  - 実行委員会形式とは何ですか？
  - what is the difference between co-hosting and an executive committee?
answer: >-
  テスト市の指針は、共催を団体と市がともに主催者となって事業を実施する形態とし、実行委員会を複数の団体と市が委員会を組織して事業を実施する形態としています。
citations:
  - {doc: testshi, section: forms-cohost}
"""
BROKEN_QA = """id: broken
question: 壊れた Q&A は？
phrasings: [壊れた, 引用, 節]
answer: テスト市の指針は、存在しない節を引用しています。
citations:
  - {doc: testshi, section: nowhere}
"""
VALIDATOR_MESSAGE = "文書「testshi」に節「nowhere」がありません"
RELOADED = re.compile(r"\[(\d+)\] INFO bot\.content\.reload: knowledge/ reloaded")
KEPT = re.compile(r"\[(\d+)\] INFO bot\.content\.reload: knowledge/ not reloaded in this worker")
REFUSED = re.compile(r"\[(\d+)\] WARNING bot\.content\.reload: knowledge/ not reloaded: .*")


def fixture_copy(folder: Path) -> Path:
    """The Slack tests' knowledge, with the list of legitimate questions that `kyodo check` asks for."""
    shutil.copytree(FIXTURE_KNOWLEDGE, folder)
    (folder / "calibration").mkdir()
    (folder / "calibration" / "legitimate.txt").write_text("testshi#forms-support|後援は協働に当たりますか？\n",
                                                           encoding="utf-8")
    return folder


def reload_env(standin: StandInSlack, tmp_path: Path, knowledge: Path) -> dict[str, str]:
    return app_env(standin.api_url, tmp_path, knowledge) | {
        "KYODO_CACHE_DIR": str(tmp_path / "cache"), "KYODO_MAINTAINERS": MAINTAINER,
        "KYODO_PID_FILE": str(tmp_path / "kyodo.pid")}


@pytest.fixture(scope="module")
def standin() -> Iterator[StandInSlack]:
    stand_in = StandInSlack()
    yield stand_in
    stand_in.stop()


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    return fixture_copy(tmp_path / "knowledge")


@pytest.fixture
def server(standin: StandInSlack, knowledge: Path, tmp_path: Path) -> Iterator[Gunicorn]:
    with Gunicorn(reload_env(standin, tmp_path, knowledge), tmp_path / "gunicorn.log") as running:
        standin.reset()
        yield running


def probe(server: Gunicorn, question: str) -> tuple[int, list[str]]:
    """Ask /api/ask once; (the worker that answered, from the access log; the Q&A entries shown)."""
    marker = uuid.uuid4().hex
    response = request(f"{server.url}/api/ask?q={quote(question)}&probe={marker}", "GET", None,
                       {"Connection": "close"})
    assert response.status == 200, response.body
    deadline = time.monotonic() + 10
    while not (found := re.search(rf'access pid=<?(\d+)>? "GET /api/ask\?[^"]*probe={marker}', server.log())):
        assert time.monotonic() < deadline, "the access log never named the worker"
        time.sleep(0.01)
    return int(found.group(1)), [entry["id"] for entry in response.json()["qa"]]


def every_worker_answers(server: Gunicorn, workers: set[int], question: str) -> dict[int, set[str]]:
    """Probe, a few at a time, until each worker has answered; what each one showed."""
    shown: dict[int, set[str]] = {}
    deadline = time.monotonic() + 30
    while not workers <= shown.keys():
        assert time.monotonic() < deadline, f"not every worker answered: {shown}"
        with ThreadPoolExecutor(6) as pool:
            for pid, qa in pool.map(lambda _: probe(server, question), range(6)):
                shown.setdefault(pid, set()).update(qa)
    return shown


def wait_for_lines(server: Gunicorn, start: int, pattern: re.Pattern[str], pids: set[int],
                   timeout: float = 60) -> float:
    """Wait until each of `pids` logged a line matching `pattern` after log offset `start`; when it happened."""
    deadline = time.monotonic() + timeout
    while not pids <= {int(m.group(1)) for m in pattern.finditer(server.log()[start:])}:
        assert time.monotonic() < deadline, f"not every process logged {pattern.pattern}:\n{server.log()[start:][-3000:]}"
        time.sleep(0.02)
    return time.monotonic()


@dataclass
class Traffic:
    """Questions asked without pause over HTTP (/api/ask) and Slack (mentions) while reloads happen."""

    server: Gunicorn
    standin: StandInSlack
    answered: list[float] = field(default_factory=list)  # when each answer came
    failures: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.threads = [threading.Thread(target=self._web, daemon=True), threading.Thread(target=self._slack, daemon=True)]

    def __enter__(self) -> Traffic:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)

    def answers_between(self, start: float, end: float) -> int:
        return sum(start <= at <= end for at in self.answered)

    def answered_after(self, start: float, timeout: float = 10.0) -> bool:
        """An answer came after `start` (waiting for one, up to `timeout` seconds)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(at >= start for at in self.answered):
                return True
            time.sleep(0.05)
        return False

    def _web(self) -> None:
        while not self.stop.is_set():
            try:
                response = request(f"{self.server.url}/api/ask?q={quote('後援は協働に当たりますか？')}", "GET", None, {})
                if response.status == 200 and response.json()["answered"]:
                    self.answered.append(time.monotonic())
                else:
                    self.failures.append(f"web {response.status}")
            except OSError as error:
                self.failures.append(f"web {error!r}")

    def _slack(self) -> None:
        slack = SlackSide(self.server.url)
        while not self.stop.is_set():
            ts = new_ts()
            try:
                if slack.mention("協働の相手はどう選べばいい？", ts=ts).status != 200:
                    self.failures.append("slack ack")
                    continue
                [post] = self.standin.wait_for("chat.postMessage", where=lambda c, ts=ts: c.body.get("thread_ts") == ts)
                if "testshi#partner" not in str(post.body["blocks"]):
                    self.failures.append("slack answer")
                self.answered.append(time.monotonic())
            except (OSError, AssertionError) as error:
                self.failures.append(f"slack {error!r}")


def test_a_good_change_reaches_every_worker_and_a_broken_one_keeps_the_last_good(
        server: Gunicorn, standin: StandInSlack, knowledge: Path) -> None:
    master = server.process.pid
    workers = server.worker_pids()
    assert len(workers) == 2
    assert every_worker_answers(server, workers, NEW_QUESTION) == {pid: set() for pid in workers}

    with Traffic(server, standin) as traffic:
        # A good change: a new Q&A entry.
        (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA, encoding="utf-8")
        start, signalled = len(server.log()), time.monotonic()
        server.hang_up()
        done = wait_for_lines(server, start, RELOADED, workers | {master})
        assert every_worker_answers(server, workers, NEW_QUESTION) == {pid: {"kyousai"} for pid in workers}
        assert traffic.answers_between(signalled, done) > 0, "answers kept coming during the reload"

        # A broken change: a Q&A citing a section that does not exist.
        (knowledge / "qa" / "broken.yaml").write_text(BROKEN_QA, encoding="utf-8")
        start, signalled = len(server.log()), time.monotonic()
        server.hang_up()
        wait_for_lines(server, start, KEPT, workers)
        wait_for_lines(server, start, REFUSED, {master})
        assert every_worker_answers(server, workers, NEW_QUESTION) == {pid: {"kyousai"} for pid in workers}, \
            "the last good content, not the start-up one"
        # refusing takes about 0.3 s, often less than one answer's round trip: what matters is that answers go on
        # (and that none failed, checked below), not that one lands inside that short window
        assert traffic.answered_after(signalled)
        [line] = [match.group(0) for match in REFUSED.finditer(server.log()[start:])]
        assert VALIDATOR_MESSAGE in line and "qa/broken.yaml:6" in line
        assert VALIDATOR_MESSAGE not in server.log()[start:].replace(line, ""), "one line carries the messages"
    assert traffic.failures == [] and len(traffic.answered) > 20

    assert server.process.poll() is None and server.worker_pids() == workers, "no process started or stopped"
    assert server.log().count("Booting worker with pid") == 2


def test_a_worker_forked_after_a_reload_starts_from_the_reloaded_content(server: Gunicorn, knowledge: Path) -> None:
    master, workers = server.process.pid, server.worker_pids()
    (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA, encoding="utf-8")
    start = len(server.log())
    server.hang_up()
    wait_for_lines(server, start, RELOADED, workers | {master})
    replaced = min(workers)
    os.kill(replaced, 9)  # a crash: the master forks a new worker
    deadline = time.monotonic() + 30
    while len(now := server.worker_pids()) != 2 or replaced in now:
        assert time.monotonic() < deadline, "the master did not replace the worker"
        time.sleep(0.05)
    [new] = now - workers
    shown = every_worker_answers(server, now, NEW_QUESTION)
    assert shown[new] == {"kyousai"}


def test_kyodo_reload_validates_then_signals_the_running_server(server: Gunicorn, knowledge: Path) -> None:
    env = dict(server.env)
    (knowledge / "qa" / "broken.yaml").write_text(BROKEN_QA, encoding="utf-8")
    refused = subprocess.run([sys.executable, "-m", "bot.cli", "reload"], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=120)
    assert refused.returncode == 1
    assert VALIDATOR_MESSAGE in refused.stdout and "再読み込みを依頼しませんでした" in refused.stderr
    assert "Hang up" not in server.log()

    (knowledge / "qa" / "broken.yaml").unlink()
    (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA, encoding="utf-8")
    start = len(server.log())
    done = subprocess.run([sys.executable, "-m", "bot.cli", "reload"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"PID {server.process.pid} に再読み込みを依頼しました" in done.stdout
    workers = server.worker_pids()
    wait_for_lines(server, start, RELOADED, workers | {server.process.pid})
    assert every_worker_answers(server, workers, NEW_QUESTION) == {pid: {"kyousai"} for pid in workers}


def home_published(standin: StandInSlack, user: str, after: float) -> Callable:
    return lambda c: c.body.get("user_id") == user and c.at >= after


def test_the_maintainers_button_reloads_every_worker_and_shows_the_result(server: Gunicorn, standin: StandInSlack,
                                                                         knowledge: Path) -> None:
    slack = SlackSide(server.url)
    master, workers = server.process.pid, server.worker_pids()
    (knowledge / "qa" / "broken.yaml").write_text(BROKEN_QA, encoding="utf-8")
    pressed, start = time.monotonic(), len(server.log())
    slack.block_action({"action_id": "reload_content", "value": "reload"}, view={"id": "V0HOME", "type": "home"},
                       response_url="", user=MAINTAINER)
    [home] = standin.wait_for("views.publish", where=home_published(standin, MAINTAINER, pressed), timeout=60)
    text = all_text(home.body["view"]["blocks"])
    assert "1 件の問題があったため反映していません。前の内容のまま回答しています。" in text and VALIDATOR_MESSAGE in text
    wait_for_lines(server, start, KEPT, workers)
    wait_for_lines(server, start, REFUSED, {master})

    (knowledge / "qa" / "broken.yaml").unlink()
    (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA, encoding="utf-8")
    pressed, start = time.monotonic(), len(server.log())
    slack.block_action({"action_id": "reload_content", "value": "reload"}, view={"id": "V0HOME", "type": "home"},
                       response_url="", user=MAINTAINER)
    [home] = standin.wait_for("views.publish", where=home_published(standin, MAINTAINER, pressed), timeout=60)
    assert "に反映しました" in all_text(home.body["view"]["blocks"]) and "Q&A 2" in all_text(home.body["view"]["blocks"])
    wait_for_lines(server, start, RELOADED, workers | {master})
    assert every_worker_answers(server, workers, NEW_QUESTION) == {pid: {"kyousai"} for pid in workers}

    # Opening App Home on either worker shows the same last result.
    for _ in range(4):
        opened = time.monotonic()
        slack.event({"type": "app_home_opened", "user": MAINTAINER, "channel": DM_CHANNEL_ID, "tab": "home",
                     "event_ts": new_ts()})
        [again] = standin.wait_for("views.publish", where=home_published(standin, MAINTAINER, opened))
        assert "に反映しました" in all_text(again.body["view"]["blocks"])


def test_the_button_does_nothing_for_anyone_else(server: Gunicorn, standin: StandInSlack) -> None:
    user, start = new_id("U"), len(server.log())
    SlackSide(server.url).block_action({"action_id": "reload_content", "value": "reload"},
                                       view={"id": "V0HOME", "type": "home"}, response_url="", user=user)
    deadline = time.monotonic() + 10
    while "refused a reload asked from App Home" not in server.log()[start:]:
        assert time.monotonic() < deadline, "the refusal was not logged"
        time.sleep(0.02)
    assert "Hang up" not in server.log()[start:]
    standin.assert_no_call(lambda c: c.body.get("user_id") == user)
