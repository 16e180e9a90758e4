"""`/`: the question box, and with `?q=` the answer. GET only, so an answer's URL can be shared."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from bot.store import Channel
from bot.web.context import web
from bot.web.question_log import feedback_token, log_web_answer
from bot.web.render.examples import EXAMPLE_QUESTIONS
from retrieval.search.question.cleaning import MAX_QUESTION_CHARS

bp = Blueprint("ask", __name__)


@bp.get("/")
def index() -> str:
    question = request.args.get("q")
    answer = web().engine.ask(question) if question is not None else None
    question_id = log_web_answer(answer, Channel.WEB) if answer is not None else None
    return render_template(
        "index.html",
        question=question or "",
        answer=answer,
        examples=EXAMPLE_QUESTIONS,
        max_chars=MAX_QUESTION_CHARS,
        feedback_token=feedback_token(question_id),
    )
