"""The one WSGI application of the `web:` process: web pages, and Slack's endpoints when configured.

    gunicorn 'bot.wsgi:create_app()'
"""

from __future__ import annotations

import sys

from flask import Flask

from bot.settings import Settings, SettingsError, load_settings
from bot.store import Store
from bot.web.app import create_web_app
from retrieval.knowledge.problems import KnowledgeError
from retrieval.search.engine import Engine


def build_app(settings: Settings, engine: Engine | None = None, store: Store | None = None) -> Flask:
    engine = engine or Engine.load(settings.knowledge_dir)
    if store is None and settings.store is not None:
        store = Store.open(settings.store.database_url, settings.store.secret_key, settings.store.log_retention_days,
                           close_at_exit=True)
    app = create_web_app(engine, settings, store)
    if settings.slack_enabled:
        from bot.slack.http import mount_slack

        mount_slack(app, engine, settings, store)
    return app


def create_app() -> Flask:
    """Entry point for gunicorn: configuration errors end start-up with one clear line."""
    try:
        return build_app(load_settings())
    except SettingsError as error:
        print(f"kyodo: configuration error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    except KnowledgeError as error:
        print(f"kyodo: the knowledge folder has {len(error.problems)} problems; run `kyodo check`", file=sys.stderr)
        raise SystemExit(2) from None
