"""What happens when a listener fails: one clear log line, and the asker told when we still can."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlparse

from slack_bolt import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.services import CONTEXT_KEY, Services
from bot.slack.transport.outbox import describe
from bot.slack.transport.verification import passed_bolt_checks

logger = logging.getLogger(__name__)
SORRY = "エラーのため回答できませんでした。時間をおいてもう一度お試しください。"


def handle_error(error: Exception, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Bolt's error handler for every listener and middleware.

    Bolt also calls it when its own checks fail before any middleware of ours ran; then the body
    is unverified and names a channel or response_url anyone could have written, so nobody is told."""
    if isinstance(error, SlackApiError):
        # Slack refused for good (refusals for now are retried by the outbox); telling the user would fail too.
        method = urlparse(error.response.api_url).path.rsplit("/", 1)[-1]
        logger.error("Slack API %s failed: %s", method, describe(error))
        return
    if isinstance(error, OSError):
        logger.error("Slack API could not be reached or did not answer: %s", error)
        return
    if not passed_bolt_checks(context):
        logger.error("error before the request was verified: %s", type(error).__name__)
        return
    logger.exception("unexpected error while handling a Slack %s", body.get("type", "request"), exc_info=error)
    services = context.get(CONTEXT_KEY)
    if isinstance(services, Services):
        _tell_the_asker(body, client, services)


def _tell_the_asker(body: dict[str, Any], client: WebClient, services: Services) -> None:
    """A bug must not look like silence to the person who asked."""
    response_url = body.get("response_url")
    event = body.get("event") or {}
    try:
        if response_url:
            services.outbox.respond(response_url, {"response_type": "ephemeral", "text": SORRY})
        elif event.get("channel") and event.get("ts"):
            services.outbox.call(client.chat_postMessage, channel=event["channel"],
                                 thread_ts=event.get("thread_ts") or event["ts"], text=SORRY)
    except (SlackApiError, OSError) as error:
        logger.error("could not tell the asker about the error: %s", error)
