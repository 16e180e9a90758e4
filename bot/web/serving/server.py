"""`kyodo serve`: the same WSGI app as the Procfile, under gunicorn, on one local address."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from flask import Flask
from gunicorn.app.base import BaseApplication

from bot.settings import SettingsError, load_settings
from bot.web.serving import gunicorn_conf
from bot.wsgi import build_app
from retrieval.knowledge.problems import KnowledgeError

SETTING_NAMES = [name for name in vars(gunicorn_conf) if not name.startswith("_")]


class _Server(BaseApplication):
    def __init__(self, app: Flask, options: dict[str, object]) -> None:
        self.app = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.options.items():
            # Older gunicorn releases lack some settings (e.g. the control socket); skip those.
            if name in self.cfg.settings:
                self.cfg.set(name, value)

    def load(self) -> Flask:
        return self.app


def serve(knowledge_dir: Path, host: str = "127.0.0.1", port: int = 8000) -> int:
    """Serve until interrupted; a configuration or knowledge problem ends start-up with one message."""
    url = f"http://{_bind_host(host)}:{port}/"
    try:
        settings = replace(load_settings(default_base_url=url.rstrip("/")), knowledge_dir=knowledge_dir)
        app = build_app(settings)
    except SettingsError as error:
        print(f"kyodo: 設定に誤りがあります: {error}", file=sys.stderr)
        return 2
    except KnowledgeError as error:
        print(f"kyodo: 知識フォルダに {len(error.problems)} 件の問題があります。`kyodo check` で確認してください。",
              file=sys.stderr)
        for problem in error.problems[:10]:
            print(f"  {problem}", file=sys.stderr)
        return 2
    options = {name: getattr(gunicorn_conf, name) for name in SETTING_NAMES}
    options["bind"] = f"{_bind_host(host)}:{port}"
    options["when_ready"] = lambda _server: print(f"kyodo: {url} で開いています（Ctrl+C で終了）", flush=True)
    _Server(app, options).run()
    return 0


def _bind_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
