"""Fixtures: a stand-in Slack Web API, the real app under gunicorn pointed at it, and a signed Slack side.

The app runs as production runs it (gunicorn, 2 workers, threads) with fake tokens and
the small knowledge folder in fixtures/, so tests depend on neither a developer's
tokens nor on how much content knowledge/ has today. Nothing reaches slack.com.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from retrieval.search.engine import Engine
from tests.slack.server import FIXTURE_KNOWLEDGE, FOREIGN, Gunicorn, app_env
from tests.slack.slack_requests import SlackSide
from tests.slack.standin import StandInSlack

# The store's private PostgreSQL server, for the tests that run two `web:` processes on one database.
from tests.store.conftest import postgres_server, postgres_url  # noqa: F401


@pytest.fixture(scope="session", autouse=True)
def no_developer_slack_env() -> Iterator[None]:
    """Remove SLACK_* and friends for the whole run and put them back afterwards."""
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith(FOREIGN)}
    yield
    os.environ.update(saved)


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load(FIXTURE_KNOWLEDGE)


@pytest.fixture(scope="session")
def standin() -> Iterator[StandInSlack]:
    server = StandInSlack()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def fresh_standin(standin: StandInSlack) -> Iterator[None]:
    standin.reset()
    yield
    standin.reset()


@pytest.fixture(scope="session")
def web(standin: StandInSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gunicorn]:
    folder = tmp_path_factory.mktemp("slack-app")
    with Gunicorn(app_env(standin.api_url, folder), folder / "gunicorn.log") as server:
        standin.reset()  # the token check (auth.test) at start-up is not part of any test
        yield server


@pytest.fixture
def slack(web: Gunicorn) -> SlackSide:
    return SlackSide(web.url)

