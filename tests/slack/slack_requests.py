"""Requests as Slack sends them to an app: JSON events and form-encoded commands and
interactions, signed with the v0 HMAC scheme (X-Slack-Signature, X-Slack-Request-Timestamp)."""

from __future__ import annotations

import http.client
import json
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlparse

from slack_sdk.signature import SignatureVerifier

from tests.slack.standin import BOT_USER_ID, TEAM_ID

SIGNING_SECRET = "kyodo-test-signing-secret"
USER_ID = "U0STAFF1"
CHANNEL_ID = "C0KYODO1"
DM_CHANNEL_ID = "D0KYODO1"


@dataclass
class Response:
    status: int
    body: str
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.body)


def sign(body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    """Headers that make `body` a genuine Slack request, computed the way Slack computes them."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    signature = SignatureVerifier(secret).generate_signature(timestamp=str(timestamp), body=body)
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": signature}


def new_ts() -> str:
    return f"{int(time.time())}.{uuid.uuid4().int % 1_000_000:06d}"


def new_id(prefix: str) -> str:
    """A channel, user or event id no other test uses, so that a late call of another test never matches."""
    return f"{prefix}{uuid.uuid4().hex[:10].upper()}"


def new_trigger_id() -> str:
    return f"trigger.{uuid.uuid4().hex}"


class SlackSide:
    """Sends signed requests to the app at `app_url` the way Slack's servers do."""

    def __init__(self, app_url: str, secret: str = SIGNING_SECRET) -> None:
        self.app_url = app_url.rstrip("/")
        self.secret = secret

    # --- transport -------------------------------------------------------------------------
    def post(self, path: str, body: str, content_type: str, headers: dict[str, str] | None = None,
             *, signed: bool = True) -> Response:
        all_headers = {"Content-Type": content_type, **(sign(body, secret=self.secret) if signed else {})}
        all_headers.update(headers or {})
        return request(self.app_url + path, "POST", body, all_headers)

    def get(self, path: str) -> Response:
        return request(self.app_url + path, "GET", None, {})

    # --- Events API --------------------------------------------------------------------------
    def event_body(self, event: dict[str, Any], event_id: str | None = None) -> str:
        return json.dumps({
            "token": "legacy-verification-token", "team_id": TEAM_ID, "api_app_id": "A0KYODO",
            "type": "event_callback", "event": event, "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
            "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        }, ensure_ascii=False)

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry_num: int | None = None,
              headers: dict[str, str] | None = None) -> Response:
        extra = dict(headers or {})
        if retry_num is not None:
            extra |= {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"}
        return self.post("/slack/events", self.event_body(event, event_id), "application/json", extra)

    def mention(self, text: str, *, ts: str | None = None, thread_ts: str | None = None, channel: str = CHANNEL_ID,
                **kwargs: Any) -> Response:
        event = {"type": "app_mention", "user": USER_ID, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts or new_ts(),
                 "channel": channel, "event_ts": ts or new_ts()}
        if thread_ts:
            event["thread_ts"] = thread_ts
        return self.event(event, **kwargs)

    def dm(self, text: str, *, ts: str | None = None, **fields: Any) -> Response:
        event = {"type": "message", "channel_type": "im", "user": USER_ID, "text": text, "ts": ts or new_ts(),
                 "channel": DM_CHANNEL_ID, "event_ts": ts or new_ts(), **fields}
        return self.event({k: v for k, v in event.items() if v is not None})

    def url_verification(self, challenge: str) -> Response:
        body = json.dumps({"token": "legacy-verification-token", "challenge": challenge, "type": "url_verification"})
        return self.post("/slack/events", body, "application/json")

    # --- slash commands and interactivity ------------------------------------------------------
    def command(self, text: str, response_url: str, *, command: str = "/kyodo", channel: str = CHANNEL_ID) -> Response:
        return self.post("/slack/events", command_body(text, response_url, command=command, channel=channel),
                         "application/x-www-form-urlencoded")

    def interaction(self, payload: dict[str, Any]) -> Response:
        body = urlencode({"payload": json.dumps(payload, ensure_ascii=False)})
        return self.post("/slack/events", body, "application/x-www-form-urlencoded")

    def block_action(self, action: dict[str, Any], *, response_url: str, message: dict[str, Any] | None = None,
                     ephemeral: bool = False, view: dict[str, Any] | None = None, trigger_id: str | None = None,
                     channel: str = CHANNEL_ID, user: str = USER_ID) -> Response:
        payload: dict[str, Any] = {
            "type": "block_actions", "team": {"id": TEAM_ID, "domain": "kyodo-test"},
            "user": {"id": user, "username": "staff", "team_id": TEAM_ID}, "api_app_id": "A0KYODO",
            "token": "legacy-verification-token", "trigger_id": trigger_id or new_trigger_id(),
            "actions": [{"type": "button", "block_id": action.get("block_id", "b"), "action_ts": new_ts(), **action}],
        }
        if view is not None:
            payload |= {"container": {"type": "view", "view_id": view.get("id", "V1")}, "view": view}
        else:
            payload |= {
                "container": {"type": "message", "message_ts": (message or {}).get("ts", new_ts()),
                              "channel_id": channel, "is_ephemeral": ephemeral},
                "channel": {"id": channel, "name": "kyodo-test"}, "response_url": response_url,
            }
            if message is not None:
                payload["message"] = message
        return self.interaction(payload)

    def message_shortcut(self, callback_id: str, message: dict[str, Any], *, channel: str = CHANNEL_ID,
                         user: str = USER_ID, trigger_id: str | None = None) -> Response:
        """A message shortcut used on `message` in `channel`, as Slack posts it (type message_action)."""
        payload = {
            "type": "message_action", "callback_id": callback_id, "trigger_id": trigger_id or new_trigger_id(),
            "team": {"id": TEAM_ID, "domain": "kyodo-test"}, "user": {"id": user, "name": "staff", "team_id": TEAM_ID},
            "channel": {"id": channel, "name": "kyodo-test"}, "message": message, "message_ts": message["ts"],
            "response_url": "https://hooks.slack.com/app/T0TEST/1/shortcut", "api_app_id": "A0KYODO",
            "token": "legacy-verification-token",
        }
        return self.interaction(payload)

    def view_submission(self, view: dict[str, Any], values: dict[str, Any], *, user: str = USER_ID) -> Response:
        payload = {
            "type": "view_submission", "team": {"id": TEAM_ID, "domain": "kyodo-test"},
            "user": {"id": user, "username": "staff", "team_id": TEAM_ID}, "api_app_id": "A0KYODO",
            "token": "legacy-verification-token", "trigger_id": new_trigger_id(),
            "view": {**view, "id": "V0ASK", "state": {"values": values}},
        }
        return self.interaction(payload)


def command_body(text: str, response_url: str, *, command: str = "/kyodo", channel: str = CHANNEL_ID) -> str:
    """A slash command as Slack posts it: form-encoded fields."""
    return urlencode({
        "token": "legacy-verification-token", "team_id": TEAM_ID, "team_domain": "kyodo-test",
        "channel_id": channel, "channel_name": "kyodo-test", "user_id": USER_ID, "user_name": "staff",
        "command": command, "text": text, "api_app_id": "A0KYODO", "response_url": response_url,
        "trigger_id": new_trigger_id(),
    })


def request(url: str, method: str, body: str | None, headers: dict[str, str], timeout: float = 15) -> Response:
    parsed = urlparse(url)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=timeout)
    try:
        path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
        connection.request(method, path, body=body.encode("utf-8") if body is not None else None, headers=headers)
        response = connection.getresponse()
        return Response(response.status, response.read().decode("utf-8", "replace"),
                        {k.lower(): v for k, v in response.getheaders()})
    finally:
        connection.close()
