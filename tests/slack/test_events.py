"""Events over HTTP: mentions and DMs are answered where they were asked; App Home is published."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.settings import SettingsError, load_settings
from bot.slack.app import create_bolt_app
from bot.wsgi import build_app
from retrieval.search.engine import Engine
from tests.slack.helpers import all_text, assert_within_limits, buttons, linked_sections
from tests.slack.server import PUBLIC_BASE_URL, app_env, serve_in_thread
from tests.slack.slack_requests import CHANNEL_ID, DM_CHANNEL_ID, USER_ID, SlackSide, new_id, new_ts
from tests.slack.standin import BOT_ID, BOT_USER_ID, Call, StandInSlack


def in_thread(ts: str) -> Callable[[Call], bool]:
    return lambda c: c.body.get("thread_ts") == ts


def in_channel(channel: str) -> Callable[[Call], bool]:
    return lambda c: c.body.get("channel") == channel


def test_mention_is_answered_in_its_thread_with_quote_links_checklist_and_feedback(slack: SlackSide,
                                                                                  standin: StandInSlack) -> None:
    ts = new_ts()
    started = time.monotonic()
    response = slack.mention("後援は協働に当たる？", ts=ts)
    assert response.status == 200
    assert time.monotonic() - started < 3, "Slack needs the ack within 3 seconds"

    [call] = standin.wait_for("chat.postMessage", where=in_thread(ts))
    message = call.body
    assert message["channel"] == CHANNEL_ID
    assert message["thread_ts"] == ts
    assert_within_limits(message)
    text = all_text(message["blocks"])
    assert "> 後援は、団体が実施する事業の公益性を認め" in text
    assert linked_sections(message["blocks"])[0] == "testshi#forms-support"
    assert f"<{PUBLIC_BASE_URL}/docs/testshi#forms-support|テスト市 協働推進の指針" in text
    assert f"{PUBLIC_BASE_URL}/qa#kouen" in text
    assert f"{PUBLIC_BASE_URL}/checklists/choose-form" in text
    actions = {b["action_id"]: b.get("value") for b in buttons(message["blocks"])}
    assert actions["open_checklist:choose-form"] == "choose-form"
    assert {"feedback_helpful", "feedback_not_helpful"} <= set(actions)
    assert call.headers["authorization"] == "Bearer xoxb-kyodo-test-token"


def test_mention_inside_a_thread_is_answered_in_that_thread(slack: SlackSide, standin: StandInSlack) -> None:
    parent = new_ts()
    slack.mention("協働の相手はどう選べばいい？", thread_ts=parent)
    [call] = standin.wait_for("chat.postMessage", where=in_thread(parent))
    assert call.body["thread_ts"] == parent
    assert linked_sections(call.body["blocks"])[0] == "testshi#partner"


def test_dm_is_answered_in_the_dm(slack: SlackSide, standin: StandInSlack) -> None:
    dm = new_id("D")
    slack.dm("委託するときの注意は？", channel=dm)
    [call] = standin.wait_for("chat.postMessage", where=in_channel(dm))
    assert "thread_ts" not in call.body or call.body["thread_ts"] is None
    assert "testshi#forms-outsourcing" in linked_sections(call.body["blocks"])


def test_dm_with_a_file_attached_is_answered_too(slack: SlackSide, standin: StandInSlack) -> None:
    dm = new_id("D")
    slack.dm("この資料の事業は後援できる？", subtype="file_share", files=[{"id": "F0FILE", "name": "企画書.pdf"}],
             channel=dm)
    [call] = standin.wait_for("chat.postMessage", where=in_channel(dm))
    assert "testshi#forms-support" in linked_sections(call.body["blocks"])


def test_bots_edits_and_deletions_are_acknowledged_and_ignored(slack: SlackSide, standin: StandInSlack) -> None:
    dm, channel = new_id("D"), new_id("C")
    ignored = [
        slack.dm("後援は協働？", bot_id="B0OTHER", channel=dm),
        slack.dm("後援は協働？", subtype="bot_message", bot_id="B0OTHER", user=None, channel=dm),
        slack.dm("後援は協働？", user=BOT_USER_ID, bot_id=BOT_ID, channel=dm),
        slack.dm(None, subtype="message_changed", user=None, channel=dm,
                 message={"type": "message", "user": USER_ID, "text": "後援は協働？（編集）", "ts": new_ts()}),
        slack.dm(None, subtype="message_deleted", user=None, deleted_ts=new_ts(), channel=dm),
        slack.event({"type": "app_mention", "user": "U0OTHERBOT", "bot_id": "B0OTHER", "text": "<@U0KYODO> 後援は協働？",
                     "ts": new_ts(), "channel": channel}),
    ]
    assert [r.status for r in ignored] == [200] * len(ignored), "unhandled events would make Slack retry"
    standin.assert_no_call(lambda c: c.body.get("channel") in (dm, channel))


def test_question_the_guidelines_do_not_cover_says_so_without_passages(slack: SlackSide,
                                                                        standin: StandInSlack) -> None:
    ts = new_ts()
    slack.mention("駅前のおいしいラーメン屋を教えて", ts=ts)
    [call] = standin.wait_for("chat.postMessage", where=in_thread(ts))
    text = all_text(call.body["blocks"])
    assert "見つかりませんでした" in text
    assert linked_sections(call.body["blocks"]) == []
    assert f"{PUBLIC_BASE_URL}/checklists|" in text
    assert "協働推進の担当課" in text
    assert {"feedback_helpful", "feedback_not_helpful"} <= {b["action_id"] for b in buttons(call.body["blocks"])}


def test_mention_without_a_question_gets_usage(slack: SlackSide, standin: StandInSlack) -> None:
    ts = new_ts()
    slack.mention("", ts=ts)
    [call] = standin.wait_for("chat.postMessage", where=in_thread(ts))
    assert "kyodo の使い方" in all_text(call.body["blocks"])
    assert_within_limits(call.body)


def test_thanks_in_a_thread_get_one_line_back(slack: SlackSide, standin: StandInSlack) -> None:
    ts = new_ts()
    slack.mention("さっきの回答、課内で共有したらすごく助かりました。ありがとうございました！", ts=ts)
    [call] = standin.wait_for("chat.postMessage", where=in_thread(ts))
    text = all_text(call.body["blocks"])
    assert "どういたしまして" in text and "kyodo の使い方" not in text
    assert_within_limits(call.body)


def test_escaped_question_and_passage_with_angle_brackets_stay_escaped_once(slack: SlackSide,
                                                                            standin: StandInSlack) -> None:
    # Slack delivers what the user typed (<script>&) already escaped.
    ts = new_ts()
    slack.mention("&lt;script&gt;&amp; 補助の条件は？", ts=ts)
    [call] = standin.wait_for("chat.postMessage", where=in_thread(ts))
    text = all_text(call.body["blocks"])
    assert "質問: &lt;script&gt;&amp; 補助の条件は？" in text
    assert "補助金額 &lt; 補助対象経費の総額 &amp; 団体の自己負担" in text
    assert "<script>" not in text and "&amp;lt;" not in text
    assert "<script>" not in call.body["text"]


def test_long_emoji_link_and_code_questions_get_answers_not_errors(slack: SlackSide, standin: StandInSlack) -> None:
    questions = [
        "後援は協働？ " + "あ" * 10_000,
        "後援は協働？ :pray: :tada: 🙇‍♀️🎉",
        "<https://example.com/a?b=1&amp;c=2|この資料> の後援は協働？ https://example.com/x",
        "```\ncode block\n```\n後援は協働？ `inline`",
    ]
    asked = [new_ts() for _ in questions]
    for question, ts in zip(questions, asked, strict=True):
        assert slack.mention(question, ts=ts).status == 200
    calls = standin.wait_for("chat.postMessage", count=len(questions), where=lambda c: c.body.get("thread_ts") in asked)
    assert sorted(c.body["thread_ts"] for c in calls) == sorted(asked)
    for call in calls:
        assert_within_limits(call.body)
        assert "testshi#forms-support" in linked_sections(call.body["blocks"])
    long_answer = next(c for c in calls if "最初の 2,000 文字で調べました" in all_text(c.body["blocks"]))
    assert len(long_answer.body["text"]) <= 300


def test_app_home_shows_usage_examples_checklists_and_links(slack: SlackSide, standin: StandInSlack) -> None:
    user = new_id("U")
    slack.event({"type": "app_home_opened", "user": user, "channel": DM_CHANNEL_ID, "tab": "home",
                 "event_ts": new_ts()})
    [call] = standin.wait_for("views.publish", where=lambda c: c.body.get("user_id") == user)
    view = call.body["view"]
    assert view["type"] == "home" and len(view["blocks"]) <= 50
    text = all_text(view["blocks"])
    assert "聞き方" in text and "質問の例" in text and "できないこと" in text
    assert f"{PUBLIC_BASE_URL}/start|" in text and f"{PUBLIC_BASE_URL}/checklists|" in text
    actions = {b["action_id"] for b in buttons(view["blocks"])}
    assert {"open_checklist:start-project", "open_checklist:choose-form", "open_ask_modal"} <= actions


def test_opening_the_messages_tab_publishes_nothing(slack: SlackSide, standin: StandInSlack) -> None:
    user = new_id("U")
    response = slack.event({"type": "app_home_opened", "user": user, "channel": DM_CHANNEL_ID,
                            "tab": "messages", "event_ts": new_ts()})
    assert response.status == 200
    standin.assert_no_call(lambda c: c.body.get("user_id") == user)


class BrokenEngine:
    """The fixture engine, except that answering fails the way a bug would."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def ask(self, question: str, top: int = 3) -> Any:
        raise RuntimeError("a bug in answering")


def test_a_bug_while_answering_is_told_to_the_asker_and_logged(engine: Engine, standin: StandInSlack,
                                                               tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings = load_settings(app_env(standin.api_url, tmp_path))
    with serve_in_thread(build_app(settings, BrokenEngine(engine))) as url:
        standin.reset()
        ts = new_ts()
        assert SlackSide(url).mention("後援は協働？", ts=ts).status == 200
        [call] = standin.wait_for("chat.postMessage", where=in_thread(ts))
    assert call.body["thread_ts"] == ts
    assert "エラーのため回答できませんでした" in call.body["text"]
    [record] = [r for r in caplog.records if r.name == "bot.slack.errors"]
    assert record.exc_info and "a bug in answering" in str(record.exc_info[1])


def test_an_http_app_never_runs_without_a_signing_secret(engine: Engine, standin: StandInSlack,
                                                         tmp_path: Path) -> None:
    env = app_env(standin.api_url, tmp_path)
    del env["SLACK_SIGNING_SECRET"]
    with pytest.raises(SettingsError, match="SLACK_SIGNING_SECRET"):
        load_settings(env)
    socket_settings = load_settings(env, require_slack=True, socket_mode=True)
    assert socket_settings.slack_signing_secret == ""
    # Settings built for Socket Mode cannot be turned into an HTTP app that skips verification.
    with pytest.raises(SettingsError, match="SLACK_SIGNING_SECRET"):
        create_bolt_app(engine, socket_settings)
