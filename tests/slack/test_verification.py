"""The signature check in front of Bolt: Slack's v0 scheme, and no input that makes it raise."""

from __future__ import annotations

import pytest

from bot.slack.transport.verification import SignatureCheck
from tests.slack.slack_requests import SIGNING_SECRET, sign

NOW = 1_700_000_000
BODY = '{"type":"event_callback","event":{"type":"app_mention","text":"後援は協働？"}}'


def check() -> SignatureCheck:
    return SignatureCheck(SIGNING_SECRET, clock=lambda: NOW)


def test_a_request_signed_as_slack_signs_passes() -> None:
    headers = sign(BODY, timestamp=NOW)
    assert check().failure(BODY.encode(), headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]) is None


def test_five_minutes_either_way_is_the_limit() -> None:
    for offset, passes in ((300, True), (-300, True), (301, False), (-301, False)):
        headers = sign(BODY, timestamp=NOW + offset)
        failure = check().failure(BODY.encode(), headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"])
        assert (failure is None) is passes, offset


@pytest.mark.parametrize("timestamp", [None, "", "abc", "1.5", "-5", " 1700000000", "1_700_000_000", "١٧٠٠٠٠٠٠٠٠",
                                       "9" * 40, "1700000000\n"])
def test_malformed_timestamps_fail_without_raising(timestamp: str | None) -> None:
    signature = sign(BODY, timestamp=NOW)["X-Slack-Signature"]
    assert check().failure(BODY.encode(), timestamp, signature) == "missing or malformed timestamp"


@pytest.mark.parametrize("signature", [None, "", "v0=", "v0=" + "g" * 64, "v1=" + "0" * 64, "v0=" + "0" * 63])
def test_malformed_signatures_fail_without_raising(signature: str | None) -> None:
    assert check().failure(BODY.encode(), str(NOW), signature) == "missing or malformed signature"


def test_a_body_that_is_not_utf8_is_checked_as_bytes() -> None:
    assert check().failure(b"\xff\xfe not text", str(NOW), "v0=" + "0" * 64) == "signature does not match"


def test_without_a_secret_nothing_passes() -> None:
    headers = sign(BODY, secret="x", timestamp=NOW)
    assert SignatureCheck("").failure(BODY.encode(), headers["X-Slack-Request-Timestamp"],
                                      headers["X-Slack-Signature"]) is not None
