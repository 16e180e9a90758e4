"""bot/slack/listeners/shortcuts.py and the draft form's submission, with a mocked Web API client."""

from __future__ import annotations

import html
import re
from unittest.mock import Mock

import yaml
from slack_bolt import BoltContext

from bot.slack.drafts import Thread, candidates, draft_modal, question_of
from bot.slack.listeners.shortcuts import open_draft
from bot.slack.listeners.views import send_draft
from bot.slack.services import Services
from tests.slack.listeners.conftest import USER, kwargs_of, slack_error

PARENT = {"type": "message", "user": USER, "ts": "1700000000.000100", "text": "<@U0KYODO> 後援は協働に当たりますか？"}
REPLY = {"type": "message", "user": "U0COLLEAGUE", "ts": "1700000000.000200", "thread_ts": PARENT["ts"],
         "text": "テスト市の指針は、後援を協働の形態の一つとしています。"}


def shortcut(message: dict) -> dict:
    return {"type": "message_action", "callback_id": "draft_qa", "trigger_id": "trigger.5", "message": message,
            "channel": {"id": "C0KYODO1"}, "user": {"id": USER}}


def test_the_form_is_opened_before_the_thread_is_read_and_then_filled(ack: Mock, client: Mock,
                                                                      context: BoltContext) -> None:
    client.views_open.return_value = {"ok": True, "view": {"id": "V9", "hash": "h9"}}
    client.conversations_replies.return_value = {"ok": True, "messages": [PARENT, REPLY]}
    open_draft(ack=ack, shortcut=shortcut(REPLY), context=context, client=client)
    ack.assert_called_once_with()
    order = [name for name, _, _ in client.method_calls]
    assert order == ["views_open", "conversations_replies", "views_update"], "the trigger_id lives 3 s"
    assert kwargs_of(client.views_open)["trigger_id"] == "trigger.5"
    assert kwargs_of(client.conversations_replies) == {"channel": "C0KYODO1", "ts": PARENT["ts"], "limit": 1,
                                                       "inclusive": True}
    update = kwargs_of(client.views_update)
    assert (update["view_id"], update["hash"]) == ("V9", "h9")
    inputs = {b["block_id"]: b["element"] for b in update["view"]["blocks"] if b["type"] == "input"}
    assert inputs["question"]["initial_value"] == "後援は協働に当たりますか？"
    assert inputs["answer"]["initial_value"] == REPLY["text"]
    assert inputs["citations"]["initial_options"][0]["value"] == "testshi#forms-support"


def test_an_unreadable_thread_leaves_the_question_to_write(ack: Mock, client: Mock, context: BoltContext) -> None:
    client.views_open.return_value = {"ok": True, "view": {"id": "V9"}}
    client.conversations_replies.side_effect = slack_error("conversations.replies", "missing_scope")
    open_draft(ack=ack, shortcut=shortcut(REPLY), context=context, client=client)
    view = kwargs_of(client.views_update)["view"]
    question = next(b["element"] for b in view["blocks"] if b.get("block_id") == "question")
    assert "initial_value" not in question and "読めませんでした" in str(view["blocks"][0])


def test_a_submitted_draft_goes_to_its_author_by_dm(ack: Mock, client: Mock, context: BoltContext,
                                                    services: Services) -> None:
    thread = Thread("後援は協働に当たりますか？", REPLY["text"])
    form = draft_modal(thread, candidates(services.engine, thread))
    pick = next(b["element"] for b in form["blocks"] if b.get("block_id") == "citations")
    values = {"question": {"text": {"value": thread.question}}, "answer": {"text": {"value": thread.answer}},
              "phrasings": {"text": {"value": "a\n\nb\na"}},
              "citations": {"pick": {"selected_options": pick["initial_options"][:2]}}}
    send_draft(ack=ack, body={"user": {"id": USER}}, view={**form, "state": {"values": values}}, context=context,
               client=client)
    ack.assert_called_once_with()
    posted = kwargs_of(client.chat_postMessage)
    assert posted["channel"] == USER
    data = yaml.safe_load(html.unescape(re.search(r"```\n(.*)```", posted["text"], re.S).group(1)))
    assert data["question"] == thread.question and data["answer"] == thread.answer
    assert data["phrasings"] == ["a", "b"], "blank and repeated lines dropped"
    assert [c["section"] for c in data["citations"]] == [o["value"].split("#")[1] for o in pick["initial_options"][:2]]


def test_a_draft_without_citations_keeps_the_form_open(ack: Mock, client: Mock, context: BoltContext,
                                                       services: Services) -> None:
    thread = Thread("後援は協働に当たりますか？", "")
    form = draft_modal(thread, candidates(services.engine, thread))
    values = {"question": {"text": {"value": thread.question}}, "citations": {"pick": {"selected_options": []}}}
    send_draft(ack=ack, body={"user": {"id": USER}}, view={**form, "state": {"values": values}}, context=context,
               client=client)
    assert kwargs_of(ack)["response_action"] == "errors"
    client.chat_postMessage.assert_not_called()


def test_a_question_typed_over_several_lines_is_drafted_on_one() -> None:
    # the engine keeps a message's line breaks to find its sentences; an entry's question is one line
    assert question_of("<@U0KYODO> 福祉課です\n\n後援は協働に当たりますか？") == "福祉課です 後援は協働に当たりますか？"
