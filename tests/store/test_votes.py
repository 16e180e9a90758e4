"""Votes on both databases: one per voter per question, the last one counts, comments kept until a helpful vote."""

from __future__ import annotations

from datetime import datetime

from bot.store import Channel, Store
from bot.store.records import utc_now
from tests.store.test_retention import record

LONG_AGO = datetime(2000, 1, 1)


def test_one_vote_per_voter_per_question_and_the_last_counts(store: Store) -> None:
    question = store.log_question(record(utc_now()))
    store.vote(question, "slack:T1:U1", True, Channel.SLACK_CHANNEL)
    store.vote(question, "slack:T1:U1", False, Channel.SLACK_CHANNEL, comment="出典が古い")
    store.vote(question, "slack:T1:U2", False, Channel.SLACK_DM)
    store.vote(question, "slack:T1:U2", True, Channel.SLACK_DM)  # changed in the same batch: order kept
    assert store.flush(20)
    assert store.vote_of(question, "slack:T1:U1") == (False, "出典が古い")
    assert store.vote_of(question, "slack:T1:U2") == (True, None)
    [logged] = store.asked_since(LONG_AGO)
    assert (logged.helpful, logged.unhelpful, logged.comments) == (1, 1, ("出典が古い",))


def test_a_comment_survives_a_repeated_unhelpful_vote_and_goes_with_a_helpful_one(store: Store) -> None:
    question = store.log_question(record(utc_now()))
    store.vote(question, "web:a", False, Channel.WEB, comment="様式が知りたい")
    store.vote(question, "web:a", False, Channel.WEB)
    assert store.flush(20) and store.vote_of(question, "web:a") == (False, "様式が知りたい")
    store.vote(question, "web:a", True, Channel.WEB, comment="ignored")
    assert store.flush(20) and store.vote_of(question, "web:a") == (True, None)


def test_a_vote_that_arrives_before_its_question_counts_once_the_question_is_in(store: Store) -> None:
    question = record(utc_now())
    store.vote(question.id, "web:a", False, Channel.WEB)  # e.g. through another process's queue
    assert store.flush(20)
    store.log_question(question)
    assert store.flush(20)
    [logged] = store.asked_since(LONG_AGO)
    assert logged.unhelpful == 1


def test_voters_are_kept_as_keyed_hashes(store: Store) -> None:
    question = store.log_question(record(utc_now()))
    store.vote(question, "slack:T1:U0123ABCD", True, Channel.SLACK_CHANNEL)
    assert store.flush(20)
    with store._writes.connect() as connection:
        [voter] = connection.exec_driver_sql("SELECT voter FROM votes").scalars().all()
    assert "U0123ABCD" not in voter and voter == store.hash_identity("slack:T1:U0123ABCD")
    other = Store.open(store.url, "another-secret-" + "z" * 32, migrate_now=False)
    try:
        assert other.hash_identity("slack:T1:U0123ABCD") != voter  # without the key the hash cannot be remade
    finally:
        other.close()
