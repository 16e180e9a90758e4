"""The maintainers' App Home over HTTP, on a `web:` process with its own fresh log: a maintainer sees this
week's counts and gaps in front of the normal App Home; anyone else sees the normal App Home only."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.store import Store
from tests.slack.helpers import all_text, buttons
from tests.slack.server import SECRET_KEY, Gunicorn, app_env, database_of
from tests.slack.slack_requests import DM_CHANNEL_ID, SlackSide, new_id, new_ts
from tests.slack.standin import StandInSlack
from tests.web.conftest import free_port

MAINTAINER = "U0MAINTAINER"
ANSWERED = ("後援は協働に当たりますか？", "協働の相手はどう選べばいい？")
DECLINED = "明日の天気は？"


@pytest.fixture(scope="module")
def maintained(standin: StandInSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gunicorn]:
    folder = tmp_path_factory.mktemp("maintained")
    env = app_env(standin.api_url, folder) | {"KYODO_MAINTAINERS": f"U0SOMEONE,{MAINTAINER}"}
    with Gunicorn(env, folder / "gunicorn.log") as server:
        yield server


def home_of(slack: SlackSide, standin: StandInSlack, user: str) -> dict[str, Any]:
    slack.event({"type": "app_home_opened", "user": user, "channel": DM_CHANNEL_ID, "tab": "home",
                 "event_ts": new_ts()})
    [call] = standin.wait_for("views.publish", where=lambda c: c.body.get("user_id") == user)
    return call.body["view"]


def ask_and_vote(slack: SlackSide, standin: StandInSlack, server: Gunicorn) -> None:
    """Three questions (one declined); 役に立った on the first answer, 役に立たなかった on the second."""
    answers = []
    for question in (*ANSWERED, DECLINED):
        ts = new_ts()
        slack.mention(question, ts=ts)
        [call] = standin.wait_for("chat.postMessage", where=lambda c, ts=ts: c.body.get("thread_ts") == ts)
        answers.append(call.body)
    for answer, action in zip(answers, ("feedback_helpful", "feedback_not_helpful"), strict=False):
        token = next(b["value"] for b in buttons(answer["blocks"]) if b["action_id"] == action)
        slack.block_action({"action_id": action, "value": token}, response_url=standin.response_url(),
                           message={"ts": new_ts(), "text": answer["text"], "blocks": answer["blocks"]}, user=new_id("U"))
    reader = Store.open(database_of(server.env), SECRET_KEY)
    try:
        deadline = time.monotonic() + 15
        while True:
            asked = reader.asked_since(datetime(2000, 1, 1))
            if len(asked) == 3 and sum(q.helpful + q.unhelpful for q in asked) == 2:
                break
            assert time.monotonic() < deadline, "the questions and votes were not written"
            time.sleep(0.05)  # waiting for the app's writer, not deciding the result
    finally:
        reader.close()


def test_a_maintainer_sees_the_weeks_counts_and_gaps_before_the_normal_home(maintained: Gunicorn,
                                                                            standin: StandInSlack) -> None:
    slack = SlackSide(maintained.url)
    ask_and_vote(slack, standin, maintained)
    view = home_of(slack, standin, MAINTAINER)
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    assert view["blocks"][0]["type"] == "header" and view["blocks"][0]["text"]["text"] == "メンテナー向け"
    text = all_text(view["blocks"])
    assert "質問 3 件　うち指針にないと答えた 1 件" in text
    assert "役に立った 1　役に立たなかった 1" in text
    gaps = text[text.index("足りない Q&A の候補"):]
    assert DECLINED in gaps and ANSWERED[1] in gaps and ANSWERED[0] not in gaps.split("下書きは")[0]
    assert "起動してから再読み込みはしていません" in text
    normal = home_of(slack, standin, "U0ORDINARY")
    assert view["blocks"][-len(normal["blocks"]):] == normal["blocks"], "the normal App Home follows unchanged"


def test_anyone_else_sees_the_normal_home_only(maintained: Gunicorn, standin: StandInSlack) -> None:
    view = home_of(SlackSide(maintained.url), standin, new_id("U"))
    text = all_text(view["blocks"])
    assert "メンテナー向け" not in text and "質問 " not in text and "再読み込み" not in text
    assert "open_ask_modal" in {b["action_id"] for b in buttons(view["blocks"])}


def test_a_log_that_cannot_be_read_is_said_in_one_line(standin: StandInSlack, tmp_path: Path) -> None:
    """The database is down (nothing listens where DATABASE_URL points): the rest of App Home is shown."""
    env = app_env(standin.api_url, tmp_path) | {"KYODO_MAINTAINERS": MAINTAINER,
                                                 "DATABASE_URL": f"postgresql://kyodo@127.0.0.1:{free_port()}/kyodo"}
    del env["KYODO_DATABASE_PATH"]
    with Gunicorn(env, tmp_path / "gunicorn.log") as server:
        view = home_of(SlackSide(server.url), standin, MAINTAINER)
    text = all_text(view["blocks"])
    assert "質問ログを読めませんでした（OperationalError" in text and "ここで質問する" in text
    assert "直近 7 日間" in text and "質問 0 件" not in text
