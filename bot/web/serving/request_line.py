"""How long a request line the web process accepts: the longest question, and not a byte more.

Gunicorn's `limit_request_line` takes 0 (unlimited) or at most 8,190 bytes, and a 2,000-character
Japanese question is about 18 KB once percent-encoded. Unlimited let a 10 MB URL hold a worker
for seconds of CPU and hundreds of MB, so the web process raises gunicorn's own ceiling
(`gunicorn.http.message.MAX_REQUEST_LINE`, which both of its HTTP/1 parsers read) to the
length a question needs. Gunicorn is pinned in constraints.txt, and tests/web/test_request_limits.py
sends the longest question and longer lines to the real server, so an upgrade that moves this
ceiling fails the tests rather than the service.
"""

from __future__ import annotations

from gunicorn.http import message

from retrieval.search.question.cleaning import MAX_QUESTION_CHARS

# A character is at most 4 bytes of UTF-8, each sent as "%XX".
ENCODED_BYTES_PER_CHAR = 4 * 3
# "GET /api/ask?q=" before the question and " HTTP/1.1" after it, with room for a few more parameters.
REQUEST_LINE_OVERHEAD = 1024


def longest_question_request_line() -> int:
    """Bytes in the request line of a GET carrying the longest question the engine takes, whatever its characters."""
    return MAX_QUESTION_CHARS * ENCODED_BYTES_PER_CHAR + REQUEST_LINE_OVERHEAD


def allow_request_lines_up_to(limit: int) -> int:
    """Let gunicorn's `limit_request_line` be `limit` even above its 8,190-byte ceiling; returns `limit`."""
    if not isinstance(getattr(message, "MAX_REQUEST_LINE", None), int):
        # Fail at start-up: without the ceiling raised, long questions would get 414.
        raise RuntimeError("gunicorn.http.message.MAX_REQUEST_LINE is gone; check bot/web/serving/request_line.py against this gunicorn")
    message.MAX_REQUEST_LINE = max(message.MAX_REQUEST_LINE, limit)
    return limit
