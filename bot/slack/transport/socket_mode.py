"""The same Slack app over Socket Mode, for workspaces that cannot expose a public URL.

    python -m bot.slack.transport.socket_mode
"""

from __future__ import annotations

import os
import sys

from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.content import process
from bot.content.served import ServedContent, configure_engine
from bot.settings import SettingsError, load_settings
from bot.slack.app import create_bolt_app
from bot.slack.logs import show_bot_logs
from bot.store import Store
from retrieval.knowledge.problems import KnowledgeError
from retrieval.search.engine import Engine


def main() -> int:
    app_token = os.environ.get("SLACK_APP_TOKEN", "").strip()
    try:
        if not app_token:
            raise SettingsError("SLACK_APP_TOKEN is not set (an app-level token xapp-… with connections:write)")
        settings = load_settings(require_slack=True, socket_mode=True)
        show_bot_logs()
        engine = Engine.load(settings.knowledge_dir)
        configure_engine(engine, settings)
        content = ServedContent(engine, settings.knowledge_dir, lambda new: configure_engine(new, settings))
        reloader = process.Reloader(content)
        process.register(reloader)
        store = None
        if settings.store is not None:
            store = Store.open(settings.store.database_url, settings.store.secret_key,
                               settings.store.log_retention_days, close_at_exit=True)
        app = create_bolt_app(content, settings, socket_mode=True, store=store, reloader=reloader)
    except SettingsError as error:
        print(f"kyodo: configuration error: {error}", file=sys.stderr)
        return 2
    except KnowledgeError as error:
        print(f"kyodo: the knowledge folder has {len(error.problems)} problems; run `kyodo check`", file=sys.stderr)
        return 2
    process.listen_for_sighup(reloader)  # `kill -HUP` reloads knowledge/ without a restart
    SocketModeHandler(app, settings.slack_app_token, ping_interval=settings.socket_ping_seconds).start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
