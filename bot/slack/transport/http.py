"""Slack's HTTP endpoint on the web app: events, slash commands and interactivity at POST /slack/events."""

from __future__ import annotations

import logging

from flask import Flask, Response, request
from slack_bolt.adapter.flask import SlackRequestHandler

from bot.content.process import Reloader
from bot.content.served import ServedContent
from bot.settings import Settings
from bot.slack.app import create_bolt_app
from bot.slack.logs import show_bot_logs
from bot.slack.transport.verification import SIGNATURE_HEADER, TIMESTAMP_HEADER, SignatureCheck
from bot.store import Store
from retrieval.search.engine import Engine

EVENTS_PATH = "/slack/events"
REFUSED_BODY = '{"error":"invalid request"}'  # what Bolt itself answers with a 401
logger = logging.getLogger(__name__)


def mount_slack(flask_app: Flask, content: Engine | ServedContent, settings: Settings, store: Store | None = None,
                reloader: Reloader | None = None) -> None:
    show_bot_logs()
    handler = SlackRequestHandler(create_bolt_app(content, settings, store=store, reloader=reloader))
    check = SignatureCheck(settings.slack_signing_secret)

    def slack_events() -> Response:
        # Verified here, before Bolt parses the body: nothing downstream (listeners, the error
        # handler) ever sees a request Slack did not sign.
        refused = check.failure(request.get_data(), request.headers.get(TIMESTAMP_HEADER),
                                request.headers.get(SIGNATURE_HEADER))
        if refused:
            logger.info("refused a request to %s: %s", EVENTS_PATH, refused)
            return Response(REFUSED_BODY, status=401, mimetype="application/json")
        return handler.handle(request)

    flask_app.add_url_rule(EVENTS_PATH, "slack_events", slack_events, methods=["POST"])
