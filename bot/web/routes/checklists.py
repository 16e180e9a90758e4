"""`/checklists` and `/checklists/<id>`: printable lists, each item linked to its passage."""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from bot.web.context import web

bp = Blueprint("checklists", __name__)


@bp.get("/checklists", strict_slashes=False)
def index() -> str:
    return render_template("checklists.html", checklists=web().knowledge.checklists)


@bp.get("/checklists/<checklist_id>")
def checklist(checklist_id: str) -> str:
    found = web().knowledge.checklist(checklist_id)
    if found is None:
        abort(404)
    return render_template("checklist.html", checklist=found)
