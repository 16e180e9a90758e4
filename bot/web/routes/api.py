"""`/api/ask?q=…` and `/api/compare?q=…`: the Answer and the Comparison as JSON, the shapes of
`kyodo ask --json` and `kyodo compare --json`."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from bot.store import Channel
from bot.web.context import web
from bot.web.question_log import log_web_answer

bp = Blueprint("api", __name__)


@bp.get("/api/ask")
def ask() -> tuple[Response, int]:
    question = request.args.get("q", "")
    if not question.strip():
        return jsonify({"error": "q に質問を指定してください（例: /api/ask?q=後援は協働になりますか）"}), 400
    context = web()
    answer = context.engine.ask(question)
    log_web_answer(answer, Channel.API)
    return _json(answer.to_json(context.settings.public_base_url), truncated=answer.truncated)


@bp.get("/api/compare")
def compare() -> tuple[Response, int]:
    question = request.args.get("q", "")
    if not question.strip():
        return jsonify({"error": "q に質問を指定してください（例: /api/compare?q=後援は協働になりますか）"}), 400
    context = web()
    comparison = context.engine.compare(question)
    return _json(comparison.to_json(context.settings.public_base_url), truncated=comparison.truncated)


def _json(data: dict, *, truncated: bool) -> tuple[Response, int]:
    response = jsonify(data)
    # The JSON shape is fixed, so the cut is reported beside it rather than inside it.
    if truncated:
        response.headers["X-Kyodo-Question-Truncated"] = "true"
    return response, 200
