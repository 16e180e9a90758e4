"""The engine and settings a request handler works with, set once when the app is built."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app

from bot.settings import Settings
from retrieval.knowledge.models import Knowledge
from retrieval.search.engine import Engine

KEY = "kyodo"


@dataclass(frozen=True)
class WebContext:
    engine: Engine
    settings: Settings

    @property
    def knowledge(self) -> Knowledge:
        return self.engine.knowledge


def attach(app: Flask, engine: Engine, settings: Settings) -> None:
    app.extensions[KEY] = WebContext(engine, settings)


def web() -> WebContext:
    """The context of the app handling the current request."""
    return current_app.extensions[KEY]
