"""Gunicorn's logs with every line cut to a bounded excerpt.

A request gunicorn refuses is logged with its request line quoted whole ("Invalid HTTP request
line: '…'"), and an access log's `%(r)s` is the request line too; both can carry a question of
any length. Cutting at the formatter covers every message, traceback line and handler gunicorn
sets up, whatever the message.
"""

from __future__ import annotations

import logging

from gunicorn.glogging import Logger

MAX_LOG_LINE = 240  # characters; enough for a traceback line, too short for more than a question's opening


def cut_line(line: str, limit: int = MAX_LOG_LINE) -> str:
    if len(line) <= limit:
        return line
    note = f" …[{len(line):,} chars, cut]"
    return line[: limit - len(note)] + note


class BoundedFormatter(logging.Formatter):
    """Formats with the formatter it wraps, then cuts each line of the result."""

    def __init__(self, inner: logging.Formatter | None) -> None:
        super().__init__()
        self.inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(cut_line(line) for line in self.inner.format(record).split("\n"))


class BoundedLogger(Logger):
    """Gunicorn's own logger (`logger_class`), its handlers writing lines of at most MAX_LOG_LINE characters."""

    def setup(self, cfg) -> None:  # noqa: ANN001 - gunicorn's Config
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                if not isinstance(handler.formatter, BoundedFormatter):
                    handler.setFormatter(BoundedFormatter(handler.formatter))
