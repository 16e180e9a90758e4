"""Slack's request signature, checked before anything reads a request's body as a Slack request.

Bolt checks signatures too, but its checker raises on a timestamp such as `abc` or `1.5`; Bolt
then answers 500 and hands the unverified body to the error handler, which would reply to
whatever channel or response_url the body names. This check never raises: whatever it cannot
read is simply not verified, and the caller answers 401 without looking further.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, BoltResponse

MAX_AGE_SECONDS = 5 * 60  # Slack's own advice: refuse requests signed more than five minutes ago
TIMESTAMP_HEADER = "X-Slack-Request-Timestamp"
SIGNATURE_HEADER = "X-Slack-Signature"
# ASCII digits only: int() would also take " 12", "1_0" and other scripts' digits.
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")

PASSED_BOLT_CHECKS = "kyodo_passed_bolt_checks"


class SignatureCheck:
    """Slack's v0 signing scheme: HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret."""

    def __init__(self, signing_secret: str, clock: Callable[[], float] = time.time) -> None:
        self._secret = signing_secret.encode("utf-8")
        self._clock = clock

    def failure(self, body: bytes, timestamp: str | None, signature: str | None) -> str | None:
        """None when Slack signed `body` within the last five minutes; otherwise why not, in a few words."""
        if not self._secret:
            return "no signing secret is configured"
        if timestamp is None or not _TIMESTAMP.fullmatch(timestamp):
            return "missing or malformed timestamp"
        if signature is None or not _SIGNATURE.fullmatch(signature):
            return "missing or malformed signature"
        if abs(self._clock() - int(timestamp)) > MAX_AGE_SECONDS:
            return "timestamp more than five minutes away from this server's clock"
        expected = hmac.new(self._secret, b"v0:" + timestamp.encode("ascii") + b":" + body, hashlib.sha256)
        if not hmac.compare_digest("v0=" + expected.hexdigest(), signature):
            return "signature does not match"
        return None


def mark_passed_bolt_checks(context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:
    """The first global middleware: it runs only after Bolt's own checks (signature, token) let the request in."""
    context[PASSED_BOLT_CHECKS] = True
    return next()


def passed_bolt_checks(context: BoltContext | dict[str, Any] | None) -> bool:
    return bool(context and context.get(PASSED_BOLT_CHECKS))
