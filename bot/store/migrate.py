"""Create or upgrade the store's schema with Alembic; never by hand.

Every process calls `upgrade` when it opens the store. Inside one transaction it first
serialises against other processes (an advisory lock on PostgreSQL; BEGIN IMMEDIATE, the
write lock, on SQLite), then lets Alembic compare the recorded revision with the newest one,
so of several processes starting together one migrates and the rest find nothing to do.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).with_name("migrations")
# pg_advisory_xact_lock key: any fixed number that no other application on the server uses.
LOCK_KEY = 0x6B796F646F  # "kyodo"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> str:
    """Bring the schema to the newest revision; returns it."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # A revision may take long on a big table, and another process may be running it: no limits here.
            connection.execute(text("SET LOCAL statement_timeout = 0"))
            connection.execute(text("SET LOCAL lock_timeout = 0"))
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        command.upgrade(_config(connection), "head")
    return head_revision()
