"""The database layer: a SQLite file made on first use, PostgreSQL from DATABASE_URL, the schema by Alembic."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot.settings import SettingsError, load_store_settings
from bot.store import Store, database_url
from bot.store.database import DatabaseURLError, switch_to_wal
from bot.store.migrate import current_revision, head_revision
from tests.store.conftest import SECRET
from tests.store.processes import run_together, upgrade_schema

ROOT = Path(__file__).resolve().parents[2]
TABLES = {"alembic_version", "questions", "votes", "seen_events"}


def test_a_sqlite_file_and_its_folder_are_made_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "not-yet" / "kyodo.sqlite3"
    store = Store.open(database_url("", path), SECRET)
    store.close()
    assert path.is_file()
    with sqlite3.connect(path) as db:
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert names == TABLES
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_the_schema_is_at_alembics_newest_revision_on_both_databases(store: Store) -> None:
    assert current_revision(store._writes) == head_revision() != ""
    assert set(inspect(store._writes).get_table_names()) == TABLES


def test_opening_again_changes_nothing(any_url: str) -> None:
    for _ in range(2):
        store = Store.open(any_url, SECRET)
        assert store.upgrade() == head_revision()
        store.close()


def test_four_processes_starting_together_make_the_schema_once(any_url: str) -> None:
    revisions = run_together(upgrade_schema, [(any_url, SECRET)] * 4)
    assert revisions == [head_revision()] * 4
    store = Store.open(any_url, SECRET)
    try:
        with store._writes.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar_one() == 1
    finally:
        store.close()


@pytest.mark.parametrize(("given", "expected"), [
    ("postgres://u:p@db.example:5432/kyodo", "postgresql+psycopg://u:p@db.example:5432/kyodo"),
    ("postgresql://u@db/kyodo", "postgresql+psycopg://u@db/kyodo"),
    ("sqlite:////var/lib/kyodo/log.sqlite3", "sqlite:////var/lib/kyodo/log.sqlite3"),
])
def test_database_urls(given: str, expected: str) -> None:
    assert database_url(given) == expected


@pytest.mark.parametrize("given", ["mysql://u@db/kyodo", "sqlite://", "not a url"])
def test_unusable_database_urls_are_refused(given: str) -> None:
    with pytest.raises(DatabaseURLError):
        database_url(given)


def test_store_settings_default_to_a_sqlite_file_and_a_key_made_at_start() -> None:
    settings = load_store_settings({})
    assert settings.database_url == "sqlite:///kyodo.sqlite3"
    assert settings.log_retention_days == 180
    assert settings.secret_key_generated and len(settings.secret_key) >= 32
    assert load_store_settings({}).secret_key != settings.secret_key


@pytest.mark.parametrize(("env", "named"), [
    ({"DATABASE_URL": "sqlite:///a.sqlite3", "KYODO_DATABASE_PATH": "b.sqlite3"}, "not both"),
    ({"DATABASE_URL": "postgresql://u@db/kyodo"}, "KYODO_SECRET_KEY"),
    ({"KYODO_SECRET_KEY": "short"}, "KYODO_SECRET_KEY"),
    ({"KYODO_LOG_RETENTION_DAYS": "-1"}, "KYODO_LOG_RETENTION_DAYS"),
    ({"KYODO_LOG_RETENTION_DAYS": "半年"}, "KYODO_LOG_RETENTION_DAYS"),
    ({"DATABASE_URL": "mysql://u@db/kyodo"}, "DATABASE_URL"),
])
def test_a_wrong_store_setting_is_one_clear_line(env: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named):
        load_store_settings(env)


def test_postgresql_with_a_key_is_accepted() -> None:
    settings = load_store_settings({"DATABASE_URL": "postgres://u@db/kyodo", "KYODO_SECRET_KEY": SECRET})
    assert settings.database_url == "postgresql+psycopg://u@db/kyodo" and not settings.secret_key_generated


def test_kyodo_db_upgrade_makes_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "cli.sqlite3"
    result = subprocess.run([sys.executable, "-m", "bot.cli", "db", "upgrade"], capture_output=True, text=True, cwd=ROOT,
                            env={"PATH": "", "KYODO_DATABASE_PATH": str(path)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"版 {head_revision()}" in result.stdout
    with sqlite3.connect(path) as db:
        assert {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} == TABLES


def test_kyodo_db_says_in_one_line_when_the_database_cannot_be_reached() -> None:
    env = {"PATH": "", "DATABASE_URL": "postgresql://kyodo@127.0.0.1:9/kyodo", "KYODO_SECRET_KEY": SECRET}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "db", "upgrade"], capture_output=True, text=True, cwd=ROOT,
                            env=env, timeout=60)
    assert result.returncode == 1
    assert "を使えません" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


class _BusyCursor:
    """A cursor whose journal-mode change is refused `busy` times with `error`, then done."""

    def __init__(self, busy: int, error: str = "database is locked") -> None:
        self.busy, self.error, self.calls = busy, error, 0

    def execute(self, sql: str) -> None:
        self.calls += 1
        if self.calls <= self.busy:
            raise sqlite3.OperationalError(self.error)


def test_switching_a_new_file_to_wal_waits_while_another_process_does_it() -> None:
    # processes opening a new file together race to change its journal mode, and SQLite answers the losers
    # "database is locked" at once, without its busy timeout (one connection in 320 in a run of eight at once)
    cursor = _BusyCursor(busy=3)
    switch_to_wal(cursor, patience=5.0)  # type: ignore[arg-type]
    assert cursor.calls == 4


def test_switching_to_wal_gives_up_after_its_patience_or_on_another_error() -> None:
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        switch_to_wal(_BusyCursor(busy=10**6), patience=0.2)  # type: ignore[arg-type]
    other = _BusyCursor(busy=1, error="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk"):
        switch_to_wal(other, patience=5.0)  # type: ignore[arg-type]
    assert other.calls == 1
