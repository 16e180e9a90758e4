"""Real databases for the store's tests: a SQLite file per test, and a private PostgreSQL server
(one per session, a new database per test). Without PostgreSQL the tests skip, except under
CI=true, where `.ci/run` installs it and a missing server fails the run."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import Store, database_url
from tests.store.postgres import PostgresServer, find_bindir
from tests.web.conftest import free_port

SECRET = "test-secret-" + "x" * 32
BASE_URL = "https://kyodo.example.jp"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bindir = find_bindir()
    if bindir is None:
        message = "PostgreSQL is not installed (apt-get install postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; CI must run the PostgreSQL tests")
        pytest.skip(message)
    server = PostgresServer(bindir, free_port())
    try:
        server.init()
        server.start()
        yield server
    finally:
        with contextlib.suppress(RuntimeError):  # a test may have stopped it already
            server.stop()
        server.remove()


@pytest.fixture()
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    name = postgres_server.create_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)


@pytest.fixture()
def sqlite_url(tmp_path: Path) -> str:
    return database_url("", tmp_path / "kyodo.sqlite3")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request: pytest.FixtureRequest) -> str:
    """Each test using this runs on both databases (SQLAlchemy URLs, as the store takes them)."""
    fixture = {"sqlite": "sqlite_url", "postgresql": "postgres_url"}[request.param]
    return database_url(request.getfixturevalue(fixture))


@pytest.fixture()
def store(any_url: str) -> Iterator[Store]:
    opened = Store.open(any_url, SECRET)
    try:
        yield opened
    finally:
        opened.close()


def client_for(store: Store, engine):
    """A test client of the web app (pages and /api/ask) logging into `store`."""
    from bot.settings import Settings
    from bot.wsgi import build_app
    from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR

    app = build_app(Settings(knowledge_dir=DEFAULT_KNOWLEDGE_DIR, public_base_url=BASE_URL), engine, store)
    return app.test_client()


@pytest.fixture()
def web_client(store: Store, engine):
    return client_for(store, engine)
