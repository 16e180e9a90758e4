"""/kyodo over HTTP: acknowledged at once, answered only to the asker through response_url."""

from __future__ import annotations

import time
from urllib.parse import urlparse

import pytest

from tests.slack.helpers import all_text, assert_within_limits, buttons, linked_sections
from tests.slack.slack_requests import SlackSide, new_id
from tests.slack.standin import RESPONSE_URL_METHOD, StandInSlack


def test_question_gets_an_ephemeral_answer_with_a_share_button(slack: SlackSide, standin: StandInSlack) -> None:
    response_url, channel = standin.response_url(), new_id("C")
    started = time.monotonic()
    response = slack.command("後援は協働に当たる？", response_url, channel=channel)
    assert response.status == 200 and response.body == ""
    assert time.monotonic() - started < 3

    [call] = standin.wait_for(RESPONSE_URL_METHOD, where=lambda c: c.path == urlparse(response_url).path)
    assert call.body["response_type"] == "ephemeral"
    assert_within_limits(call.body)
    assert linked_sections(call.body["blocks"])[0] == "testshi#forms-support"
    assert "> 後援は、団体が実施する事業の公益性を認め" in all_text(call.body["blocks"])
    share = next(b for b in buttons(call.body["blocks"]) if b["action_id"] == "share_answer")
    assert share["text"]["text"] == "チャンネルに共有"
    assert share["value"].endswith(" 後援は協働に当たる？"), "the vote token, then the question"
    assert {"feedback_helpful", "feedback_not_helpful"} <= {b["action_id"] for b in buttons(call.body["blocks"])}
    # An ephemeral answer is not posted to the channel.
    standin.assert_no_call(lambda c: c.method == "chat.postMessage" and c.body.get("channel") == channel)


@pytest.mark.parametrize("text", ["", "help", "  ヘルプ "])
def test_no_question_or_help_shows_usage(text: str, slack: SlackSide, standin: StandInSlack) -> None:
    response_url = standin.response_url()
    assert slack.command(text, response_url).status == 200
    [call] = standin.wait_for(RESPONSE_URL_METHOD, where=lambda c: c.path == urlparse(response_url).path)
    assert call.body["response_type"] == "ephemeral"
    assert "kyodo の使い方" in all_text(call.body["blocks"])
    assert "/kyodo 質問" in call.body["text"]


def test_uncovered_question_says_so_privately(slack: SlackSide, standin: StandInSlack) -> None:
    response_url = standin.response_url()
    slack.command("明日の天気は？", response_url)
    [call] = standin.wait_for(RESPONSE_URL_METHOD, where=lambda c: c.path == urlparse(response_url).path)
    assert "見つかりませんでした" in all_text(call.body["blocks"])
    assert linked_sections(call.body["blocks"]) == []
