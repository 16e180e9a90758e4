"""manifest.json agrees with what the app handles: every subscribed event and command gets a 200."""

from __future__ import annotations

import json

import pytest

from bot.slack.drafts import DRAFT_SHORTCUT
from bot.slack.listeners.commands import COMMAND
from bot.slack.listeners.events import EVENTS
from bot.slack.transport.http import EVENTS_PATH
from tests.slack.server import ROOT
from tests.slack.slack_requests import DM_CHANNEL_ID, USER_ID, SlackSide, new_id, new_ts
from tests.slack.standin import StandInSlack

MANIFEST = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
SCOPE_OF_EVENT = {"app_mention": "app_mentions:read", "message.im": "im:history", "app_home_opened": None}
# The draft shortcut reads a thread's first message (conversations.replies) wherever it is used.
HISTORY_SCOPES = {"channels:history", "groups:history", "im:history", "mpim:history"}
SAMPLE_EVENTS = {
    "app_mention": {"type": "app_mention", "user": USER_ID, "text": "<@U0KYODO> 後援は協働？", "channel": "C0KYODO1"},
    "message.im": {"type": "message", "channel_type": "im", "user": USER_ID, "text": "後援は協働？",
                   "channel": DM_CHANNEL_ID},
    "app_home_opened": {"type": "app_home_opened", "user": USER_ID, "channel": DM_CHANNEL_ID, "tab": "home"},
}

RESULTING_CALL = {"app_mention": "chat.postMessage", "message.im": "chat.postMessage", "app_home_opened": "views.publish"}


def test_bot_events_are_exactly_the_handled_ones() -> None:
    assert sorted(MANIFEST["settings"]["event_subscriptions"]["bot_events"]) == sorted(EVENTS)
    assert set(SAMPLE_EVENTS) == set(EVENTS)


def test_scopes_cover_the_events_and_calls_and_nothing_more() -> None:
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert scopes == {"app_mentions:read", "chat:write", "im:history", "im:read", "im:write", "commands"} | HISTORY_SCOPES
    assert {SCOPE_OF_EVENT[e] for e in EVENTS} - {None} <= scopes


def test_one_request_url_for_events_commands_and_interactivity() -> None:
    settings = MANIFEST["settings"]
    [command] = MANIFEST["features"]["slash_commands"]
    assert command["command"] == COMMAND
    urls = {settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"], command["url"]}
    assert urls == {"https://YOUR-HOST" + EVENTS_PATH}
    assert settings["interactivity"]["is_enabled"] is True


def test_app_home_and_name() -> None:
    features = MANIFEST["features"]
    assert MANIFEST["display_information"]["name"] == "kyodo" == features["bot_user"]["display_name"]
    assert features["app_home"] == {"home_tab_enabled": True, "messages_tab_enabled": True,
                                    "messages_tab_read_only_enabled": False}


@pytest.mark.parametrize("name", sorted(SAMPLE_EVENTS))
def test_every_subscribed_event_is_handled(name: str, slack: SlackSide, standin: StandInSlack) -> None:
    channel, user = new_id("D" if name != "app_mention" else "C"), new_id("U")
    event = {**SAMPLE_EVENTS[name], "ts": new_ts(), "event_ts": new_ts(), "channel": channel, "user": user}
    assert slack.event(event).status == 200
    standin.wait_for(RESULTING_CALL[name], where=lambda c: channel == c.body.get("channel") or user == c.body.get("user_id"))


def test_an_event_not_in_the_manifest_is_not_handled(slack: SlackSide) -> None:
    # Bolt answers 404 to what no listener takes, so the 200s above are meaningful.
    assert slack.event({"type": "reaction_added", "user": USER_ID, "event_ts": new_ts()}).status == 404


def test_the_slash_command_is_handled(slack: SlackSide, standin: StandInSlack) -> None:
    response_url = standin.response_url()
    assert slack.command("help", response_url, command=COMMAND).status == 200
    standin.wait_for("response_url", where=lambda c: response_url.endswith(c.path))


def test_the_message_shortcut_is_declared_and_handled(slack: SlackSide, standin: StandInSlack) -> None:
    [shortcut] = MANIFEST["features"]["shortcuts"]
    assert shortcut["type"] == "message" and shortcut["callback_id"] == DRAFT_SHORTCUT
    assert shortcut["name"] == "Q&Aの下書きを作る" and len(shortcut["name"]) <= 24 and len(shortcut["description"]) <= 150
    trigger = new_id("trigger.")
    message = {"type": "message", "user": USER_ID, "text": "後援は協働？", "ts": new_ts()}
    assert slack.message_shortcut(shortcut["callback_id"], message, trigger_id=trigger).status == 200
    standin.wait_for("views.open", where=lambda c: c.body.get("trigger_id") == trigger)
