"""Button presses: votes on an answer, sharing an ephemeral answer, 「ほかの箇所」 and 「他の自治体では？」,
opening a checklist or the ask form, and the maintainers' reload."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.content.process import ask_to_reload
from bot.content.reload import reload_content
from bot.home import home_label_of
from bot.slack.blocks import (
    COMPARE_ANSWER,
    FEEDBACK_HELPFUL,
    FEEDBACK_NOT_HELPFUL,
    MORE_PASSAGES,
    OPEN_ASK,
    OPEN_CHECKLIST,
    SHARE_ANSWER,
    answer_message,
    ask_modal,
    checklist_modal,
    comparison_message,
    more_message,
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
    app.action(COMPARE_ANSWER)(compare_answer)
    app.action(MORE_PASSAGES)(more_passages)
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
    engine = services.engine
    shared = answer_message(engine.ask(question), services.base_url, shared_by=user,
                            home_label=home_label_of(engine))
    message = with_vote_buttons(shared, token)
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


def compare_answer(ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext,
                   client: WebClient) -> None:
    """Every guideline's passage on the answer's question: in the answer's thread, or, for an answer only
    the asker sees (/kyodo), privately through its response_url."""
    ack()
    services = services_of(context)
    engine = services.engine
    message = comparison_message(engine.compare(action.get("value", "")), services.base_url,
                                 home_label=home_label_of(engine))
    _reply_under(body, message.as_kwargs(), services, client)


def more_passages(ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext,
                  client: WebClient) -> None:
    """The passages and Q&A entries the short answer left out, where 「他の自治体では？」 would go."""
    ack()
    services = services_of(context)
    engine = services.engine
    message = more_message(engine.ask(action.get("value", "")), services.base_url,
                           home_label=home_label_of(engine))
    _reply_under(body, message.as_kwargs(), services, client)


def _reply_under(body: dict[str, Any], reply: dict[str, Any], services: Services, client: WebClient) -> None:
    """Post `reply` in the thread of the message whose button was pressed; ephemeral messages come
    without it, so their reply goes to the response_url, seen by the asker alone."""
    message = body.get("message")
    if message:
        channel = (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id", "")
        services.outbox.call(client.chat_postMessage, channel=channel, thread_ts=message.get("thread_ts") or message["ts"],
                             unfurl_links=False, **reply)
    else:
        services.outbox.respond(body["response_url"], {"response_type": "ephemeral", "replace_original": False, **reply})


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
