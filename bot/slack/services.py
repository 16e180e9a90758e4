"""What listeners need besides Slack's own arguments, carried in Bolt's per-request context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from slack_bolt import BoltContext, BoltResponse

from bot.content.process import Reloader
from bot.content.served import ServedContent
from bot.settings import Settings
from bot.slack.transport.dedupe import EventLedger
from bot.slack.transport.outbox import Outbox
from bot.store import Store
from retrieval.search.engine import Engine

CONTEXT_KEY = "kyodo"


@dataclass(frozen=True)
class Services:
    content: ServedContent  # the engine, swapped whole when knowledge/ is reloaded
    settings: Settings
    ledger: EventLedger  # which events were answered, so Slack's retries are answered once
    outbox: Outbox  # every send to Slack goes through it, so that retries never wait in a listener
    store: Store | None = None  # the question log and votes; None when nothing is logged
    reloader: Reloader | None = None  # reloads knowledge/ in every process of the server (bot/content)

    @property
    def engine(self) -> Engine:
        """The engine to answer with now; read it once per answer."""
        return self.content.engine

    @property
    def base_url(self) -> str:
        return self.settings.public_base_url


def services_of(context: BoltContext) -> Services:
    return context[CONTEXT_KEY]


def provide(services: Services) -> Callable[..., BoltResponse]:
    """A global middleware that puts `services` into every request's context."""

    def provide_services(context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:
        context[CONTEXT_KEY] = services
        return next()

    return provide_services

