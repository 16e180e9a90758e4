"""The Bolt app: a thin factory that wires the client, middleware and listeners together."""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_bolt.error import BoltError
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk import WebClient

from bot.content.process import Reloader
from bot.content.served import ServedContent, served
from bot.settings import Settings, SettingsError
from bot.slack.errors import handle_error
from bot.slack.listeners import register_listeners
from bot.slack.services import Services, provide
from bot.slack.transport.dedupe import AnswerEveryDelivery
from bot.slack.transport.outbox import Outbox, RetryScheduler
from bot.slack.transport.verification import mark_passed_bolt_checks
from bot.slack.transport.webclient import web_client
from bot.store import Store
from retrieval.search.engine import Engine

LISTENER_THREADS = 16  # answers run after the ack; retries wait in bot.slack.transport.outbox, never in these


class _SameTokenNotice(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment even when given a client, then warns at every
    start that the token will be unused. kyodo's client was built from that very variable (with
    SLACK_API_URL and a timeout Bolt cannot set), so the warning says nothing; any other is kept."""

    def __init__(self, client_token: str | None) -> None:
        super().__init__()
        self.client_token = client_token

    def filter(self, record: logging.LogRecord) -> bool:
        same = os.environ.get("SLACK_BOT_TOKEN", "").strip() == (self.client_token or "")
        return not (same and record.getMessage() == warning_client_prioritized_and_token_skipped())


def create_bolt_app(engine: Engine | ServedContent, settings: Settings, *, client: WebClient | None = None,
                    socket_mode: bool = False, store: Store | None = None, reloader: Reloader | None = None) -> App:
    """The Slack app; checks the bot token with auth.test, so a wrong token stops start-up.

    Requests over HTTP are always checked against the signing secret; only a Socket Mode app,
    which receives nothing over HTTP, runs without one."""
    if not settings.slack_signing_secret and not socket_mode:
        raise SettingsError("SLACK_SIGNING_SECRET is not set (Basic Information → Signing Secret)")
    # Retries are recognised in the store's database, so processes on every host that shares it answer once.
    ledger = store if store is not None else AnswerEveryDelivery()
    client = client or web_client(settings)
    notice = _SameTokenNotice(client.token)
    bolt_logger = logging.getLogger("slack_bolt.App")
    bolt_logger.addFilter(notice)
    try:
        app = App(
            client=client,
            signing_secret=settings.slack_signing_secret,
            request_verification_enabled=not socket_mode,
            process_before_response=False,  # ack at once; answers are sent from the listener threads
            listener_executor=ThreadPoolExecutor(LISTENER_THREADS, thread_name_prefix="kyodo-slack"),
        )
    except BoltError as error:
        raise SettingsError(f"SLACK_BOT_TOKEN was rejected by Slack: {error}") from None
    except OSError as error:
        raise SettingsError(f"SLACK_API_URL could not be reached ({settings.slack_api_url}): {error}") from None
    finally:
        bolt_logger.removeFilter(notice)
    # The token check above may retry and sleep; from now on nothing in a listener does.
    client.retry_handlers = []
    outbox = Outbox(RetryScheduler(), timeout=settings.slack_timeout_seconds)
    app.use(mark_passed_bolt_checks)  # first, so the error handler knows whether Bolt's checks passed
    app.use(provide(Services(served(engine, settings.knowledge_dir, settings), settings, ledger, outbox, store, reloader)))
    app.error(handle_error)
    register_listeners(app)
    return app
