"""Votes from Slack's buttons, listener by listener, into a real SQLite log: kept against the logged question,
one per person and changeable, refused with a note when the token is not ours, with a comment form."""

from __future__ import annotations

import time
import uuid
from datetime import datetime
from typing import Any
from unittest.mock import Mock

import itsdangerous
import pytest
from slack_bolt import BoltContext

from bot.slack.feedback import REFUSED, THANKS_HELPFUL, comment_modal, read_share_value, with_vote_buttons
from bot.slack.listeners.actions import record_feedback, share_answer
from bot.slack.listeners.events import answer_mention
from bot.slack.listeners.views import record_comment
from bot.slack.services import CONTEXT_KEY, Services
from bot.store import Channel, Store
from tests.slack.helpers import buttons
from tests.slack.listeners.conftest import TEAM, USER, kwargs_of

URL = "https://hooks.slack.com/actions/T0TEST/1/abc"
MENTION = {"type": "app_mention", "user": USER, "text": "<@U0KYODO> 後援は協働に当たる？", "ts": "1700000000.000100",
           "channel": "C0KYODO1"}
VOTER = f"slack:{TEAM}:{USER}"


def posted(client: Mock, context: BoltContext) -> list[dict[str, Any]]:
    """Ask by mention; the blocks of the answer as it was posted."""
    answer_mention(event=MENTION, body={"event_id": f"Ev{uuid.uuid4().hex}", "event": MENTION}, context=context,
                   client=client)
    blocks = kwargs_of(client.chat_postMessage)["blocks"]
    client.reset_mock()
    return blocks


def value_of(blocks: list[dict[str, Any]], action_id: str) -> str:
    return next(b["value"] for b in buttons(blocks) if b["action_id"] == action_id)


def press(action_id: str, value: str, context: BoltContext, client: Mock, ack: Mock, *,
          channel: str = "C0KYODO1", ephemeral: bool = False) -> None:
    body = {"user": {"id": USER}, "trigger_id": "trigger.9", "response_url": URL,
            "container": {"type": "message", "channel_id": channel, "is_ephemeral": ephemeral},
            "channel": {"id": channel}}
    record_feedback(ack=ack, body=body, action={"action_id": action_id, "value": value}, context=context,
                    client=client)


def logged_id(store: Store) -> uuid.UUID:
    assert store.flush(10)
    [entry] = store.asked_since(datetime(2000, 1, 1))
    return entry.id


def votes(store: Store) -> int:
    assert store.flush(10)
    with store._writes.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM votes").scalar_one()


def test_the_vote_buttons_carry_a_token_naming_the_logged_question(client: Mock, context: BoltContext,
                                                                   store: Store) -> None:
    blocks = posted(client, context)
    helpful, unhelpful = value_of(blocks, "feedback_helpful"), value_of(blocks, "feedback_not_helpful")
    assert helpful == unhelpful and store.tokens.read(helpful) == logged_id(store)
    assert "後援" not in helpful, "the token, not the question"


def test_helpful_is_kept_and_only_the_voter_is_told(ack: Mock, client: Mock, respond: Mock, context: BoltContext,
                                                   store: Store) -> None:
    token = value_of(posted(client, context), "feedback_helpful")
    press("feedback_helpful", token, context, client, ack)
    ack.assert_called_once_with()
    assert store.flush(10) and store.vote_of(logged_id(store), VOTER) == (True, None)
    url, payload, _ = respond.call_args.args
    assert url == URL and payload == {"response_type": "ephemeral", "replace_original": False, "text": THANKS_HELPFUL}
    client.chat_update.assert_not_called()  # the buttons stay, for the others and for a change of mind
    client.views_open.assert_not_called()


def test_unhelpful_opens_the_comment_form_at_once_and_the_comment_is_kept(
        ack: Mock, client: Mock, respond: Mock, context: BoltContext, store: Store) -> None:
    token = value_of(posted(client, context), "feedback_not_helpful")
    press("feedback_not_helpful", token, context, client, ack)
    opened = kwargs_of(client.views_open)
    assert opened["trigger_id"] == "trigger.9" and opened["view"]["callback_id"] == "feedback_comment"
    respond.assert_not_called()  # the form itself says the vote was kept
    assert store.flush(10) and store.vote_of(logged_id(store), VOTER) == (False, None)

    submitted = {**opened["view"], "state": {"values": {"comment": {"text": {"value": " 会計の分担が知りたかった "}}}}}
    form_ack = Mock()
    record_comment(ack=form_ack, view=submitted, context=context)
    form_ack.assert_called_once_with()
    assert store.flush(10) and store.vote_of(logged_id(store), VOTER) == (False, "会計の分担が知りたかった")


def test_one_vote_per_person_that_the_other_button_changes(ack: Mock, client: Mock, context: BoltContext,
                                                           store: Store) -> None:
    token = value_of(posted(client, context), "feedback_helpful")
    press("feedback_not_helpful", token, context, client, ack)
    press("feedback_helpful", token, context, client, ack)
    assert votes(store) == 1 and store.vote_of(logged_id(store), VOTER) == (True, None)
    other = BoltContext(team_id=TEAM, user_id="U0OTHER")
    other[CONTEXT_KEY] = context[CONTEXT_KEY]
    press("feedback_not_helpful", token, other, client, ack)
    assert votes(store) == 2, "a colleague's vote is their own"


@pytest.mark.parametrize("forge", [
    lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),  # altered signature
    lambda token: itsdangerous.URLSafeTimedSerializer("another key", salt="kyodo.vote").dumps(uuid.uuid4().hex),
    lambda token: "後援は協働？",  # what the buttons carried before votes were kept
    lambda token: "",
])
def test_a_forged_token_is_refused_with_a_note_and_nothing_is_stored(forge, ack: Mock, client: Mock, respond: Mock,
                                                                     context: BoltContext, store: Store) -> None:
    token = value_of(posted(client, context), "feedback_helpful")
    for action in ("feedback_helpful", "feedback_not_helpful"):
        press(action, forge(token), context, client, ack)
        _, payload, _ = respond.call_args.args
        assert payload == {"response_type": "ephemeral", "replace_original": False, "text": REFUSED["invalid"]}
    client.views_open.assert_not_called()
    assert votes(store) == 0


def test_an_expired_token_is_refused_as_expired(ack: Mock, client: Mock, respond: Mock, context: BoltContext,
                                                store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    token = value_of(posted(client, context), "feedback_helpful")
    question = store.tokens.read(token)
    with monkeypatch.context() as patch:
        patch.setattr(itsdangerous.timed.TimestampSigner, "get_timestamp", lambda self: int(time.time()) - 200 * 86400)
        old = store.tokens.issue(question)
    press("feedback_helpful", old, context, client, ack)
    assert respond.call_args.args[1]["text"] == REFUSED["expired"]
    assert votes(store) == 0


def test_a_comment_form_with_a_forged_token_is_refused_in_the_form(context: BoltContext, store: Store) -> None:
    form = comment_modal("not.a.token", Channel.SLACK_DM)
    ack = Mock()
    record_comment(ack=ack, view={**form, "state": {"values": {"comment": {"text": {"value": "x"}}}}}, context=context)
    assert kwargs_of(ack) == {"response_action": "errors", "errors": {"comment": REFUSED["invalid"]}}
    assert votes(store) == 0


def test_the_place_of_the_vote_is_kept(ack: Mock, client: Mock, context: BoltContext, store: Store) -> None:
    token = value_of(posted(client, context), "feedback_helpful")
    press("feedback_helpful", token, context, client, ack, channel="D0KYODO1")
    assert store.flush(10)
    with store._writes.connect() as connection:
        assert connection.exec_driver_sql("SELECT channel FROM votes").scalar_one() == "dm"
    press("feedback_helpful", token, context, client, ack, ephemeral=True)
    assert store.flush(10)
    with store._writes.connect() as connection:
        assert connection.exec_driver_sql("SELECT channel FROM votes").scalar_one() == "slash"


def test_a_shared_copy_is_voted_on_as_the_same_answer(ack: Mock, client: Mock, context: BoltContext,
                                                      store: Store, services: Services) -> None:
    token = value_of(posted(client, context), "feedback_helpful")
    share = f"{token} 後援は協働に当たる？"
    assert read_share_value(share, store) == (token, "後援は協働に当たる？")
    assert read_share_value("a.b.c 後援は？", store) == (None, "a.b.c 後援は？"), "not one of ours: all question"
    share_answer(ack=ack, body={"user": {"id": USER}, "channel": {"id": "C0KYODO1"}, "response_url": URL},
                 action={"action_id": "share_answer", "value": share}, context=context, client=client)
    shared = kwargs_of(client.chat_postMessage)["blocks"]
    assert value_of(shared, "feedback_helpful") == token
    assert store.flush(10) and len(store.asked_since(datetime(2000, 1, 1))) == 1, "sharing is not a new question"


def test_without_a_log_the_answer_has_no_vote_buttons(services: Services) -> None:
    from bot.slack.blocks import answer_message

    message = answer_message(services.engine.ask("後援は協働？"), services.base_url, share=True)
    bare = with_vote_buttons(message, None)
    assert {b["action_id"] for b in buttons(bare.blocks)} & {"feedback_helpful", "feedback_not_helpful"} == set()
    assert value_of(bare.blocks, "share_answer") == "後援は協働？"
    assert len(bare.blocks) == len(message.blocks), "only the buttons go"
    without_share = with_vote_buttons(answer_message(services.engine.ask("後援は協働？"), services.base_url), None)
    assert not [b for b in without_share.blocks if b.get("block_id") == "feedback"], "an empty row goes too"
