"""The one WSGI application of the `web:` process: web pages, and Slack's endpoints when configured.

    gunicorn 'bot.wsgi:create_app()'
"""

from __future__ import annotations

import sys

from flask import Flask

from bot.content import process
from bot.content.served import ServedContent, configure_engine
from bot.settings import Settings, SettingsError, load_settings
from bot.slack.logs import show_bot_logs
from bot.store import Store
from bot.web.app import create_web_app
from retrieval.knowledge.problems import KnowledgeError
from retrieval.search.engine import Engine


def build_app(settings: Settings, engine: Engine | None = None, store: Store | None = None) -> Flask:
    show_bot_logs()
    engine = engine or Engine.load(settings.knowledge_dir)
    configure_engine(engine, settings)
    content = ServedContent(engine, settings.knowledge_dir, lambda new: configure_engine(new, settings))
    # SIGHUP (bot/content/process.py), `kyodo reload` and the maintainers' button reload this content.
    reloader = process.Reloader(content)
    process.register(reloader)
    if store is None and settings.store is not None:
        store = Store.open(settings.store.database_url, settings.store.secret_key, settings.store.log_retention_days,
                           close_at_exit=True)
    app = create_web_app(content, settings, store)
    if settings.slack_enabled:
        from bot.slack.transport.http import mount_slack

        mount_slack(app, content, settings, store, reloader)
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
