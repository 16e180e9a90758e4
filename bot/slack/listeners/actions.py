"""Button presses: votes on an answer, sharing an ephemeral answer, opening a checklist or the ask form, and the
maintainers' reload."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.content.process import ask_to_reload
from bot.content.reload import reload_content
from bot.slack.blocks import (
    FEEDBACK_HELPFUL,
    FEEDBACK_NOT_HELPFUL,
    OPEN_ASK,
    OPEN_CHECKLIST,
    SHARE_ANSWER,
    answer_message,
    ask_modal,
    checklist_modal,
)
from bot.slack.feedback import (
    REFUSED,
    THANKS_HELPFUL,
    comment_modal,
    read_share_value,
    read_vote_token,
    vote_channel,
    with_vote_buttons,
)
from bot.slack.maintainers import RELOAD_CONTENT, home_for, is_maintainer
from bot.slack.question_log import slack_identity
from bot.slack.services import Services, services_of

NOT_A_MEMBER = {"not_in_channel", "channel_not_found", "is_archived"}
RELOAD_WAIT_SECONDS = 60.0  # a reload takes seconds; the result is shown when it is done, or what is known then
logger = logging.getLogger(__name__)


def register(app: App) -> None:
    app.action(FEEDBACK_HELPFUL)(record_feedback)
    app.action(FEEDBACK_NOT_HELPFUL)(record_feedback)
    app.action(SHARE_ANSWER)(share_answer)
    app.action(re.compile(rf"^{OPEN_CHECKLIST}:"))(open_checklist)
    app.action(OPEN_ASK)(open_ask)
    app.action(RELOAD_CONTENT)(reload_knowledge)


def record_feedback(ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext,
                    client: WebClient) -> None:
    """A vote on the answer whose logged question the button's token names; 役に立たなかった opens the comment form."""
    ack()
    services = services_of(context)
    token = action.get("value") or ""
    question_id = read_vote_token(services.store, token)
    voter = slack_identity(context)
    if isinstance(question_id, str) or voter is None:
        _tell_the_voter(services, body, REFUSED[question_id if isinstance(question_id, str) else "invalid"])
        return
    helpful = action["action_id"] == FEEDBACK_HELPFUL
    channel = vote_channel(body)
    services.store.vote(question_id, voter, helpful=helpful, channel=channel)
    if helpful:
        _tell_the_voter(services, body, THANKS_HELPFUL)
    else:
        # Not through the outbox: a trigger_id lives 3 s, so a views.open retried later would fail anyway.
        client.views_open(trigger_id=body["trigger_id"], view=comment_modal(token, channel))


def _tell_the_voter(services: Services, body: dict[str, Any], text: str) -> None:
    """A note only the voter sees, below the answer; the answer and its buttons stay as they are for everyone."""
    response_url = body.get("response_url")
    if response_url:
        services.outbox.respond(response_url, {"response_type": "ephemeral", "replace_original": False, "text": text})


def share_answer(ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext,
                 client: WebClient) -> None:
    ack()
    services = services_of(context)
    user = body["user"]["id"]
    token, question = read_share_value(action.get("value", ""), services.store)
    # The shared copy is the same answer: its votes count for the question asked privately, so it is not logged again.
    message = with_vote_buttons(answer_message(services.engine.ask(question), services.base_url, shared_by=user), token)
    response_url = body["response_url"]
    try:
        # The private copy goes once the shared one is posted, which a rate limit may delay.
        services.outbox.call(client.chat_postMessage, channel=body["channel"]["id"], unfurl_links=False,
                             then=lambda: services.outbox.respond(response_url, {"delete_original": True}),
                             **message.as_kwargs())
    except SlackApiError as error:
        if error.response.get("error") not in NOT_A_MEMBER:
            raise
        services.outbox.respond(response_url, {
            "response_type": "ephemeral", "replace_original": False,
            "text": "kyodo がこのチャンネルに参加していないため共有できませんでした。"
                    "`/invite @kyodo` で招待してから、もう一度お試しください。",
        })


def open_checklist(ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext,
                   client: WebClient) -> None:
    ack()
    services = services_of(context)
    knowledge = services.engine.knowledge
    checklist = knowledge.checklist(action.get("value") or action["action_id"].split(":", 1)[1])
    # Not through the outbox: a trigger_id lives 3 s, so a views.open retried later would fail anyway.
    client.views_open(trigger_id=body["trigger_id"], view=checklist_modal(checklist, knowledge, services.base_url))


def open_ask(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
    ack()
    client.views_open(trigger_id=body["trigger_id"], view=ask_modal())


def reload_knowledge(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """The maintainers' App Home button: reload knowledge/ in every process, then show the result."""
    ack()
    services = services_of(context)
    user = body["user"]["id"]
    if not is_maintainer(services.settings, user):  # the button is only shown to them, but anyone can send one
        logger.warning("refused a reload asked from App Home by a member not in KYODO_MAINTAINERS")
        return
    if services.reloader is None:
        reload_content(services.content)
    else:
        services.reloader.wait(ask_to_reload(services.reloader), RELOAD_WAIT_SECONDS)
    services.outbox.call(client.views_publish, user_id=user, view=home_for(services, user))
