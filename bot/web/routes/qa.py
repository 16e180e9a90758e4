"""`/qa`: every Q&A entry on one page, grouped by topic with a jump list, each linkable as /qa#<id>."""

from __future__ import annotations

from flask import Blueprint, render_template

from bot.web.context import web
from bot.web.render.qa_topics import qa_topics

bp = Blueprint("qa", __name__)


@bp.get("/qa", strict_slashes=False)
def index() -> str:
    return render_template("qa.html", topics=qa_topics(web().knowledge))
