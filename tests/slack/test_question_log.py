"""Every question asked through Slack is logged, over HTTP against the real `web:` process and its SQLite log:
with the kind of place it was asked (channel, dm, slash, home), the asker as a keyed hash and no Slack id,
and never at the answer's expense."""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlparse

import pytest
from sqlalchemy import text

from bot.store import LoggedQuestion, Store
from tests.slack.server import SECRET_KEY, Gunicorn, database_of
from tests.slack.slack_requests import CHANNEL_ID, DM_CHANNEL_ID, USER_ID, SlackSide, new_id, new_ts
from tests.slack.standin import RESPONSE_URL_METHOD, TEAM_ID, StandInSlack
from tests.slack.test_views import ASK_VIEW, asked

LONG_AGO = datetime(2000, 1, 1)


@pytest.fixture
def question_log(web: Gunicorn) -> Iterator[Store]:
    """The app's own log, opened from the test with the app's key."""
    store = Store.open(database_of(web.env), SECRET_KEY)
    yield store
    store.close()


def unique(question: str) -> str:
    return f"{question}{uuid.uuid4().hex[:6]}"


def wait_logged(store: Store, question: str, timeout: float = 15.0) -> LoggedQuestion:
    """The app writes from a background thread after answering; wait for the row to appear."""
    deadline = time.monotonic() + timeout
    while True:
        found = [q for q in store.asked_since(LONG_AGO) if q.question == question]
        if found:
            assert len(found) == 1, f"logged {len(found)} times"
            return found[0]
        assert time.monotonic() < deadline, f"{question!r} was not logged within {timeout} s"
        time.sleep(0.05)


def asker_of(store: Store, question: str) -> str | None:
    with store._writes.connect() as connection:
        return connection.execute(text("SELECT asker FROM questions WHERE question = :q"), {"q": question}).scalar_one()


def test_a_mention_is_logged_as_channel_with_what_was_shown(slack: SlackSide, standin: StandInSlack,
                                                            question_log: Store) -> None:
    question, ts = unique("後援は協働に当たりますか？"), new_ts()
    slack.mention(question, ts=ts)
    [answer] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
    entry = wait_logged(question_log, question)
    assert entry.channel == "channel" and entry.answered
    assert entry.passages[0] == "testshi#forms-support" and "kouen" in entry.qa and "choose-form" in entry.checklists
    assert f"/docs/{entry.passages[0]}|" in str(answer.body["blocks"]), "what the answer showed is what was logged"
    assert asker_of(question_log, question) == question_log.hash_identity(f"slack:{TEAM_ID}:{USER_ID}")


def test_a_dm_is_logged_as_dm(slack: SlackSide, standin: StandInSlack, question_log: Store) -> None:
    question, ts = unique("協働の相手はどう選べばいい？"), new_ts()
    slack.dm(question, ts=ts)
    standin.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == DM_CHANNEL_ID
                     and question in str(c.body.get("blocks")))
    entry = wait_logged(question_log, question)
    assert entry.channel == "dm" and entry.passages[0] == "testshi#partner"


def test_slash_questions_are_logged_as_slash_and_a_request_for_help_is_not(slack: SlackSide, standin: StandInSlack,
                                                                           question_log: Store) -> None:
    question, response_url = unique("明日の天気は？"), standin.response_url()
    slack.command(question, response_url)
    standin.wait_for(RESPONSE_URL_METHOD, where=lambda c: c.path == urlparse(response_url).path)
    entry = wait_logged(question_log, question)
    assert entry.channel == "slash" and not entry.answered and entry.passages == ()

    help_url = standin.response_url()
    slack.command("help", help_url)
    standin.wait_for(RESPONSE_URL_METHOD, where=lambda c: c.path == urlparse(help_url).path)
    assert question_log.flush() and "help" not in {q.question for q in question_log.asked_since(LONG_AGO)}


def test_a_question_from_the_app_home_form_is_logged_as_home(slack: SlackSide, standin: StandInSlack,
                                                             question_log: Store) -> None:
    user, question = new_id("U"), unique("補助金を出すときの条件は？")
    slack.view_submission(ASK_VIEW, asked(question), user=user)
    standin.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == user)
    entry = wait_logged(question_log, question)
    assert entry.channel == "home" and entry.passages[0] == "testshi#forms-subsidy"
    assert asker_of(question_log, question) == question_log.hash_identity(f"slack:{TEAM_ID}:{user}")


def test_no_slack_id_or_channel_is_stored(slack: SlackSide, standin: StandInSlack, question_log: Store,
                                          web: Gunicorn) -> None:
    question, ts = unique("委託と補助の違いは？"), new_ts()
    slack.mention(question, ts=ts)
    wait_logged(question_log, question)
    database = urlparse(database_of(web.env)).path.removeprefix("/")
    with sqlite3.connect(database) as db:
        rows = [str(value) for table in ("questions", "votes") for row in db.execute(f"SELECT * FROM {table}")
                for value in row]
    db.close()
    for raw in (USER_ID, TEAM_ID, CHANNEL_ID, DM_CHANNEL_ID, ts):
        assert not [value for value in rows if raw in value], f"{raw} is stored"


def test_a_locked_log_delays_neither_the_ack_nor_the_answer_and_loses_nothing(
        slack: SlackSide, standin: StandInSlack, question_log: Store, web: Gunicorn) -> None:
    """Another process holds the log's write lock: the asker is answered while it is held, and the
    question is written once it is released."""
    question, ts = unique("協定書には何を書けばいい？"), new_ts()
    holder = sqlite3.connect(urlparse(database_of(web.env)).path.removeprefix("/"), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        response = slack.mention(question, ts=ts)
        acked = time.monotonic() - started
        [answer] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts)
        assert response.status == 200 and acked < 3
        assert "エラー" not in answer.body["text"]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert wait_logged(question_log, question, timeout=40).channel == "channel"
