"""The web app over the session's one engine, and one real `kyodo serve` process for end-to-end tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from bot.settings import Settings
from bot.wsgi import build_app
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from retrieval.search.engine import Engine

BASE_URL = "https://kyodo.example.jp"
ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 20.0


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(knowledge_dir=DEFAULT_KNOWLEDGE_DIR, public_base_url=BASE_URL)


@pytest.fixture(scope="session")
def app(settings: Settings, engine: Engine) -> Flask:
    return build_app(settings, engine)


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@dataclass(frozen=True)
class LiveServer:
    url: str  # without trailing slash
    started_in: float  # seconds from launch to the first 200
    log: Path
    home: Path  # the server's HOME, which must stay empty


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`kyodo serve` exactly as a user starts it, in an empty environment apart from PATH."""
    yield from _serve(tmp_path_factory, {})


@pytest.fixture(scope="session")
def home_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`kyodo serve` for a city that set KYODO_HOME=kodaira (its engine from the run's own cache, unless the
    Slack tests' clean environment has taken KYODO_CACHE_DIR away)."""
    cache = {"KYODO_CACHE_DIR": os.environ["KYODO_CACHE_DIR"]} if os.environ.get("KYODO_CACHE_DIR") else {}
    yield from _serve(tmp_path_factory, {"KYODO_HOME": "kodaira", **cache})


def _serve(tmp_path_factory: pytest.TempPathFactory, extra_env: dict[str, str]) -> Iterator[LiveServer]:
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    home = tmp_path_factory.mktemp("home")
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(home), **extra_env}
    started = time.monotonic()
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(port)],
                                   cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        started_in = _wait_for(url + "/healthz", started, process, log)
        yield LiveServer(url, started_in, log, home)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait_for(url: str, started: float, process: subprocess.Popen, log: Path) -> float:
    while time.monotonic() - started < START_TIMEOUT:
        if process.poll() is not None:
            pytest.fail(f"kyodo serve exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return time.monotonic() - started
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"kyodo serve did not answer within {START_TIMEOUT} s:\n{log.read_text()}")
