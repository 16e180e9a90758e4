"""`/healthz`: for load balancers and start-up checks; answers once the engine is built."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[dict, int]:
    return {"ok": True}, 200
