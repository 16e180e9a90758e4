"""Log the questions asked on the web, and know the browser that votes.

The web has no login. A browser is known only by a random first-party cookie that the
feedback form sets on the first vote (bot/web/routes/feedback.py), never by its address:
reading answers sets no cookie, so a question is logged with no asker unless that browser
has voted before. The store keeps only a keyed hash of "web:<cookie>".
"""

from __future__ import annotations

import logging
import re
import uuid

from flask import request

from bot.store import Channel
from bot.web.context import web
from retrieval.answer import Answer

logger = logging.getLogger(__name__)

VOTER_COOKIE = "kyodo_voter"
VOTER_ID = re.compile(r"^[A-Za-z0-9_-]{22,64}$")  # what secrets.token_urlsafe makes


def browser_identity() -> str | None:
    """"web:<cookie>" for a browser that carries a well-formed voter cookie, else None."""
    cookie = request.cookies.get(VOTER_COOKIE, "")
    return f"web:{cookie}" if VOTER_ID.match(cookie) else None


def feedback_token(question_id: uuid.UUID | None) -> str | None:
    """The signed token the answer page's feedback form carries, or None without a logged question."""
    return web().store.tokens.issue(question_id) if question_id is not None else None


def log_web_answer(answer: Answer, channel: Channel) -> uuid.UUID | None:
    """Queue the question for the log; its id, or None when nothing is logged. Never raises."""
    store = web().store
    if store is None:
        return None
    try:
        return store.log_answer(answer, channel, asker=browser_identity())
    except Exception:  # the answer goes out whatever happens to its log entry
        store.complaints.trouble("log", "question log: a web question could not be queued; answers are not affected.")
        return None
