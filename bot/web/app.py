"""Flask application factory for the web pages. (Filled in by the web issue.)"""

from __future__ import annotations

from flask import Flask

from bot.settings import Settings
from retrieval.engine import Engine


def create_web_app(engine: Engine, settings: Settings) -> Flask:
    app = Flask(__name__)

    @app.get("/healthz")
    def healthz() -> tuple[dict, int]:
        return {"ok": True}, 200

    return app
