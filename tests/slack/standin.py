"""A local stand-in for Slack's Web API and response_url endpoints, over real HTTP.

It records every call with its decoded body, answers like Slack does, and can be told
to fail: 429 with Retry-After or a 5xx, for the next N calls of a method or for all, or only
for calls whose body matches; or to hold calls of a method without ever answering, as a
Slack that stopped responding would.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_TOKEN = "xoxb-kyodo-test-token"
APP_TOKEN = "xapp-1-kyodo-test-token"  # Socket Mode's app-level token
BOT_USER_ID = "U0KYODO"
BOT_ID = "B0KYODO"
TEAM_ID = "T0TEST"
RESPONSE_URL_METHOD = "response_url"  # how calls to a response_url are recorded
JSON_FIELDS = ("blocks", "view", "attachments", "metadata")
HELD = 0  # the status of a call the stand-in holds without answering


@dataclass
class Call:
    method: str  # Web API method such as chat.postMessage, or "response_url"
    path: str
    body: dict[str, Any]
    headers: dict[str, str]
    status: int  # what the stand-in answered; HELD while it holds the call unanswered
    at: float = field(default_factory=time.monotonic)
    response: Any = None  # the body the stand-in answered with


@dataclass
class _Failure:
    method: str
    status: int
    remaining: int | None  # None: until cleared
    retry_after: int | None
    where: Callable[[dict[str, Any]], bool] | None = None  # only calls whose body matches


@dataclass
class _Hold:
    method: str
    remaining: int | None
    where: Callable[[dict[str, Any]], bool] | None


class StandInSlack:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: list[Call] = []
        self._failures: list[_Failure] = []
        self._holds: list[_Hold] = []
        self._released = threading.Event()
        self._answers: dict[str, dict[str, Any]] = {}
        self._ts = itertools.count(1)
        self.socket_mode_url = ""  # what apps.connections.open hands out
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
                stand_in._handle(self)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="standin-slack", daemon=True)
        self._thread.start()

    # --- addresses ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.url + "/api/"

    def response_url(self, name: str = "") -> str:
        return f"{self.url}/respond/{name or next(self._ts)}"

    # --- control -----------------------------------------------------------------------------
    def reset(self) -> None:
        self.release()
        with self._lock:
            self._calls.clear()
            self._failures.clear()
            self._answers.clear()

    def fail(self, method: str, status: int, *, times: int | None = 1, retry_after: int | None = None,
             where: Callable[[dict[str, Any]], bool] | None = None) -> None:
        """Answer `status` to the next `times` calls of `method` (all of them when times is None),
        or only to those whose decoded body satisfies `where`."""
        with self._lock:
            self._failures.append(_Failure(method, status, times, retry_after, where))

    def hold(self, method: str, *, times: int | None = 1, where: Callable[[dict[str, Any]], bool] | None = None) -> None:
        """Take the next `times` calls of `method` (matching `where`) and never answer them, until release()."""
        with self._lock:
            self._released.clear()
            self._holds.append(_Hold(method, times, where))

    def release(self) -> None:
        """Stop holding: held calls are hung up on, unanswered, and new ones are answered again."""
        with self._lock:
            self._holds.clear()
            self._released.set()

    def clear_failures(self) -> None:
        with self._lock:
            self._failures.clear()

    def answer(self, method: str, body: dict[str, Any]) -> None:
        """Answer `method` with `body` (HTTP 200) instead of the usual success."""
        with self._lock:
            self._answers[method] = body

    def stop(self) -> None:
        self.release()
        self._server.shutdown()
        self._server.server_close()

    # --- inspection --------------------------------------------------------------------------
    def calls(self, method: str | None = None, *, ok_only: bool = False) -> list[Call]:
        with self._lock:
            return [c for c in self._calls if (method is None or c.method == method)
                    and (not ok_only or c.status == 200)]

    def wait_for(self, method: str, *, count: int = 1, timeout: float = 10.0,
                 where: Callable[[Call], bool] | None = None, ok_only: bool = True) -> list[Call]:
        """Poll until `count` matching calls arrived; the app answers after its ack, so tests wait."""
        deadline = time.monotonic() + timeout
        while True:
            found = [c for c in self.calls(method, ok_only=ok_only) if where is None or where(c)]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [(c.method, c.status) for c in self.calls()]
                raise AssertionError(f"waited {timeout}s for {count} × {method}; got {len(found)}. All calls: {seen}")
            time.sleep(0.02)

    def assert_no_call(self, where: Callable[[Call], bool], *, within: float = 0.5) -> None:
        """Fail as soon as a call matching `where` arrives; pass when none came within `within` seconds.

        Absence has no event to wait for, so this is a window; `where` must name what ties a call
        to the request under test (its channel, thread ts or response_url), so that a late call
        from another test never counts and a wrong call fails at once."""
        deadline = time.monotonic() + within
        while True:
            found = [c for c in self.calls() if where(c)]
            if found:
                raise AssertionError(f"unexpected calls: {[(c.method, c.path, c.status, c.body) for c in found]}")
            if time.monotonic() > deadline:
                return
            time.sleep(0.02)

    # --- serving -----------------------------------------------------------------------------
    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        raw = request.rfile.read(length).decode("utf-8")
        path = request.path.split("?", 1)[0]
        method = RESPONSE_URL_METHOD if path.startswith("/respond/") else path.removeprefix("/api/")
        body = _decode(raw, request.headers.get("Content-Type", ""))
        headers = {k.lower(): v for k, v in request.headers.items()}
        if self._take_hold(method, body):
            with self._lock:
                self._calls.append(Call(method, path, body, headers, HELD))
            self._released.wait()
            request.close_connection = True  # released: hang up without an answer
            return
        status, payload, extra = self._reply(method, body, headers)
        with self._lock:
            self._calls.append(Call(method, path, body, headers, status, response=payload))
        data = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
        request.send_response(status)
        request.send_header("Content-Type", "text/plain" if isinstance(payload, str) else "application/json")
        request.send_header("Content-Length", str(len(data)))
        for name, value in extra.items():
            request.send_header(name, value)
        request.end_headers()
        request.wfile.write(data)

    def _take_hold(self, method: str, body: dict[str, Any]) -> bool:
        with self._lock:
            for hold in self._holds:
                if hold.method == method and hold.remaining != 0 and (hold.where is None or hold.where(body)):
                    if hold.remaining is not None:
                        hold.remaining -= 1
                    return True
        return False

    def _reply(self, method: str, body: dict[str, Any], headers: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        with self._lock:
            for failure in self._failures:
                if failure.method == method and failure.remaining != 0 and (failure.where is None
                                                                            or failure.where(body)):
                    if failure.remaining is not None:
                        failure.remaining -= 1
                    extra = {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
                    error = "ratelimited" if failure.status == 429 else "internal_error"
                    return failure.status, {"ok": False, "error": error}, extra
            canned = self._answers.get(method)
        if method == RESPONSE_URL_METHOD:
            return 200, "ok", {}
        token = APP_TOKEN if method == "apps.connections.open" else BOT_TOKEN
        if headers.get("authorization") != f"Bearer {token}":
            return 200, {"ok": False, "error": "invalid_auth"}, {}
        if canned is not None:
            return 200, canned, {}
        return 200, self._success(method, body), {}

    def _success(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "url": "https://kyodo-test.slack.com/", "team": "Test", "user": "kyodo",
                    "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False}
        if method in ("chat.postMessage", "chat.update"):
            ts = body.get("ts") or f"{int(time.time())}.{next(self._ts):06d}"
            return {"ok": True, "channel": body.get("channel"), "ts": ts,
                    "message": {"text": body.get("text"), "blocks": body.get("blocks"), "ts": ts}}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_mode_url}
        if method in ("views.open", "views.publish", "views.update"):
            return {"ok": True, "view": {"id": f"V{next(self._ts)}", **(body.get("view") or {})}}
        return {"ok": True}


def _decode(raw: str, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        return json.loads(raw)
    body: dict[str, Any] = dict(parse_qsl(raw, keep_blank_values=True))
    for key in JSON_FIELDS:
        if isinstance(body.get(key), str):
            with contextlib.suppress(json.JSONDecodeError):  # a form field that merely looks like JSON
                body[key] = json.loads(body[key])
    return body
