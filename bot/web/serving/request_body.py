"""The largest request body the web process reads, on every route: what Slack can send, and no more.

Bodies used to be read whole before anything looked at them: two unsigned 300 MB POSTs took two
workers from 130 MB to 1 GB. The only bodies kyodo takes are Slack's (POST /slack/events); the
largest is a message of up to 40,000 characters carried twice (its text and its rich-text
blocks) inside an interaction payload, where a Japanese character percent-encoded is 9 bytes:
40,000 × 9 × 2 = 720 KB. View submissions carry at most a few 3,000-character inputs.
One MiB leaves room for the envelope and nothing more.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO, Any

from flask import Flask, abort, request
from werkzeug.exceptions import RequestEntityTooLarge

MAX_BODY_BYTES = 1024 * 1024
READ_SIZE = 64 * 1024


def limit_request_bodies(app: Flask, limit: int = MAX_BODY_BYTES) -> None:
    """413 for a body over `limit`: at once when its length is declared, else as soon as reading passes it."""

    @app.before_request
    def refuse_declared_oversize() -> None:
        # For every route, also those that never read the body: the declared length settles it
        # before a byte of the body is read.
        if request.content_length is not None and request.content_length > limit:
            abort(413)

    app.wsgi_app = _CapUndeclaredBodies(app.wsgi_app, limit)  # type: ignore[method-assign]


class _CapUndeclaredBodies:
    """WSGI middleware: a chunked body (no Content-Length) is read through a CappedInput.

    Not Flask's MAX_CONTENT_LENGTH: Werkzeug then stops reading a chunked body at the limit and
    hands the route the first MiB as if it were all, where it should refuse it.
    """

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        if not environ.get("CONTENT_LENGTH"):
            environ["wsgi.input"] = CappedInput(environ["wsgi.input"], self.limit)
        return self.app(environ, start_response)


class CappedInput:
    """A WSGI input stream that raises 413 once more than `limit` bytes have come through it."""

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self._count = 0

    def _counted(self, data: bytes) -> bytes:
        self._count += len(data)
        if self._count > self._limit:
            raise RequestEntityTooLarge()
        return data

    def read(self, size: int | None = -1) -> bytes:
        if size is not None and size >= 0:
            return self._counted(self._stream.read(size))
        parts = []
        while chunk := self._stream.read(READ_SIZE):
            parts.append(self._counted(chunk))
        return b"".join(parts)

    def readline(self, size: int | None = -1) -> bytes:
        room = self._limit - self._count + 1  # one byte past the limit tells an oversize line apart
        return self._counted(self._stream.readline(room if size is None or size < 0 else min(size, room)))

    def readlines(self, hint: int | None = -1) -> list[bytes]:
        return list(self)

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line
