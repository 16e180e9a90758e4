"""`/qa`: every Q&A entry on one page, each linkable as /qa#<id>."""

from __future__ import annotations

from flask import Blueprint, render_template

from bot.web.context import web

bp = Blueprint("qa", __name__)


@bp.get("/qa", strict_slashes=False)
def index() -> str:
    return render_template("qa.html", entries=web().knowledge.qa)
