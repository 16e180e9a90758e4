"""役に立った / 役に立たなかった on the answer page: plain form posts, signed per-answer tokens, one vote per
browser per answer (changeable), an optional comment, and clear refusals — on a real SQLite store,
and once through a real Chromium against `kyodo serve`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import itsdangerous.timed
import pytest
from flask.testing import FlaskClient
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import select

from bot.settings import Settings
from bot.store import Store, database_url, schema
from bot.store.records import MAX_COMMENT_CHARS
from bot.web.question_log import VOTER_COOKIE
from bot.wsgi import build_app
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from tests.web.conftest import BASE_URL, ROOT, _wait_for, free_port
from tests.web.html import page
from tests.web.test_ask import NOT_COVERED, OFF_TOPIC
from tests.web.test_browser import browser, screenshot  # noqa: F401 — the browser fixture

SECRET = "feedback-test-" + "s" * 32
QUESTION = "後援は協働になりますか"
TOKEN = re.compile(r'name="token" value="([^"]+)"')


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(database_url("", tmp_path / "kyodo.sqlite3"), SECRET, retention_days=30)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture()
def client(store: Store, engine) -> FlaskClient:
    app = build_app(Settings(knowledge_dir=DEFAULT_KNOWLEDGE_DIR, public_base_url=BASE_URL), engine, store)
    return app.test_client()


def answer_token(client: FlaskClient, question: str = QUESTION) -> str:
    html = client.get("/", query_string={"q": question}, base_url=BASE_URL).get_data(as_text=True)
    found = TOKEN.findall(html)
    assert len(found) == 1, "the answer page carries exactly one vote token"
    return found[0]


def post(client: FlaskClient, path: str, headers: dict[str, str] | None = None, **form: str):
    return client.post(path, data=form, base_url=BASE_URL, headers=headers or {})


def votes(store: Store) -> list[tuple]:
    assert store.flush(20)
    table = schema.votes
    with store._writes.connect() as connection:
        return [tuple(row) for row in connection.execute(select(
            table.c.question_id, table.c.voter, table.c.helpful, table.c.comment, table.c.channel,
        ).order_by(table.c.voted_at)).all()]


def logged_id(store: Store) -> uuid.UUID:
    assert store.flush(20)
    [question] = store.asked_since(datetime(2000, 1, 1))
    return question.id


# --- the form ------------------------------------------------------------------------------------
def test_the_answer_page_has_two_plain_buttons_and_no_script(client) -> None:
    response = client.get("/", query_string={"q": QUESTION}, base_url=BASE_URL)
    parsed = page(response)
    html = response.get_data(as_text=True)
    assert '<form class="feedback-form" method="post" action="/feedback">' in html
    assert ('button', 'value', 'helpful') in parsed.attributes and ('button', 'value', 'unhelpful') in parsed.attributes
    assert "役に立った" in parsed.text and "役に立たなかった" in parsed.text
    assert parsed.tags["script"] == 0
    assert "Set-Cookie" not in response.headers  # reading an answer sets no cookie


def test_a_declined_answer_can_be_voted_on_too(client) -> None:
    html = client.get("/", query_string={"q": OFF_TOPIC}, base_url=BASE_URL).get_data(as_text=True)
    assert NOT_COVERED in html and 'action="/feedback"' in html


@pytest.mark.parametrize("query", [{}, {"q": "!!!"}])
def test_no_form_without_an_answer(client, query) -> None:
    assert 'action="/feedback"' not in client.get("/", query_string=query).get_data(as_text=True)


def test_no_form_and_no_votes_when_the_log_is_off(tmp_path, engine) -> None:
    off = Store.open(database_url("", tmp_path / "off.sqlite3"), SECRET, retention_days=0)
    try:
        client = build_app(Settings(knowledge_dir=DEFAULT_KNOWLEDGE_DIR, public_base_url=BASE_URL), engine,
                           off).test_client()
        assert 'action="/feedback"' not in client.get("/", query_string={"q": QUESTION}).get_data(as_text=True)
        token = off.tokens.issue(uuid.uuid4())
        response = post(client, "/feedback", token=token, vote="helpful")
        assert response.status_code == 404 and "評価を受け付けていません" in page(response).text
    finally:
        off.close()


# --- votes ---------------------------------------------------------------------------------------
def test_a_vote_is_kept_against_the_logged_answer_with_a_hashed_browser_id(client, store) -> None:
    token = answer_token(client)
    response = post(client, "/feedback", token=token, vote="helpful")
    assert response.status_code == 200
    assert "「役に立った」として記録しました" in page(response).text
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith(f"{VOTER_COOKIE}=") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" in cookie and "Max-Age=2592000" in cookie  # https base URL; the 30-day retention
    browser_id = cookie.split(";")[0].split("=", 1)[1]
    [(question_id, voter, helpful, comment, channel)] = votes(store)
    assert question_id == logged_id(store) and helpful and comment is None and channel == "web"
    assert voter == store.hash_identity(f"web:{browser_id}") and browser_id not in voter


def test_a_vote_can_be_changed_and_stays_one_vote(client, store) -> None:
    token = answer_token(client)
    post(client, "/feedback", token=token, vote="helpful")
    response = post(client, "/feedback", token=token, vote="unhelpful")
    assert "Set-Cookie" not in response.headers  # the same browser, known by its cookie
    assert [row[2] for row in votes(store)] == [False]
    post(client, "/feedback", token=token, vote="helpful")
    assert [row[2] for row in votes(store)] == [True]


def test_another_browser_has_its_own_vote(client, store, engine) -> None:
    token = answer_token(client)
    post(client, "/feedback", token=token, vote="helpful")
    other = client.application.test_client()
    post(other, "/feedback", token=token, vote="unhelpful")
    assert sorted(row[2] for row in votes(store)) == [False, True]


def test_unhelpful_offers_an_optional_comment_which_is_kept_until_the_vote_turns_helpful(client, store) -> None:
    token = answer_token(client)
    response = post(client, "/feedback", token=token, vote="unhelpful")
    parsed = page(response)
    assert "「役に立たなかった」として記録しました" in parsed.text
    assert 'action="/feedback/comment"' in response.get_data(as_text=True) and parsed.tags["textarea"] == 1
    response = post(client, "/feedback/comment", token=token, comment="  実行委員会の会計の分担が知りたかった  ")
    assert response.status_code == 200 and "コメントを受け付けました" in page(response).text
    assert [(row[2], row[3]) for row in votes(store)] == [(False, "実行委員会の会計の分担が知りたかった")]
    post(client, "/feedback", token=token, vote="unhelpful")  # voting again keeps the comment
    assert [row[3] for row in votes(store)] == ["実行委員会の会計の分担が知りたかった"]
    post(client, "/feedback", token=token, vote="helpful")
    assert [(row[2], row[3]) for row in votes(store)] == [(True, None)]


def test_a_comment_too_long_comes_back_with_its_text(client, store) -> None:
    token = answer_token(client)
    text = "あ" * (MAX_COMMENT_CHARS + 1)
    response = post(client, "/feedback/comment", token=token, comment=text)
    assert response.status_code == 400
    parsed = page(response)
    assert f"{MAX_COMMENT_CHARS + 1:,} 文字" in parsed.text and text in parsed.text
    assert votes(store) == []


# --- refusals ------------------------------------------------------------------------------------
def tampered(token: str) -> str:
    i = len(token) // 2
    return token[:i] + ("A" if token[i] != "A" else "B") + token[i + 1:]


@pytest.mark.parametrize("make", [
    lambda token, store: "",
    lambda token, store: "not-a-token",
    lambda token, store: tampered(token),
    lambda token, store: token[:-2],
    lambda token, store: Store.open(store.url, "another-secret-" + "y" * 32, migrate_now=False).tokens.issue(uuid.uuid4()),
    lambda token, store: itsdangerous.URLSafeTimedSerializer(SECRET, salt="other").dumps(uuid.uuid4().hex),
    lambda token, store: "x" * 5000,
], ids=["empty", "garbage", "one-character-changed", "cut", "other-key", "other-purpose", "huge"])
def test_forged_or_altered_tokens_are_refused_in_japanese(client, store, make) -> None:
    token = answer_token(client)
    response = post(client, "/feedback", token=make(token, store), vote="unhelpful")
    assert response.status_code == 400
    assert "評価を受け付けられませんでした。回答ページのボタンから送ってください。" in page(response).text
    assert votes(store) == []


def test_a_guessed_question_id_is_no_token(client, store) -> None:
    answer_token(client)
    response = post(client, "/feedback", token=str(logged_id(store)), vote="unhelpful")
    assert response.status_code == 400 and votes(store) == []


def test_an_expired_token_says_so(client, store, monkeypatch) -> None:
    answer_token(client)
    with monkeypatch.context() as patch:
        month_ago = int(time.time()) - 31 * 86400
        patch.setattr(itsdangerous.timed.TimestampSigner, "get_timestamp", lambda _signer: month_ago)
        old = store.tokens.issue(logged_id(store))
    response = post(client, "/feedback", token=old, vote="helpful")
    assert response.status_code == 400 and "受付期間が過ぎています" in page(response).text
    assert votes(store) == []


def test_an_unknown_choice_is_refused(client, store) -> None:
    response = post(client, "/feedback", token=answer_token(client), vote="maybe")
    assert response.status_code == 400 and "ボタンで送ってください" in page(response).text
    assert votes(store) == []


@pytest.mark.parametrize("headers", [
    {"Sec-Fetch-Site": "cross-site"},
    {"Sec-Fetch-Site": "same-site"},
    {"Origin": "https://evil.example"},
    {"Origin": "https://kyodo.example.jp.evil.example"},
])
def test_posts_from_other_sites_are_refused(client, store, headers) -> None:
    response = post(client, "/feedback", headers=headers, token=answer_token(client), vote="unhelpful")
    assert response.status_code == 403 and "ほかのサイトから送られた評価は受け付けません" in page(response).text
    assert votes(store) == []


@pytest.mark.parametrize("headers", [
    {"Sec-Fetch-Site": "same-origin", "Origin": "null"},  # our own page: Referrer-Policy no-referrer
    {"Origin": BASE_URL},
    {},  # no browser headers at all
])
def test_posts_from_our_own_pages_are_accepted(client, store, headers) -> None:
    response = post(client, "/feedback", headers=headers, token=answer_token(client), vote="helpful")
    assert response.status_code == 200 and len(votes(store)) == 1


def test_a_big_body_is_refused_before_it_is_read(client, store) -> None:
    response = client.post("/feedback", data="token=" + "x" * 40000, base_url=BASE_URL,
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 413 and "大きすぎます" in page(response).text
    assert votes(store) == []


def test_feedback_is_post_only(client) -> None:
    assert client.get("/feedback").status_code == 405


# --- a real browser against `kyodo serve` ---------------------------------------------------------
@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("feedback-serve")
    database = folder / "kyodo.sqlite3"
    port = free_port()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(folder), "KYODO_DATABASE_PATH": str(database),
           "KYODO_SECRET_KEY": SECRET}
    log = folder / "serve.log"
    started = time.monotonic()
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url + "/healthz", started, process, log)
        yield url, database
    finally:
        process.terminate()
        process.wait(timeout=10)


def wait_for_vote(database: Path, comment: str) -> tuple:
    reader = Store.open(database_url("", database), SECRET, migrate_now=False)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with reader._writes.connect() as connection:
                row = connection.exec_driver_sql("SELECT helpful, comment, voter FROM votes WHERE comment = ?",
                                                 (comment,)).first()
            if row:
                return tuple(row)
            time.sleep(0.05)  # the server writes in the background; wait for that event
        pytest.fail("the vote never reached the database")
    finally:
        reader.close()


def until_main_says(driver, text: str) -> None:
    """Wait for the next page's main text; the old page's element goes stale while the form posts. Chromium
    may say so as a stale reference or, mid-navigation, as 「Node with given id does not belong to the
    document」 (it failed a CI run once): both mean "not yet"."""
    def says(d) -> bool:
        try:
            return text in d.find_element(By.TAG_NAME, "main").text
        except WebDriverException as error:
            if isinstance(error, StaleElementReferenceException) or "does not belong to the document" in str(error):
                return False
            raise

    WebDriverWait(driver, 10).until(says)


def test_a_browser_votes_unhelpful_comments_and_changes_its_mind(browser, served) -> None:  # noqa: F811
    url, database = served
    browser.get(f"{url}/?q={quote(QUESTION)}")
    screenshot(browser, "feedback-buttons", full_page=False)
    browser.execute_script("arguments[0].scrollIntoView()", browser.find_element(By.CSS_SELECTOR, ".feedback"))
    browser.find_element(By.CSS_SELECTOR, ".feedback-form button[value='unhelpful']").click()
    until_main_says(browser, "「役に立たなかった」として記録しました")
    assert browser.find_elements(By.ID, "page-comment")
    screenshot(browser, "feedback-comment")
    comment = f"後援名義の申請書の様式が知りたかった {uuid.uuid4().hex[:6]}"
    browser.find_element(By.ID, "page-comment").send_keys(comment)
    browser.find_element(By.CSS_SELECTOR, ".feedback-comment button").click()
    until_main_says(browser, "コメントを受け付けました")
    helpful, kept, voter = wait_for_vote(database, comment)
    assert (helpful, kept) == (False, comment)
    [cookie] = [c for c in browser.get_cookies() if c["name"] == VOTER_COOKIE]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    assert voter != cookie["value"] and len(voter) == 32
    browser.find_element(By.CSS_SELECTOR, ".feedback-change button").click()
    until_main_says(browser, "「役に立った」として記録しました")
