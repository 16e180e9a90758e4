"""Every question asked on the web is logged: when, where, what, answered or not, and what was shown."""

from __future__ import annotations

from datetime import datetime

from bot.store import Store
from bot.store.records import utc_now
from bot.web.question_log import VOTER_COOKIE
from retrieval.search.question.cleaning import MAX_QUESTION_CHARS

COVERED = "後援は協働になりますか"
DECLINED = "社員食堂のカレーライスの値段はいくらですか"
LONG_AGO = datetime(2000, 1, 1)


def logged(store: Store):
    assert store.flush(20), "the writer did not empty its queue"
    return store.asked_since(LONG_AGO)


def test_a_question_on_the_answer_page_is_logged_with_what_was_shown(web_client, store, engine) -> None:
    assert web_client.get("/", query_string={"q": COVERED}).status_code == 200
    [entry] = logged(store)
    answer = engine.ask(COVERED)
    assert entry.channel == "web" and entry.question == COVERED and entry.answered
    assert entry.passages == tuple(f"{p.doc}#{p.section_id}" for p in answer.passages) != ()
    assert entry.qa == tuple(q.id for q in answer.qa) != ()
    assert entry.checklists == tuple(c.id for c in answer.checklists) != ()
    assert abs((entry.asked_at - utc_now()).total_seconds()) < 600  # naive UTC, not local time


def test_the_api_logs_as_api_and_a_declined_question_as_declined(web_client, store) -> None:
    assert web_client.get("/api/ask", query_string={"q": DECLINED}).status_code == 200
    [entry] = logged(store)
    assert entry.channel == "api" and not entry.answered
    assert entry.passages == entry.qa == entry.checklists == ()


def test_pages_without_a_question_and_questions_without_words_log_nothing(web_client, store) -> None:
    for query in ({}, {"q": "   "}, {"q": "!!!"}):
        web_client.get("/", query_string=query)
    web_client.get("/api/ask", query_string={"q": " "})
    web_client.get("/qa")
    assert logged(store) == []


def test_a_long_question_is_kept_as_searched_not_whole(web_client, store) -> None:
    web_client.get("/", query_string={"q": "協働相手の選び方を教えてください。" * 600})
    [entry] = logged(store)
    assert len(entry.question) == MAX_QUESTION_CHARS


def test_the_asker_is_a_keyed_hash_of_the_voter_cookie_or_nothing(web_client, store) -> None:
    web_client.get("/", query_string={"q": COVERED})
    cookie = "c" * 22
    web_client.set_cookie(VOTER_COOKIE, cookie)
    web_client.get("/", query_string={"q": COVERED}, environ_base={"REMOTE_ADDR": "192.0.2.7"})
    with store._writes.connect() as connection:
        rows = connection.exec_driver_sql("SELECT * FROM questions ORDER BY asked_at").all() if store.flush(20) else []
    assert [row.asker for row in rows] == [None, store.hash_identity(f"web:{cookie}")]
    stored = " ".join(str(value) for row in rows for value in row)
    assert cookie not in stored and "192.0.2.7" not in stored


def test_a_malformed_cookie_is_not_an_identity(web_client, store) -> None:
    web_client.set_cookie(VOTER_COOKIE, "x; DROP TABLE questions")
    web_client.get("/", query_string={"q": COVERED})
    logged(store)
    with store._writes.connect() as connection:
        assert connection.exec_driver_sql("SELECT asker FROM questions").scalar_one() is None


def test_with_the_log_off_nothing_is_kept(any_url, engine) -> None:
    from tests.store.conftest import SECRET

    store = Store.open(any_url, SECRET, retention_days=0)
    try:
        assert store.log_answer(engine.ask(COVERED), "web") is None
        assert store.flush(5) and store.count_questions() == 0
    finally:
        store.close()
