"""Connections: a SQLite file by default, PostgreSQL when the URL says so, with bounded waits.

Every wait on the database is bounded so that a locked file or an unreachable server costs
the caller a known, short time: SQLite's busy timeout, and PostgreSQL's connect and statement
timeouts. The store makes two engines from one URL: a patient one for its background writer
and reports, and a quick one for what a caller waits on (Slack event de-duplication).
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_SQLITE_PATH = Path("kyodo.sqlite3")


class DatabaseURLError(ValueError):
    """The database URL is not one the store can use; the message says why in one line."""


@dataclass(frozen=True)
class Patience:
    """How long one database call may wait, in seconds."""

    lock: float  # SQLite: a write waits this long for another writer to finish
    connect: int  # PostgreSQL: to open a connection (libpq counts whole seconds, at least 2)
    statement: float  # PostgreSQL: one statement


PATIENT = Patience(lock=5.0, connect=3, statement=15.0)  # background writes and reports
QUICK = Patience(lock=0.5, connect=2, statement=1.0)  # a caller is waiting


def database_url(url: str = "", sqlite_path: Path | str | None = None) -> str:
    """The SQLAlchemy URL for DATABASE_URL, or for a SQLite file when no URL is given."""
    url = url.strip()
    if not url:
        path = Path(sqlite_path or DEFAULT_SQLITE_PATH)
        return f"sqlite:///{path}"
    for prefix in ("postgres://", "postgresql://"):  # postgres:// is what many hosts hand out
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix):]
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseURLError(f"not a database URL: {redacted(url)}") from None
    if parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise DatabaseURLError(f"only sqlite:///… and postgresql://… are supported, got {parsed.drivername}://")
    if parsed.drivername.startswith("sqlite") and not parsed.database:
        raise DatabaseURLError("a SQLite URL needs a file path (sqlite:///kyodo.sqlite3); an in-memory database "
                               "is not shared between processes")
    return url


def is_postgresql(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparsable URL)"


def describe_error(error: BaseException) -> str:
    """One short line for a log or a terminal: the driver's first line, without parameters or SQL."""
    original = getattr(error, "orig", None) or error
    first = (str(original).strip().splitlines() or [""])[0]
    return f"{type(original).__name__}: {first[:200]}"


def create_database_engine(url: str, patience: Patience, pool_size: int = 2) -> Engine:
    if is_postgresql(url):
        return _postgresql(url, patience, pool_size)
    return _sqlite(url, patience, pool_size)


def _postgresql(url: str, patience: Patience, pool_size: int) -> Engine:
    return create_engine(
        url,
        pool_size=pool_size,
        max_overflow=2,
        pool_timeout=patience.connect,
        pool_pre_ping=True,  # a server restart leaves dead connections in the pool
        pool_recycle=1800,
        connect_args={
            "connect_timeout": max(2, patience.connect),
            "application_name": "kyodo",
            "options": f"-c statement_timeout={int(patience.statement * 1000)} -c lock_timeout={int(patience.statement * 1000)}",
        },
    )


def switch_to_wal(cursor: sqlite3.Cursor, patience: float) -> None:
    """Switch to WAL, waiting up to `patience` seconds. Several processes opening a new file at once race to
    change its journal mode, and SQLite answers the losers "database is locked" at once, without its busy
    timeout (one connection in 320 in a stress run of eight processes starting together)."""
    deadline = time.monotonic() + patience
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _sqlite(url: str, patience: Patience, pool_size: int) -> Engine:
    path = make_url(url).database
    if path:
        # The file itself is made on first use. A folder that cannot be made shows up as a failed
        # connection, which the store reports and survives, like any other database trouble.
        with contextlib.suppress(OSError):
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, pool_size=pool_size, max_overflow=2, pool_timeout=patience.lock + 1)

    @event.listens_for(engine, "connect")
    def configure(dbapi_connection, _record) -> None:
        # pysqlite's own transaction handling begins too late for writes to wait their turn;
        # we take the write lock at BEGIN instead (see `begin` below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(patience.lock * 1000)}")
        # Only takes effect in a new file: lets pruning give freed pages back (retention.py).
        cursor.execute("PRAGMA auto_vacuum = INCREMENTAL")
        # WAL lets the web processes read while one writes; NORMAL sync is safe with WAL.
        switch_to_wal(cursor, patience.lock)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def begin(connection) -> None:
        # IMMEDIATE takes the write lock at once, waiting up to the busy timeout. A deferred
        # transaction that reads first and writes later can fail with "database is locked"
        # without waiting at all when another process wrote in between.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
