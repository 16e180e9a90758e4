"""Configuration from the environment, checked once at start-up with one clear line per mistake."""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR

if TYPE_CHECKING:
    from retrieval.search.engine import Engine

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_LOG_RETENTION_DAYS = 180
MIN_SECRET_KEY_CHARS = 32
SLACK_USER_ID = re.compile(r"[UW][A-Z0-9]{2,}")  # W… on Enterprise Grid


class SettingsError(Exception):
    """A setting is missing or invalid; the message names it in one line."""


@dataclass(frozen=True)
class StoreSettings:
    """Where the question log, votes and Slack de-duplication live, and how long questions are kept."""

    database_url: str  # SQLAlchemy URL: sqlite:///… by default, postgresql+psycopg://… from DATABASE_URL
    secret_key: str  # keys the hashes of askers and signs vote tokens
    log_retention_days: int = DEFAULT_LOG_RETENTION_DAYS  # 0: no question log, no votes
    secret_key_generated: bool = False  # KYODO_SECRET_KEY was unset: a new random key at each start


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path
    public_base_url: str  # where the web pages are served; links in Slack answers start with it
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_api_url: str = DEFAULT_SLACK_API_URL
    # Socket Mode pings this often; a link that stops answering is reopened after five missed pings.
    socket_ping_seconds: float = 5.0
    # The longest a Web API or response_url call may take: Slack answers in well under a second,
    # so 10 s lets a slow Slack through, while a call that never answers frees its thread in a
    # third of slack_sdk's default 30 s.
    slack_timeout_seconds: float = 10.0
    store: StoreSettings | None = None  # None: nothing is logged (tests that build Settings by hand)
    # KYODO_HOME: the id of the asker's own guideline, first where it treats a question and labelled
    # 「本市の指針」; checked against the loaded knowledge by `apply_home`
    home: str | None = None
    # Slack users who see the maintainers' part of App Home (this week's questions, gaps, reloads).
    maintainers: frozenset[str] = frozenset()

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token or self.slack_signing_secret)


def _url(name: str, value: str) -> str:
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise SettingsError(f"{name} must be an http(s) URL, got {value!r}")
    return value


def load_settings(env: Mapping[str, str] | None = None, *, require_slack: bool = False, socket_mode: bool = False,
                  default_base_url: str = "http://127.0.0.1:8000") -> Settings:
    """Read the environment. Slack settings come as a pair; with `require_slack` both must be set.

    Over Socket Mode no request comes over HTTP, so there is nothing to sign and the signing
    secret may be left out."""
    env = os.environ if env is None else env
    knowledge_dir = Path(env.get("KYODO_KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR)
    if not knowledge_dir.is_dir():
        raise SettingsError(f"KYODO_KNOWLEDGE_DIR is not a folder: {knowledge_dir}")
    token = env.get("SLACK_BOT_TOKEN", "").strip()
    secret = env.get("SLACK_SIGNING_SECRET", "").strip()
    if require_slack or token or (secret and not socket_mode):
        if not token:
            raise SettingsError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-…)")
        if not token.startswith("xoxb-"):
            raise SettingsError("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
        if not secret and not socket_mode:
            raise SettingsError("SLACK_SIGNING_SECRET is not set (Basic Information → Signing Secret)")
    base_url = env.get("PUBLIC_BASE_URL", "").strip()
    if token and not base_url:
        raise SettingsError("PUBLIC_BASE_URL is not set (the https:// address where kyodo's pages are served)")
    base_url = _url("PUBLIC_BASE_URL", base_url) if base_url else default_base_url
    api_url = _url("SLACK_API_URL", env.get("SLACK_API_URL", "").strip() or DEFAULT_SLACK_API_URL)
    if not api_url.endswith("/"):
        api_url += "/"  # slack_sdk joins method names onto this base
    app_token = env.get("SLACK_APP_TOKEN", "").strip()
    if app_token and not app_token.startswith("xapp-"):
        raise SettingsError("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
    socket_ping_seconds = _seconds(env, "KYODO_SOCKET_PING_SECONDS", "5", high=60)
    slack_timeout_seconds = _seconds(env, "KYODO_SLACK_TIMEOUT_SECONDS", "10", high=60)
    maintainers = _slack_users(env, "KYODO_MAINTAINERS")
    return Settings(
        knowledge_dir=knowledge_dir,
        public_base_url=base_url.rstrip("/"),
        slack_bot_token=token,
        slack_signing_secret=secret,
        slack_app_token=app_token,
        slack_api_url=api_url,
        socket_ping_seconds=socket_ping_seconds,
        slack_timeout_seconds=slack_timeout_seconds,
        store=load_store_settings(env),
        home=env.get("KYODO_HOME", "").strip() or None,
        maintainers=maintainers,
    )


def apply_home(engine: Engine, home: str | None) -> None:
    """Make `home` the engine's home guideline; an id the knowledge does not hold stops start-up
    with one line naming the ids it does hold."""
    try:
        engine.set_home(home)
    except ValueError:
        known = ", ".join(g.id for g in engine.knowledge.guidelines)
        raise SettingsError(f"KYODO_HOME is {home!r}, which is not a guideline id of the knowledge folder "
                            f"(known ids: {known})") from None


def _slack_users(env: Mapping[str, str], name: str) -> frozenset[str]:
    """Comma-separated Slack user ids (Profile → ⋮ → Copy member ID)."""
    users = [user.strip() for user in env.get(name, "").split(",") if user.strip()]
    wrong = [user for user in users if not SLACK_USER_ID.fullmatch(user)]
    if wrong:
        raise SettingsError(f"{name} must be Slack member ids separated by commas (e.g. U012AB3CD,U045EF6GH), "
                            f"got {wrong[0]!r}")
    return frozenset(users)


def _seconds(env: Mapping[str, str], name: str, default: str, *, high: float) -> float:
    value = env.get(name, "").strip() or default
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= high:
        raise SettingsError(f"{name} must be a number of seconds between 0 and {high:g}, got {value!r}")
    return seconds


def load_store_settings(env: Mapping[str, str] | None = None) -> StoreSettings:
    """DATABASE_URL or KYODO_DATABASE_PATH (a SQLite file, created on first use), the secret key and
    the retention period. Also used alone by `kyodo gaps` and `kyodo db`."""
    from bot.store.database import DatabaseURLError, database_url, is_postgresql

    env = os.environ if env is None else env
    url = env.get("DATABASE_URL", "").strip()
    path = env.get("KYODO_DATABASE_PATH", "").strip()
    if url and path:
        raise SettingsError("set DATABASE_URL or KYODO_DATABASE_PATH, not both")
    try:
        url = database_url(url, path or None)
    except DatabaseURLError as error:
        raise SettingsError(f"DATABASE_URL: {error}") from None
    key = env.get("KYODO_SECRET_KEY", "").strip()
    if key and len(key) < MIN_SECRET_KEY_CHARS:
        raise SettingsError(f"KYODO_SECRET_KEY must be at least {MIN_SECRET_KEY_CHARS} characters "
                            "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))')")
    if not key and is_postgresql(url):
        raise SettingsError("KYODO_SECRET_KEY is not set; with PostgreSQL every process and host must hash askers "
                            "and sign vote tokens with the same key")
    days = env.get("KYODO_LOG_RETENTION_DAYS", "").strip() or str(DEFAULT_LOG_RETENTION_DAYS)
    if not (days.isascii() and days.isdigit()) or int(days) > 3650:
        raise SettingsError(f"KYODO_LOG_RETENTION_DAYS must be a whole number of days from 0 (no question log) "
                            f"to 3650, got {days!r}")
    return StoreSettings(url, key or secrets.token_urlsafe(32), int(days), secret_key_generated=not key)
