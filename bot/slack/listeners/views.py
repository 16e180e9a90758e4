"""Modal submissions: a question asked from App Home is answered in the asker's DM with kyodo; a comment on
an unhelpful answer is kept with the vote; a Q&A draft is sent to its author by DM."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.slack.blocks import ASK_BLOCK, ASK_CALLBACK, ASK_INPUT
from bot.slack.drafts import CITATIONS_BLOCK, DRAFT_CALLBACK, draft_message, draft_text, read_draft_form
from bot.slack.feedback import COMMENT_BLOCK, COMMENT_CALLBACK, REFUSED, read_comment_form, read_vote_token
from bot.slack.question_log import logged_answer_message, slack_identity
from bot.slack.services import services_of
from bot.store import Channel


def register(app: App) -> None:
    app.view(ASK_CALLBACK)(answer_from_modal)
    app.view(COMMENT_CALLBACK)(record_comment)
    app.view(DRAFT_CALLBACK)(send_draft)


def answer_from_modal(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext,
                      client: WebClient) -> None:
    question = (view["state"]["values"].get(ASK_BLOCK, {}).get(ASK_INPUT, {}).get("value") or "").strip()
    services = services_of(context)
    answer = services.engine.ask(question)
    if answer.empty and not answer.courtesy:  # thanks typed into the form get their line back in the DM
        ack(response_action="errors", errors={ASK_BLOCK: "質問の文を入力してください。"})
        return
    ack()
    message = logged_answer_message(services, answer, Channel.SLACK_HOME, context)
    # A user id as channel posts into the app's DM with that user (the Messages tab).
    services.outbox.call(client.chat_postMessage, channel=body["user"]["id"], unfurl_links=False,
                         **message.as_kwargs())


def record_comment(ack: Ack, view: dict[str, Any], context: BoltContext) -> None:
    """The comment form that 役に立たなかった opened: the vote is kept already; the comment joins it."""
    token, channel, comment = read_comment_form(view)
    services = services_of(context)
    question_id = read_vote_token(services.store, token)
    if isinstance(question_id, str):
        ack(response_action="errors", errors={COMMENT_BLOCK: REFUSED[question_id]})
        return
    ack()
    if comment:
        services.store.vote(question_id, slack_identity(context), helpful=False, channel=channel, comment=comment)


def send_draft(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """「Q&Aの下書きを作る」's form: the YAML draft goes to the person by DM; nothing is written anywhere else."""
    submitted = read_draft_form(view)
    offered = any(block.get("block_id") == CITATIONS_BLOCK for block in view.get("blocks") or [])
    if offered and not submitted.citations:
        ack(response_action="errors", errors={CITATIONS_BLOCK: "答えの根拠になる節を 1 つ以上選んでください。"})
        return
    ack()
    services = services_of(context)
    text = draft_message(submitted, draft_text(submitted, services.engine, datetime.now()))
    services.outbox.call(client.chat_postMessage, channel=body["user"]["id"], text=text, unfurl_links=False,
                         mrkdwn=True)
