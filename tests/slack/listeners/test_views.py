"""bot/slack/listeners/views.py: the App Home form's question is answered in the asker's DM."""

from __future__ import annotations

from unittest.mock import Mock

from slack_bolt import BoltContext

from bot.slack.listeners.views import answer_from_modal
from tests.slack.helpers import linked_sections
from tests.slack.listeners.conftest import kwargs_of

BODY = {"type": "view_submission", "user": {"id": "U0STAFF1"}}


def view(question: str) -> dict:
    return {"callback_id": "ask", "state": {"values": {"question": {"text": {"value": question}}}}}


def test_a_question_is_acked_and_answered_in_the_dm(ack: Mock, client: Mock, context: BoltContext) -> None:
    answer_from_modal(ack=ack, body=BODY, view=view("補助金を出すときの条件は？"), context=context, client=client)
    ack.assert_called_once_with()
    posted = kwargs_of(client.chat_postMessage)
    assert posted["channel"] == "U0STAFF1"
    assert linked_sections(posted["blocks"])[0] == "testshi#forms-subsidy"


def test_a_blank_question_keeps_the_form_open_with_an_error(ack: Mock, client: Mock, context: BoltContext) -> None:
    answer_from_modal(ack=ack, body=BODY, view=view("  \n "), context=context, client=client)
    assert kwargs_of(ack) == {"response_action": "errors", "errors": {"question": "質問の文を入力してください。"}}
    client.chat_postMessage.assert_not_called()


def test_thanks_typed_into_the_form_get_their_line_back_in_the_dm(ack: Mock, client: Mock,
                                                                   context: BoltContext) -> None:
    answer_from_modal(ack=ack, body=BODY, view=view("さっきの回答、助かりました！"), context=context, client=client)
    ack.assert_called_once_with()
    posted = kwargs_of(client.chat_postMessage)
    assert posted["channel"] == "U0STAFF1" and posted["text"].startswith("どういたしまして。")
