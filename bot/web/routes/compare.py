"""`/compare?q=…`: 「他の自治体では？」 — every guideline's best passage on one question, side by side.

Plain HTML and CSS: the columns sit side by side on a wide screen and stack on a phone, with no
script. The home guideline (KYODO_HOME) comes first.
"""

from __future__ import annotations

from flask import Blueprint, render_template, request

from bot.web.context import web
from retrieval.search.question.cleaning import MAX_QUESTION_CHARS

bp = Blueprint("compare", __name__)


@bp.get("/compare", strict_slashes=False)
def index() -> str:
    question = request.args.get("q")
    comparison = web().engine.compare(question) if question is not None else None
    return render_template("compare.html", question=question or "", comparison=comparison,
                           max_chars=MAX_QUESTION_CHARS)
