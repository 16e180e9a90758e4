"""`/docs` and `/docs/<doc>`: a guideline with its table of contents and one anchor per section; reached from an
answer (`?q=`), it leads back to it."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request

from bot.home import home_first
from bot.web.context import web
from bot.web.render.toc import table_of_contents

bp = Blueprint("docs", __name__)


@bp.get("/docs", strict_slashes=False)
def index() -> str:
    engine = web().engine
    return render_template("docs.html", guidelines=home_first(engine.knowledge.guidelines, engine.home), home=engine.home)


@bp.get("/docs/<doc>")
def document(doc: str) -> str:
    engine = web().engine
    guideline = engine.knowledge.guideline(doc)
    if guideline is None:
        abort(404)
    return render_template("doc.html", guideline=guideline, toc=table_of_contents(guideline.sections),
                           is_home=guideline.id == engine.home, question=request.args.get("q", "").strip())
