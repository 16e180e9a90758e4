"""役に立った / 役に立たなかった in Slack: votes kept in the store against the question that was logged.

A posted answer's feedback buttons carry the signed token of its logged question
(bot/store/identity.py), not a guessable id: only an answer kyodo really showed can be voted
on, and a forged or altered token is refused with a private note and nothing stored. The
voter is the Slack team and user (only a keyed hash is kept), so each person has one vote
per answer and pressing the other button changes it. The buttons stay on the message, for
the others in the channel and for a change of mind; the voter alone gets a note.
役に立たなかった also opens a small form for an optional comment, stored when it is sent.

When nothing can be stored (no store, or a retention of 0 days) the answer is shown without
the vote buttons, as the web page is.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from slack_sdk.models.blocks import ContextBlock, InputBlock, MarkdownTextObject, PlainTextInputElement
from slack_sdk.models.views import View

from bot.slack.blocks import (
    FEEDBACK_BLOCK,
    FEEDBACK_HELPFUL,
    FEEDBACK_NOT_HELPFUL,
    MAX_BUTTON_VALUE,
    SHARE_ANSWER,
    Message,
)
from bot.store import Channel, Store, TokenExpired, TokenInvalid
from bot.store.records import MAX_COMMENT_CHARS

VOTE_BUTTONS = (FEEDBACK_HELPFUL, FEEDBACK_NOT_HELPFUL)
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")  # itsdangerous: payload.time.signature
COMMENT_CALLBACK = "feedback_comment"
COMMENT_BLOCK = "comment"
COMMENT_INPUT = "text"

THANKS_HELPFUL = "「役に立った」と記録しました。ありがとうございます。（もう一方のボタンを押すと変えられます）"
REFUSED = {
    "invalid": "この評価は受け付けられませんでした。kyodo の回答に付いているボタンから押してください。",
    "expired": "この回答への評価の受付期間が過ぎています。もう一度質問してから、その回答を評価してください。",
    "off": "この kyodo では回答の評価を受け付けていません。",
}


# --- the buttons ---------------------------------------------------------------------------------
def vote_token(store: Store | None, question_id: uuid.UUID | None) -> str | None:
    """The token a logged question's vote buttons carry; None when no vote on it can be stored."""
    if store is None or not store.logging_enabled or question_id is None:
        return None
    return store.tokens.issue(question_id)


def with_vote_buttons(message: Message, token: str | None) -> Message:
    """The message with its vote buttons carrying `token`, or without them when there is no token.

    The share button (on private answers) carries the token too, in front of the question, so
    that the copy shared to the channel can be voted on as the same answer."""
    blocks = []
    for block in message.blocks:
        if block.get("block_id") == FEEDBACK_BLOCK and block.get("type") == "actions":
            elements = [_marked(element, token) for element in block["elements"]
                        if token or element.get("action_id") not in VOTE_BUTTONS]
            if not elements:
                continue
            block = {**block, "elements": elements}
        blocks.append(block)
    return Message(message.text, blocks)


def _marked(element: dict[str, Any], token: str | None) -> dict[str, Any]:
    action = element.get("action_id")
    if action in VOTE_BUTTONS:
        return {**element, "value": token}
    if action == SHARE_ANSWER and token:
        return {**element, "value": share_value(token, element.get("value", ""))}
    return element


def share_value(token: str, question: str) -> str:
    return f"{token} {question}"[:MAX_BUTTON_VALUE]


def read_share_value(value: str, store: Store | None) -> tuple[str | None, str]:
    """(token, question) from a share button; a value without one of our tokens in front is all question.

    An expired token still marks where the question starts; the shared copy's votes are then refused."""
    first, _, rest = value.partition(" ")
    if rest and TOKEN_SHAPE.fullmatch(first) and read_vote_token(store, first) != "invalid":
        return first, rest
    return None, value


# --- votes -------------------------------------------------------------------------------------------
def read_vote_token(store: Store | None, token: str) -> uuid.UUID | str:
    """The logged question a token names, or why a vote with it is refused (a key of REFUSED)."""
    if store is None or not store.logging_enabled:
        return "off"
    try:
        return store.tokens.read(token)
    except TokenExpired:
        return "expired"
    except TokenInvalid:
        return "invalid"


def vote_channel(body: dict[str, Any]) -> Channel:
    """Where the vote was cast: a private answer to /kyodo, a DM (also App Home's answers), or a channel."""
    container = body.get("container") or {}
    if container.get("is_ephemeral"):
        return Channel.SLACK_SLASH
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id") or ""
    return Channel.SLACK_DM if channel.startswith("D") else Channel.SLACK_CHANNEL


# --- the comment form ------------------------------------------------------------------------------
def comment_modal(token: str, channel: Channel) -> dict[str, Any]:
    """Opened by 役に立たなかった: the vote is already kept; a comment is optional."""
    return View(
        type="modal", callback_id=COMMENT_CALLBACK, title="フィードバック", submit="送る", close="閉じる",
        private_metadata=json.dumps({"token": token, "channel": str(channel)}),
        blocks=[
            ContextBlock(elements=[MarkdownTextObject(
                text="「役に立たなかった」と記録しました。ありがとうございます。")]),
            InputBlock(block_id=COMMENT_BLOCK, label="足りなかったこと（任意）", optional=True,
                       element=PlainTextInputElement(
                           action_id=COMMENT_INPUT, multiline=True, max_length=MAX_COMMENT_CHARS,
                           placeholder="例: 実行委員会の会計の分担が知りたかった")),
            ContextBlock(elements=[MarkdownTextObject(
                text="コメントは、よくある質問（Q&A）を増やすために担当者が読みます。個人の名前などは書かないでください。")]),
        ],
    ).to_dict()


def read_comment_form(view: dict[str, Any]) -> tuple[str, Channel, str]:
    """(token, channel, comment) from a submitted comment form; an unreadable form gives an empty token."""
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
        token, channel = str(meta["token"]), Channel(meta["channel"])
    except (ValueError, KeyError, TypeError):
        return "", Channel.SLACK_CHANNEL, ""
    values = (view.get("state") or {}).get("values") or {}
    comment = ((values.get(COMMENT_BLOCK) or {}).get(COMMENT_INPUT) or {}).get("value") or ""
    return token, channel, comment.strip()
