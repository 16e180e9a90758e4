"""One blueprint per page family; `register` mounts them all."""

from __future__ import annotations

from flask import Flask

from bot.web.routes import api, ask, checklists, compare, docs, feedback, health, qa, start

BLUEPRINTS = (ask.bp, api.bp, compare.bp, docs.bp, checklists.bp, qa.bp, start.bp, health.bp, feedback.bp)


def register(app: Flask) -> None:
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
