"""Slack's HTTP endpoint on the web app: events, slash commands and interactivity at POST /slack/events."""

from __future__ import annotations

from flask import Flask, Response, request
from slack_bolt.adapter.flask import SlackRequestHandler

from bot.settings import Settings
from bot.slack.app import create_bolt_app
from bot.slack.logs import show_bot_logs
from retrieval.search.engine import Engine

EVENTS_PATH = "/slack/events"


def mount_slack(flask_app: Flask, engine: Engine, settings: Settings) -> None:
    show_bot_logs()
    handler = SlackRequestHandler(create_bolt_app(engine, settings))

    def slack_events() -> Response:
        return handler.handle(request)

    flask_app.add_url_rule(EVENTS_PATH, "slack_events", slack_events, methods=["POST"])
