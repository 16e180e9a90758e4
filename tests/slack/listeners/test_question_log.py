"""Each asking listener logs its question into a real SQLite log, with its kind of place and the asker's hash."""

from __future__ import annotations

from datetime import datetime
from unittest.mock import Mock

import pytest
from slack_bolt import BoltContext

from bot.slack.listeners.commands import answer_command
from bot.slack.listeners.events import answer_dm, answer_mention
from bot.slack.listeners.views import answer_from_modal
from bot.store import Store
from tests.slack.helpers import linked_sections
from tests.slack.listeners.conftest import TEAM, USER, kwargs_of

MENTION = {"type": "app_mention", "user": USER, "text": "<@U0KYODO> 後援は協働に当たる？", "ts": "1700000000.000100",
           "channel": "C0KYODO1"}
DM = {"type": "message", "channel_type": "im", "user": USER, "text": "委託するときの注意は？", "ts": "1700000000.000200",
      "channel": "D0KYODO1"}


def logged(store: Store):
    assert store.flush(10)
    return store.asked_since(datetime(2000, 1, 1))


def ask_each_way(ack: Mock, client: Mock, context: BoltContext) -> None:
    answer_mention(event=MENTION, body={"event_id": "Ev1", "event": MENTION}, context=context, client=client)
    answer_dm(event=DM, body={"event_id": "Ev2", "event": DM}, context=context, client=client)
    answer_command(ack=ack, command={"text": "明日の天気は？", "response_url": "https://hooks.slack.com/c/1"},
                   context=context)
    answer_from_modal(ack=ack, body={"user": {"id": USER}}, context=context, client=client,
                      view={"state": {"values": {"question": {"text": {"value": "補助金を出すときの条件は？"}}}}})


def test_every_way_of_asking_is_logged_with_its_place_and_the_askers_hash(
        ack: Mock, client: Mock, context: BoltContext, store: Store) -> None:
    ask_each_way(ack, client, context)
    by_question = {q.question: q for q in logged(store)}
    assert {q: e.channel for q, e in by_question.items()} == {
        "後援は協働に当たる？": "channel", "委託するときの注意は？": "dm", "明日の天気は？": "slash",
        "補助金を出すときの条件は？": "home"}
    assert not by_question["明日の天気は？"].answered
    with store._writes.connect() as connection:
        askers = {row[0] for row in connection.exec_driver_sql("SELECT asker FROM questions")}
    assert askers == {store.hash_identity(f"slack:{TEAM}:{USER}")}


def test_a_log_that_fails_leaves_the_answer_as_it_was(ack: Mock, client: Mock, context: BoltContext, store: Store,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("planted")

    monkeypatch.setattr(store, "log_answer", broken)
    answer_mention(event=MENTION, body={"event_id": "Ev1", "event": MENTION}, context=context, client=client)
    assert linked_sections(kwargs_of(client.chat_postMessage)["blocks"])[0] == "testshi#forms-support"


def test_nothing_is_logged_when_the_store_keeps_nothing(ack: Mock, client: Mock, context: BoltContext, tmp_path) -> None:
    from bot.slack.services import CONTEXT_KEY
    from bot.store import database_url

    off = Store.open(database_url("", tmp_path / "off.sqlite3"), "x" * 32, retention_days=0)
    try:
        services = context[CONTEXT_KEY]
        context[CONTEXT_KEY] = type(services)(**{**services.__dict__, "store": off})
        ask_each_way(ack, client, context)
        assert logged(off) == []
        assert client.chat_postMessage.call_count == 3, "all answered"
    finally:
        off.close()
