"""bot/slack/listeners/commands.py: /kyodo answers privately through the response_url."""

from __future__ import annotations

from unittest.mock import Mock

import pytest
from slack_bolt import BoltContext

from bot.slack.listeners.commands import answer_command
from tests.slack.helpers import all_text, buttons, linked_sections

URL = "https://hooks.slack.com/commands/T0TEST/1/abc"


def command(text: str) -> dict:
    return {"command": "/kyodo", "text": text, "response_url": URL, "channel_id": "C0KYODO1", "user_id": "U0STAFF1"}


def test_a_question_is_answered_only_to_the_asker_with_a_share_button(ack: Mock, respond: Mock,
                                                                      context: BoltContext) -> None:
    answer_command(ack=ack, command=command("後援は協働に当たる？"), context=context)
    ack.assert_called_once_with()
    respond.assert_called_once()
    url, payload, timeout = respond.call_args.args
    assert url == URL and timeout == 1
    assert payload["response_type"] == "ephemeral"
    assert linked_sections(payload["blocks"])[0] == "testshi#forms-support"
    share = next(b for b in buttons(payload["blocks"]) if b["action_id"] == "share_answer")
    assert share["value"].endswith(" 後援は協働に当たる？"), "the vote token, then the question"


@pytest.mark.parametrize("text", ["", "help", " ヘルプ ", "使い方", "？"])
def test_no_question_or_help_shows_usage(text: str, ack: Mock, respond: Mock, context: BoltContext) -> None:
    answer_command(ack=ack, command=command(text), context=context)
    _, payload, _ = respond.call_args.args
    assert payload["response_type"] == "ephemeral"
    assert "kyodo の使い方" in all_text(payload["blocks"])


def test_an_uncovered_question_says_so(ack: Mock, respond: Mock, context: BoltContext) -> None:
    answer_command(ack=ack, command=command("明日の天気は？"), context=context)
    _, payload, _ = respond.call_args.args
    assert "見つかりませんでした" in all_text(payload["blocks"]) and linked_sections(payload["blocks"]) == []
