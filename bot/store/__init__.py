"""The store: question log, votes and Slack event de-duplication, on SQLite (default) or PostgreSQL.

Nothing here slows or breaks an answer: writes are queued for a background thread, and the
one call a caller waits on (`Store.first_time`) has a deadline.
"""

from bot.store.database import DatabaseURLError, database_url
from bot.store.identity import TokenExpired, TokenInvalid
from bot.store.records import Channel, LoggedQuestion, QuestionRecord, VoteRecord
from bot.store.store import DEFAULT_RETENTION_DAYS, Store

__all__ = [
    "DEFAULT_RETENTION_DAYS", "Channel", "DatabaseURLError", "LoggedQuestion", "QuestionRecord", "Store",
    "TokenExpired", "TokenInvalid", "VoteRecord", "database_url",
]
