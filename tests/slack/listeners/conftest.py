"""Direct listener tests: each listener function called as Bolt would call it, with a mocked Web API
client, ack and response_url poster, the fixture knowledge's real engine, and kyodo's real outbox.
No HTTP, no threads to wait for: milliseconds each. The end-to-end tests beside them (tests/slack/)
run the same listeners behind gunicorn."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from unittest.mock import Mock

import pytest
from slack_bolt import Ack, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

from bot.content.served import ServedContent
from bot.settings import Settings
from bot.slack.services import CONTEXT_KEY, Services
from bot.slack.transport.outbox import Outbox, RetryScheduler
from bot.store import Store, database_url
from retrieval.search.engine import Engine
from tests.slack.server import FIXTURE_KNOWLEDGE, PUBLIC_BASE_URL


class SeenOnce:
    """The ledger's contract in a set: first_time is True once per event id."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def first_time(self, event_id: str) -> bool:
        first = event_id not in self.seen
        self.seen.add(event_id)
        return first


@pytest.fixture
def client() -> Mock:
    return Mock(WebClient)


@pytest.fixture
def ack() -> Mock:
    return Mock(Ack)


@pytest.fixture
def respond() -> Mock:
    """Stands for the POST to a response_url: called with (url, payload, timeout)."""
    return Mock()


TEAM = "T0TEST"
USER = "U0STAFF1"
SECRET = "listener-test-secret-" + "s" * 16


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    """A real question log in a SQLite file of its own."""
    opened = Store.open(database_url("", tmp_path / "kyodo.sqlite3"), SECRET)
    yield opened
    opened.close()


@pytest.fixture
def services(engine: Engine, respond: Mock, store: Store) -> Services:
    settings = Settings(knowledge_dir=FIXTURE_KNOWLEDGE, public_base_url=PUBLIC_BASE_URL)
    return Services(ServedContent(engine, FIXTURE_KNOWLEDGE), settings, SeenOnce(),
                    Outbox(RetryScheduler(), timeout=1, post_to_url=respond), store)


@pytest.fixture
def context(services: Services) -> BoltContext:
    """As Bolt fills it for a request from USER in TEAM."""
    context = BoltContext(team_id=TEAM, user_id=USER)
    context[CONTEXT_KEY] = services
    return context


def kwargs_of(mock: Mock) -> dict[str, Any]:
    mock.assert_called_once()
    return mock.call_args.kwargs


def slack_error(method: str, error: str, status: int = 200, headers: dict[str, str] | None = None) -> SlackApiError:
    """What the Web API client raises when Slack answers ok: false."""
    response = SlackResponse(client=None, http_verb="POST", api_url=f"https://slack.com/api/{method}", req_args={},
                             data={"ok": False, "error": error}, headers=headers or {}, status_code=status)
    return SlackApiError(f"The request to the Slack API failed. ({error})", response)
