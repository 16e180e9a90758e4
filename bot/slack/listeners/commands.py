"""/kyodo: an answer only the asker sees, with a button to share it; usage when asked for help."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot.slack.blocks import usage_message
from bot.slack.question_log import logged_answer_message
from bot.slack.services import services_of
from bot.store import Channel

COMMAND = "/kyodo"
HELP_WORDS = {"", "help", "ヘルプ", "使い方", "?", "？"}


def register(app: App) -> None:
    app.command(COMMAND)(answer_command)


def answer_command(ack: Ack, command: dict[str, Any], context: BoltContext) -> None:
    ack()
    services = services_of(context)
    question = (command.get("text") or "").strip()
    if question.lower() in HELP_WORDS:
        message = usage_message(services.base_url)
    else:
        message = logged_answer_message(services, services.engine.ask(question), Channel.SLACK_SLASH, context,
                                        share=True)
    services.outbox.respond(command["response_url"], {"response_type": "ephemeral", **message.as_kwargs()})
