"""Slack HTTP clients with kyodo's retry policy: rate limits, server errors and dropped connections."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient

from bot.settings import Settings

logger = logging.getLogger(__name__)


def retry_handlers() -> list[RetryHandler]:
    # RateLimitErrorRetryHandler waits as long as Retry-After says; the others back off 0.5 s, 1 s.
    return [
        RateLimitErrorRetryHandler(max_retry_count=2),
        ServerErrorRetryHandler(max_retry_count=2),
        ConnectionErrorRetryHandler(max_retry_count=2),
    ]


def web_client(settings: Settings) -> WebClient:
    return WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url, retry_handlers=retry_handlers())


def send_to_response_url(url: str, payload: dict[str, Any]) -> bool:
    """Post to a slash command's or action's response_url; a failure is logged in one line."""
    try:
        response = WebhookClient(url, retry_handlers=retry_handlers()).send_dict(payload)
    except OSError as error:  # URLError and friends, after the retries
        logger.error("Slack response_url could not be reached after retries: %s", error)
        return False
    if response.status_code != 200:
        logger.error("Slack response_url answered HTTP %s after retries: %s", response.status_code,
                     str(response.body)[:200])
        return False
    return True
