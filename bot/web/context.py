"""The engine, settings and store a request handler works with, set once when the app is built.

The engine is read through the served content at every request, so a reload of knowledge/
reaches every page at once (bot/content)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app

from bot.content.served import ServedContent
from bot.settings import Settings
from bot.store import Store
from retrieval.knowledge.models import Knowledge
from retrieval.search.engine import Engine

KEY = "kyodo"


@dataclass(frozen=True)
class WebContext:
    content: ServedContent
    settings: Settings
    store: Store | None = None  # the question log; None when nothing is logged

    @property
    def engine(self) -> Engine:
        return self.content.engine

    @property
    def knowledge(self) -> Knowledge:
        return self.engine.knowledge


def attach(app: Flask, content: ServedContent, settings: Settings, store: Store | None = None) -> None:
    app.extensions[KEY] = WebContext(content, settings, store)


def web() -> WebContext:
    """The context of the app handling the current request."""
    return current_app.extensions[KEY]
