"""Message shortcuts: 「Q&Aの下書きを作る」 on a colleague's answer in a thread."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.drafts import DRAFT_SHORTCUT, Thread, candidates, draft_modal, from_slack, loading_modal, question_of
from bot.slack.services import services_of

logger = logging.getLogger(__name__)

NOT_IN_A_THREAD = ("スレッドの返信（同僚の回答）で使うと、最初のメッセージが質問に、その返信が答えに入ります。"
                   "このメッセージを質問にしました。答えを書いてください。")
PARENT_UNREADABLE = ("スレッドの最初のメッセージを読めませんでした（kyodo がこのチャンネルに参加していないと読めません。"
                     "`/invite @kyodo` で招待できます）。質問を書いてください。")


def register(app: App) -> None:
    app.shortcut(DRAFT_SHORTCUT)(open_draft)


def open_draft(ack: Ack, shortcut: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    ack()
    # The trigger_id lives 3 s: open at once, then read the thread and fill the form in.
    opened = client.views_open(trigger_id=shortcut["trigger_id"], view=loading_modal())
    services = services_of(context)
    thread = read_thread(client, shortcut)
    view = draft_modal(thread, candidates(services.engine, thread))
    client.views_update(view_id=opened["view"]["id"], hash=opened["view"].get("hash"), view=view)


def read_thread(client: WebClient, shortcut: dict[str, Any]) -> Thread:
    message = shortcut.get("message") or {}
    text = from_slack(message.get("text", ""))
    parent_ts = message.get("thread_ts")
    if not parent_ts or parent_ts == message.get("ts"):
        return Thread(question_of(text), "", NOT_IN_A_THREAD)
    channel = (shortcut.get("channel") or {}).get("id", "")
    try:
        replies = client.conversations_replies(channel=channel, ts=parent_ts, limit=1, inclusive=True)
        parent = next(m for m in replies.get("messages") or [] if m.get("ts") == parent_ts)
    except (SlackApiError, OSError, StopIteration) as error:
        logger.info("the draft shortcut could not read the thread's first message: %s", type(error).__name__)
        return Thread("", text, PARENT_UNREADABLE)
    return Thread(question_of(from_slack(parent.get("text", ""))), text)
