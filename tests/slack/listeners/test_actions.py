"""bot/slack/listeners/actions.py: sharing, and opening checklists and the question form (votes: test_feedback.py)."""

from __future__ import annotations

from unittest.mock import Mock

import pytest
from slack_bolt import BoltContext
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import answer_message
from bot.slack.listeners.actions import compare_answer, open_ask, open_checklist, share_answer
from bot.slack.services import Services
from tests.slack.helpers import all_text, linked_sections
from tests.slack.listeners.conftest import kwargs_of, slack_error

URL = "https://hooks.slack.com/actions/T0TEST/1/abc"
USER = {"id": "U0STAFF1"}
CHANNEL = {"id": "C0KYODO1"}


def posted_answer(services: Services, question: str) -> dict:
    message = answer_message(services.engine.ask(question), services.base_url)
    return {"type": "message", "ts": "1700000000.000100", "text": message.text, "blocks": message.blocks}


def test_share_posts_to_the_channel_then_removes_the_private_copy(ack: Mock, client: Mock, respond: Mock,
                                                                  context: BoltContext) -> None:
    share_answer(ack=ack, body={"user": USER, "channel": CHANNEL, "response_url": URL},
                 action={"action_id": "share_answer", "value": "協働の相手はどう選ぶ？"}, context=context, client=client)
    posted = kwargs_of(client.chat_postMessage)
    assert posted["channel"] == "C0KYODO1"
    assert "<@U0STAFF1> さんが kyodo の回答を共有しました" in all_text(posted["blocks"])
    assert linked_sections(posted["blocks"])[0] == "testshi#partner"
    respond.assert_called_once_with(URL, {"delete_original": True}, 1)


def test_share_where_kyodo_is_not_a_member_tells_how_to_invite_it(ack: Mock, client: Mock, respond: Mock,
                                                                  context: BoltContext) -> None:
    client.chat_postMessage.side_effect = slack_error("chat.postMessage", "not_in_channel")
    share_answer(ack=ack, body={"user": USER, "channel": CHANNEL, "response_url": URL},
                 action={"action_id": "share_answer", "value": "後援は協働？"}, context=context, client=client)
    url, payload, _ = respond.call_args.args
    assert "/invite @kyodo" in payload["text"] and "delete_original" not in payload


def test_share_refused_for_another_reason_reaches_the_error_handler(ack: Mock, client: Mock, respond: Mock,
                                                                    context: BoltContext) -> None:
    client.chat_postMessage.side_effect = slack_error("chat.postMessage", "invalid_blocks")
    with pytest.raises(SlackApiError, match="invalid_blocks"):
        share_answer(ack=ack, body={"user": USER, "channel": CHANNEL, "response_url": URL},
                     action={"action_id": "share_answer", "value": "後援は協働？"}, context=context, client=client)
    respond.assert_not_called()


def test_a_checklist_opens_as_a_modal_with_its_items_and_sources(ack: Mock, client: Mock,
                                                                 context: BoltContext) -> None:
    open_checklist(ack=ack, body={"trigger_id": "trigger.1"}, action={"action_id": "open_checklist:start-project",
                                                                       "value": "start-project"},
                   context=context, client=client)
    ack.assert_called_once_with()
    opened = kwargs_of(client.views_open)
    assert opened["trigger_id"] == "trigger.1"
    text = all_text(opened["view"]["blocks"])
    assert "協働事業を始めるときのチェックリスト" in text
    assert linked_sections(opened["view"]["blocks"]) == ["testshi#partner", "testshi#roles", "testshi#evaluation"]


def test_a_checklist_id_from_the_action_id_and_a_stale_one(ack: Mock, client: Mock, context: BoltContext) -> None:
    open_checklist(ack=ack, body={"trigger_id": "t"}, action={"action_id": "open_checklist:choose-form"},
                   context=context, client=client)
    assert "協働の形態を選ぶチェックリスト" in all_text(kwargs_of(client.views_open)["view"]["blocks"])
    client.views_open.reset_mock()
    open_checklist(ack=ack, body={"trigger_id": "t"}, action={"action_id": "open_checklist:gone", "value": "gone"},
                   context=context, client=client)
    assert "見つかりませんでした" in all_text(kwargs_of(client.views_open)["view"]["blocks"])


def test_the_ask_button_opens_the_question_form(ack: Mock, client: Mock) -> None:
    open_ask(ack=ack, body={"trigger_id": "trigger.2"}, client=client)
    ack.assert_called_once_with()
    opened = kwargs_of(client.views_open)
    assert opened["trigger_id"] == "trigger.2" and opened["view"]["callback_id"] == "ask"


def test_compare_on_a_dm_answer_starts_a_thread_under_it(ack: Mock, client: Mock, context: BoltContext,
                                                         services: Services) -> None:
    message = posted_answer(services, "補助の条件は？")  # a DM answer: no thread_ts of its own
    compare_answer(ack=ack, body={"user": USER, "channel": {"id": "D0KYODO1"}, "message": message},
                   action={"action_id": "compare_answer", "value": "補助の条件は？"}, context=context, client=client)
    ack.assert_called_once_with()
    posted = kwargs_of(client.chat_postMessage)
    assert posted["channel"] == "D0KYODO1" and posted["thread_ts"] == message["ts"]
    assert linked_sections(posted["blocks"]) == ["testshi#forms-subsidy"]
