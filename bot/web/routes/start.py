"""`/start`: the reading path for new hires, as maintained in knowledge/start.yaml."""

from __future__ import annotations

from flask import Blueprint, render_template

from bot.home import home_guideline
from bot.web.context import web

bp = Blueprint("start", __name__)


@bp.get("/start", strict_slashes=False)
def index() -> str:
    engine = web().engine
    return render_template("start.html", steps=engine.knowledge.reading_path, home=home_guideline(engine))
