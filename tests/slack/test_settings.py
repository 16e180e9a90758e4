"""Slack settings from the environment: one clear line per mistake, before anything talks to Slack."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings
from tests.slack.server import app_env


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return app_env("http://127.0.0.1:9/api/", tmp_path)


def test_a_bot_token_is_accepted(env: dict[str, str]) -> None:
    assert load_settings(env).slack_bot_token == env["SLACK_BOT_TOKEN"]


@pytest.mark.parametrize("token", ["xoxp-1-user-token", "xapp-1-A0-app-level-token", "xoxe.xoxp-1-refresh",
                                   "XOXB-upper-case", "bot-token-without-prefix"])
def test_any_other_token_is_refused_naming_the_bot_token(token: str, env: dict[str, str]) -> None:
    """A user token (xoxp-) would post as that person; an app-level token cannot post at all."""
    with pytest.raises(SettingsError) as refused:
        load_settings(env | {"SLACK_BOT_TOKEN": token})
    assert str(refused.value) == "SLACK_BOT_TOKEN must be a bot token starting with xoxb-"
    assert token not in str(refused.value), "a token never appears in a message"


def test_the_timeout_for_calls_to_slack_is_a_bounded_number_of_seconds(env: dict[str, str]) -> None:
    assert load_settings(env).slack_timeout_seconds == 10
    assert load_settings(env | {"KYODO_SLACK_TIMEOUT_SECONDS": "2.5"}).slack_timeout_seconds == 2.5
    for bad in ("0", "-1", "61", "soon", "nan", "inf"):
        with pytest.raises(SettingsError, match="^KYODO_SLACK_TIMEOUT_SECONDS must be a number of seconds"):
            load_settings(env | {"KYODO_SLACK_TIMEOUT_SECONDS": bad})


def test_maintainers_are_slack_member_ids_separated_by_commas(env: dict[str, str]) -> None:
    assert load_settings(env).maintainers == frozenset()
    assert load_settings(env | {"KYODO_MAINTAINERS": " U012AB3CD, W0ENTERPRISE ,,"}).maintainers == {
        "U012AB3CD", "W0ENTERPRISE"}
    for bad in ("@taro", "u012ab3cd", "U012AB3CD;U045EF6GH", "C0CHANNEL"):
        with pytest.raises(SettingsError, match="^KYODO_MAINTAINERS must be Slack member ids"):
            load_settings(env | {"KYODO_MAINTAINERS": bad})
