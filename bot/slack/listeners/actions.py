"""Button presses: feedback on an answer, sharing an ephemeral answer, 「ほかの箇所」 and 「他の自治体では？」,
opening a checklist or the ask form."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

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
    home_label_in,
    more_message,
    without_feedback_buttons,
)
from bot.slack.feedback import Feedback
from bot.slack.services import Services, services_of

NOT_A_MEMBER = {"not_in_channel", "channel_not_found", "is_archived"}


def register(app: App) -> None:
    app.action(FEEDBACK_HELPFUL)(record_feedback)
    app.action(FEEDBACK_NOT_HELPFUL)(record_feedback)
    app.action(SHARE_ANSWER)(share_answer)
    app.action(COMPARE_ANSWER)(compare_answer)
    app.action(MORE_PASSAGES)(more_passages)
    app.action(re.compile(rf"^{OPEN_CHECKLIST}:"))(open_checklist)
    app.action(OPEN_ASK)(open_ask)


def record_feedback(ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext,
                    client: WebClient) -> None:
    ack()
    services = services_of(context)
    channel = (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id", "")
    message = body.get("message")
    question = action.get("value", "")
    services.feedback.record(Feedback(
        helpful=action["action_id"] == FEEDBACK_HELPFUL, question=question, user=body["user"]["id"],
        channel=channel, message_ts=message["ts"] if message else "",
    ))
    if message:
        services.outbox.call(client.chat_update, channel=channel, ts=message["ts"], text=message.get("text", ""),
                             blocks=without_feedback_buttons(message.get("blocks", [])))
    else:
        # Ephemeral answers come without their message; render it again, as it was, with the thanks.
        engine = services.engine
        again = answer_message(engine.ask(question), services.base_url, share=True, thanked=True,
                               home_label=home_label_in(engine.knowledge, engine.home))
        services.outbox.respond(body["response_url"], {"replace_original": True, **again.as_kwargs()})


def share_answer(ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext,
                 client: WebClient) -> None:
    ack()
    services = services_of(context)
    user = body["user"]["id"]
    engine = services.engine
    message = answer_message(engine.ask(action.get("value", "")), services.base_url, shared_by=user,
                             home_label=home_label_in(engine.knowledge, engine.home))
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
                                 home_label=home_label_in(engine.knowledge, engine.home))
    _reply_under(body, message.as_kwargs(), services, client)


def more_passages(ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext,
                  client: WebClient) -> None:
    """The passages and Q&A entries the short answer left out, where 「他の自治体では？」 would go."""
    ack()
    services = services_of(context)
    engine = services.engine
    message = more_message(engine.ask(action.get("value", "")), services.base_url,
                           home_label=home_label_in(engine.knowledge, engine.home))
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
