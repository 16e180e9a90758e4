"""Votes over HTTP against the real `web:` process and its SQLite log: 役に立った / 役に立たなかった kept against
the logged question, changed by pressing the other, the comment form, forged tokens refused, shared copies."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

import itsdangerous
import pytest

from bot.store import Store
from tests.slack.helpers import all_text, buttons
from tests.slack.server import SECRET_KEY, Gunicorn, database_of
from tests.slack.slack_requests import SlackSide, new_id, new_trigger_id, new_ts
from tests.slack.standin import RESPONSE_URL_METHOD, TEAM_ID, Call, StandInSlack

LONG_AGO = datetime(2000, 1, 1)


@pytest.fixture
def question_log(web: Gunicorn) -> Iterator[Store]:
    store = Store.open(database_of(web.env), SECRET_KEY)
    yield store
    store.close()


def at(response_url: str) -> Callable[[Call], bool]:
    path = urlparse(response_url).path
    return lambda c: c.path == path


def value_of(blocks: list[dict[str, Any]], action_id: str) -> str:
    return next(b["value"] for b in buttons(blocks) if b["action_id"] == action_id)


def posted_answer(slack: SlackSide, standin: StandInSlack, question: str) -> dict[str, Any]:
    asked = new_ts()
    slack.mention(question, ts=asked)
    [call] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == asked)
    return {"type": "message", "user": "U0KYODO", "ts": new_ts(), "text": call.body["text"],
            "blocks": call.body["blocks"]}


def wait_vote(store: Store, question_id: uuid.UUID, voter: str, expected: tuple[bool, str | None],
              timeout: float = 15.0) -> None:
    """The app writes votes from a background thread; wait until this one reads as expected."""
    deadline = time.monotonic() + timeout
    while (found := store.vote_of(question_id, voter)) != expected:
        assert time.monotonic() < deadline, f"vote is {found}, expected {expected}"
        time.sleep(0.05)


def test_votes_are_kept_changed_and_commented_with_the_buttons_left_for_everyone(
        slack: SlackSide, standin: StandInSlack, question_log: Store) -> None:
    message = posted_answer(slack, standin, f"後援は協働に当たる？{uuid.uuid4().hex[:6]}")
    token = value_of(message["blocks"], "feedback_helpful")
    question_id = question_log.tokens.read(token)
    user = new_id("U")
    voter = f"slack:{TEAM_ID}:{user}"

    thanks_url = standin.response_url()
    assert slack.block_action({"action_id": "feedback_helpful", "value": token, "block_id": "feedback"},
                              message=message, response_url=thanks_url, user=user).status == 200
    [note] = standin.wait_for(RESPONSE_URL_METHOD, where=at(thanks_url))
    assert note.body["response_type"] == "ephemeral" and note.body["replace_original"] is False
    assert "「役に立った」と記録しました" in note.body["text"]
    wait_vote(question_log, question_id, voter, (True, None))

    trigger = new_trigger_id()
    slack.block_action({"action_id": "feedback_not_helpful", "value": token, "block_id": "feedback"},
                       message=message, response_url=standin.response_url(), trigger_id=trigger, user=user)
    [opened] = standin.wait_for("views.open", where=lambda c: c.body.get("trigger_id") == trigger)
    form = opened.body["view"]
    assert form["callback_id"] == "feedback_comment" and "任意" in all_text(form["blocks"])
    wait_vote(question_log, question_id, voter, (False, None))

    comment = "実行委員会の会計の分担が知りたかった"
    response = slack.view_submission(form, {"comment": {"text": {"type": "plain_text_input", "value": comment}}},
                                     user=user)
    assert response.status == 200 and response.body == "", "an empty ack closes the form"
    wait_vote(question_log, question_id, voter, (False, comment))
    standin.assert_no_call(lambda c: c.method == "chat.update" and c.body.get("ts") == message["ts"])


@pytest.mark.parametrize("forged", ["altered", "other key", "question text"])
def test_a_forged_token_gets_a_japanese_note_and_stores_nothing(forged: str, slack: SlackSide, standin: StandInSlack,
                                                                question_log: Store) -> None:
    message = posted_answer(slack, standin, "後援は協働に当たる？")
    token = value_of(message["blocks"], "feedback_helpful")
    value = {"altered": token[:-3] + ("xyz" if not token.endswith("xyz") else "abc"),
             "other key": itsdangerous.URLSafeTimedSerializer("x" * 40, salt="kyodo.vote").dumps(uuid.uuid4().hex),
             "question text": "後援は協働に当たる？"}[forged]
    user, response_url, trigger = new_id("U"), standin.response_url(), new_trigger_id()
    slack.block_action({"action_id": "feedback_not_helpful", "value": value, "block_id": "feedback"},
                       message=message, response_url=response_url, trigger_id=trigger, user=user)
    [note] = standin.wait_for(RESPONSE_URL_METHOD, where=at(response_url))
    assert note.body["response_type"] == "ephemeral" and "受け付けられませんでした" in note.body["text"]
    standin.assert_no_call(lambda c: c.body.get("trigger_id") == trigger)
    assert question_log.flush()
    with question_log._writes.connect() as connection:
        voters = {row[0] for row in connection.exec_driver_sql("SELECT voter FROM votes")}
    assert question_log.hash_identity(f"slack:{TEAM_ID}:{user}") not in voters


def test_a_private_answer_and_its_shared_copy_are_voted_on_as_one_answer(slack: SlackSide, standin: StandInSlack,
                                                                         question_log: Store) -> None:
    question = f"協働の相手はどう選ぶ？{uuid.uuid4().hex[:6]}"
    command_url, channel, user = standin.response_url(), new_id("C"), new_id("U")
    slack.command(question, command_url, channel=channel)
    [private] = standin.wait_for(RESPONSE_URL_METHOD, where=at(command_url))
    token = value_of(private.body["blocks"], "feedback_helpful")
    slack.block_action({"action_id": "share_answer", "value": value_of(private.body["blocks"], "share_answer")},
                       response_url=standin.response_url(), ephemeral=True, channel=channel)
    [shared] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == channel)
    assert value_of(shared.body["blocks"], "feedback_helpful") == token
    assert "share_answer" not in {b["action_id"] for b in buttons(shared.body["blocks"])}

    slack.block_action({"action_id": "feedback_helpful", "value": token}, response_url=standin.response_url(),
                       ephemeral=True, channel=channel, user=user)
    wait_vote(question_log, question_log.tokens.read(token), f"slack:{TEAM_ID}:{user}", (True, None))
    assert question_log.flush()
    assert [q.channel for q in question_log.asked_since(LONG_AGO) if q.question == question] == ["slash"]
