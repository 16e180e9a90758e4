"""The Slack Web API client kyodo's listeners use, and the retries it makes only at start-up."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.settings import Settings


def start_up_retry_handlers() -> list[RetryHandler]:
    """For the token check (auth.test) while the app is built: nobody waits yet, so these may sleep.

    Once the app serves, the client has none: bot.slack.transport.outbox retries from its own threads."""
    return [
        RateLimitErrorRetryHandler(max_retry_count=2),
        ServerErrorRetryHandler(max_retry_count=2),
        ConnectionErrorRetryHandler(max_retry_count=2),
    ]


def web_client(settings: Settings) -> WebClient:
    # Every call is bounded by the timeout; Bolt copies it, and the retry handlers, into the
    # client it gives each request.
    return WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url,
                     timeout=settings.slack_timeout_seconds, retry_handlers=start_up_retry_handlers())
