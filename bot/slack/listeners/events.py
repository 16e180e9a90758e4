"""Events: mentions and DMs get answers; App Home shows how to use kyodo (and, to maintainers, how it does)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.maintainers import home_for
from bot.slack.question_log import logged_answer_message
from bot.slack.services import Services, services_of
from bot.store import Channel

logger = logging.getLogger(__name__)

# Events the app subscribes to (manifest.json's bot_events must list exactly these).
EVENTS = ("app_mention", "message.im", "app_home_opened")

# Subtypes of messages a person writes; others are edits, deletions, joins and bots.
PEOPLES_SUBTYPES = {None, "file_share", "thread_broadcast"}


def register(app: App) -> None:
    app.event("app_mention", matchers=[from_a_person])(answer_mention)
    app.event("message", matchers=[is_question_in_dm])(answer_dm)
    # Whatever the matchers above leave out is acknowledged and dropped: an unhandled
    # event gets a 404, and Slack would deliver it again and again.
    app.event("app_mention")(acknowledge_only)
    app.event("message")(acknowledge_only)
    app.event("app_home_opened")(publish_home)


def from_a_person(event: dict[str, Any]) -> bool:
    """Not a bot (no reply loops between bots), not an edit or deletion."""
    return not event.get("bot_id") and event.get("subtype") in PEOPLES_SUBTYPES


def answer_mention(event: dict[str, Any], body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    _answer(event, body, context, client, thread_ts=event.get("thread_ts") or event["ts"], channel=Channel.SLACK_CHANNEL)


def is_question_in_dm(event: dict[str, Any]) -> bool:
    return event.get("channel_type") == "im" and from_a_person(event)


def answer_dm(event: dict[str, Any], body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    _answer(event, body, context, client, thread_ts=event.get("thread_ts"), channel=Channel.SLACK_DM)


def acknowledge_only() -> None:
    """Bolt acknowledges events itself once a listener takes them; there is nothing else to do."""


def publish_home(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    # No de-dupe here: publishing the same Home view again on Slack's retry changes nothing.
    if event.get("tab", "home") != "home":
        return
    services = services_of(context)
    services.outbox.call(client.views_publish, user_id=event["user"], view=home_for(services, event["user"]))


def _answer(event: dict[str, Any], body: dict[str, Any], context: BoltContext, client: WebClient, *,
            thread_ts: str | None, channel: Channel) -> None:
    services = services_of(context)
    if not _first_delivery(body, event, services):
        return
    message = logged_answer_message(services, services.engine.ask(event.get("text") or ""), channel, context)
    services.outbox.call(client.chat_postMessage, channel=event["channel"], thread_ts=thread_ts, unfurl_links=False,
                         **message.as_kwargs())


def _first_delivery(body: dict[str, Any], event: dict[str, Any], services: Services) -> bool:
    """False for an event already answered (Slack's retry, maybe received by another worker).

    Asked here, in the listener thread after the ack, so the ledger never delays an ack."""
    event_id = body.get("event_id")
    if not event_id or services.ledger.first_time(event_id):
        return True
    # The id and a length identify the delivery; the question itself stays out of the log.
    logger.info("skipped a repeated delivery of %s (question of %d characters)", event_id, len(event.get("text") or ""))
    return False
