"""Make kyodo's own log lines visible under gunicorn and Socket Mode without touching others' logging."""

from __future__ import annotations

import logging
import sys

FORMAT = "%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s"


def show_bot_logs(level: int = logging.INFO) -> None:
    """Send `bot.*` records (content reloads, failed Slack calls) to stderr unless logging is already set up."""
    logger = logging.getLogger("bot")
    if logger.handlers or logging.getLogger().handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
