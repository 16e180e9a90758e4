"""Modal submissions: a question asked from App Home is answered in the asker's DM with kyodo."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.slack.blocks import ASK_BLOCK, ASK_CALLBACK, ASK_INPUT, answer_message
from bot.slack.question_log import log_slack_answer
from bot.slack.services import services_of
from bot.store import Channel


def register(app: App) -> None:
    app.view(ASK_CALLBACK)(answer_from_modal)


def answer_from_modal(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext,
                      client: WebClient) -> None:
    question = (view["state"]["values"].get(ASK_BLOCK, {}).get(ASK_INPUT, {}).get("value") or "").strip()
    services = services_of(context)
    answer = services.engine.ask(question)
    if answer.empty:
        ack(response_action="errors", errors={ASK_BLOCK: "質問の文を入力してください。"})
        return
    ack()
    log_slack_answer(services, answer, Channel.SLACK_HOME, context)
    # A user id as channel posts into the app's DM with that user (the Messages tab).
    services.outbox.call(client.chat_postMessage, channel=body["user"]["id"], unfurl_links=False,
                         **answer_message(answer, services.base_url).as_kwargs())
