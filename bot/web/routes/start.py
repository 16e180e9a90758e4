"""`/start`: the reading path for new hires, as maintained in knowledge/start.yaml."""

from __future__ import annotations

from flask import Blueprint, render_template

from bot.web.context import web

bp = Blueprint("start", __name__)


@bp.get("/start", strict_slashes=False)
def index() -> str:
    return render_template("start.html", steps=web().knowledge.reading_path)
