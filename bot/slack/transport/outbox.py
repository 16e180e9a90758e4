"""Sending to Slack without making an answering thread wait.

A listener sends at once, in its own thread. When Slack says "not now" — 429 with Retry-After,
a 5xx, a dropped connection — the send is handed to a small scheduler that tries again when it
is due, from its own threads, and the listener thread returns to take the next question. So a
burst of rate limits delays only the refused posts, and a question that arrives once Slack
accepts posts again is answered at once.

A call Slack received but did not answer within the client's timeout is not sent again: it may
have been posted, and a second copy is worse than one line in the log.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import math
import os
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.error import URLError

from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

logger = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 3  # Slack's Retry-After is seconds to a minute; three waits cover a burst
TRANSIENT_RETRIES = 2  # 5xx and dropped connections, after BACKOFF_SECONDS
BACKOFF_SECONDS = (0.5, 1.0)
MAX_RETRY_AFTER_SECONDS = 120.0  # a longer wait than this would leave the asker without an answer anyway
MAX_PENDING = 1000  # sends waiting for their time; beyond this a refused send is logged and dropped
SENDER_THREADS = 4
SERVER_ERRORS = {500, 502, 503, 504}


class RetryScheduler:
    """Runs jobs when they are due: one timer thread keeps them in time order, a few sender threads run them.

    The threads start on first use in each process, because gunicorn forks its workers after
    the app (and this object) was built, and threads do not survive a fork."""

    def __init__(self, senders: int = SENDER_THREADS, max_pending: int = MAX_PENDING) -> None:
        self.senders = senders
        self.max_pending = max_pending
        self._due: list[tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()
        self._changed = threading.Condition()
        self._pid: int | None = None
        self._executor: ThreadPoolExecutor | None = None

    def later(self, delay: float, job: Callable[[], None]) -> bool:
        """Run `job` in `delay` seconds; False when too many are waiting already."""
        with self._changed:
            if len(self._due) >= self.max_pending:
                return False
            self._start()
            heapq.heappush(self._due, (time.monotonic() + delay, next(self._order), job))
            self._changed.notify()
        return True

    def pending(self) -> int:
        with self._changed:
            return len(self._due)

    def _start(self) -> None:
        if self._pid == os.getpid():
            return
        self._pid = os.getpid()
        self._due.clear()  # jobs copied from the parent process belong to the parent
        self._executor = ThreadPoolExecutor(self.senders, thread_name_prefix="kyodo-slack-retry")
        threading.Thread(target=self._run, name="kyodo-slack-retry-timer", daemon=True).start()

    def _run(self) -> None:
        while True:
            with self._changed:
                while not self._due or self._due[0][0] > time.monotonic():
                    self._changed.wait(self._due[0][0] - time.monotonic() if self._due else None)
                _, _, job = heapq.heappop(self._due)
            assert self._executor is not None
            self._executor.submit(job)


class ResponseUrlRefused(Exception):
    """A response_url answered something other than 200."""

    def __init__(self, status: int, body: str, headers: dict[str, Any]) -> None:
        super().__init__(f"HTTP {status} {body[:200]}")
        self.status = status
        self.headers = headers


@dataclass
class _Send:
    what: str  # for log lines: "API chat.postMessage", "response_url"
    send: Callable[[], Any]
    then: Callable[[], None] | None
    rate_limited: int = 0
    failed: int = 0


def post_to_response_url(url: str, payload: dict[str, Any], timeout: float) -> None:
    """One POST to a response_url; anything but 200 raises ResponseUrlRefused."""
    response = WebhookClient(url, timeout=timeout, retry_handlers=[]).send_dict(payload)
    if response.status_code != 200:
        raise ResponseUrlRefused(response.status_code, str(response.body), dict(response.headers or {}))


class Outbox:
    """Every send to Slack from a listener: Web API calls and response_url posts."""

    def __init__(self, scheduler: RetryScheduler, timeout: float,
                 post_to_url: Callable[[str, dict[str, Any], float], None] = post_to_response_url) -> None:
        self.scheduler = scheduler
        self.timeout = timeout
        self._post_to_url = post_to_url

    def call(self, method: Callable[..., Any], *, then: Callable[[], None] | None = None, **kwargs: Any) -> None:
        """`method(**kwargs)` now, e.g. `outbox.call(client.chat_postMessage, channel=…)`, then `then()`.

        An error Slack will not change its mind about (not_in_channel, invalid_blocks…) is
        raised to the caller, as a direct call would; refusals for now are retried later."""
        name = getattr(method, "__name__", None)  # chat_postMessage → chat.postMessage
        what = "API " + (name.replace("_", ".", 1) if isinstance(name, str) else "call")
        self._attempt(_Send(what, lambda: method(**kwargs), then), first=True)

    def respond(self, url: str, payload: dict[str, Any], *, then: Callable[[], None] | None = None) -> None:
        """POST `payload` to a slash command's or action's response_url."""
        self._attempt(_Send("response_url", lambda: self._post_to_url(url, payload, self.timeout), then), first=True)

    def _attempt(self, job: _Send, *, first: bool = False) -> None:
        try:
            job.send()
        except Exception as error:  # sorted in _refused; a later attempt has no caller to raise to
            self._refused(job, error, first=first)
            return
        if job.then is not None:
            try:
                job.then()
            except Exception:
                if first:
                    raise
                logger.exception("Slack %s was sent, but what follows it failed", job.what)

    def _refused(self, job: _Send, error: Exception, *, first: bool) -> None:
        delay = self._retry_delay(job, error)
        if delay is not None:
            if self.scheduler.later(delay, lambda: self._attempt(job)):
                return
            logger.error("Slack %s dropped: %d sends already wait for a retry (%s)", job.what,
                         self.scheduler.max_pending, describe(error))
            return
        if isinstance(error, TimeoutError):
            logger.error("Slack %s did not answer within %g s; not sent again, as it may have arrived",
                         job.what, self.timeout)
        elif first and not _transient(error) and not isinstance(error, ResponseUrlRefused):
            raise error  # the listener's business, as with a direct call (e.g. share → not_in_channel)
        else:
            retried = " after retries" if job.failed or job.rate_limited else ""
            logger.error("Slack %s failed%s: %s", job.what, retried, describe(error))

    @staticmethod
    def _retry_delay(job: _Send, error: Exception) -> float | None:
        """Seconds until the next try, or None when there is to be none."""
        if _status(error) == 429:
            if job.rate_limited >= RATE_LIMIT_RETRIES:
                return None
            job.rate_limited += 1
            # Spread the refused sends over a second, so they do not all return at the same instant.
            return _retry_after(error) + random.random()
        if _transient(error):
            if job.failed >= TRANSIENT_RETRIES:
                return None
            job.failed += 1
            return BACKOFF_SECONDS[job.failed - 1]
        return None


def _status(error: Exception) -> int | None:
    if isinstance(error, SlackApiError):
        return error.response.status_code
    if isinstance(error, ResponseUrlRefused):
        return error.status
    return None


def _transient(error: Exception) -> bool:
    """Refusals for now: Slack's servers failing, or a connection that broke before an answer could come.

    A read timeout (TimeoutError) is not one: Slack got the request and may have acted on it."""
    if _status(error) in SERVER_ERRORS:
        return True
    return isinstance(error, (URLError, ConnectionError)) and not isinstance(error, TimeoutError)


def _retry_after(error: Exception) -> float:
    headers = error.response.headers if isinstance(error, SlackApiError) else getattr(error, "headers", {})
    value = next((v for k, v in (headers or {}).items() if k.lower() == "retry-after"), None)
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        seconds = float(value) if value is not None else 1.0
    except ValueError:
        seconds = 1.0
    if not math.isfinite(seconds):
        seconds = 1.0
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


def describe(error: Exception) -> str:
    """One short line: 'HTTP 500 internal_error', or the connection error."""
    if isinstance(error, SlackApiError):
        data = error.response.data
        code = data.get("error", "") if isinstance(data, dict) else ""
        return f"HTTP {error.response.status_code} {code}".strip()
    return str(error)[:300]
