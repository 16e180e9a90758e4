"""`POST /feedback` and `POST /feedback/comment`: 役に立った / 役に立たなかった on an answer page, no script needed.

A vote names its answer by the signed token the page carried (bot/store/identity.py), so
only an answer that was really shown can be voted on, and a changed or forged token is
refused. The browser is the voter: a random cookie set on its first vote (HttpOnly,
SameSite=Lax) makes its later votes on the same answer replace the first.

Cross-site posts are refused: browsers say where a request comes from in Sec-Fetch-Site
(and Origin). Our pages send no Referer (Referrer-Policy: no-referrer), so a form post from
our own page may carry `Origin: null`; that, or no header at all (a non-browser client),
is accepted, because such a post carries no cookie from a foreign site anyway: the worst it
can do is vote once under a new identity, which anybody can do by pressing the button.
"""

from __future__ import annotations

import secrets
import uuid
from urllib.parse import urlsplit

from flask import Blueprint, Response, make_response, render_template, request

from bot.store import Channel, TokenExpired, TokenInvalid
from bot.store.records import MAX_COMMENT_CHARS
from bot.web.context import web
from bot.web.question_log import VOTER_COOKIE, browser_identity

bp = Blueprint("feedback", __name__)

# A token, a choice and a 1,000-character Japanese comment (9 bytes a character once URL-encoded) fit with
# room to spare, so a comment somewhat over the limit comes back with its text rather than a 413.
MAX_BODY = 16 * 1024
VOTES = {"helpful": True, "unhelpful": False}

REFUSALS = {
    "cross-site": (403, "ほかのサイトから送られた評価は受け付けません。kyodo の回答ページのボタンから送ってください。"),
    "expired": (400, "この回答への評価の受付期間が過ぎています。もう一度質問してから、その回答を評価してください。"),
    "invalid": (400, "評価を受け付けられませんでした。回答ページのボタンから送ってください。"),
    "choice": (400, "「役に立った」か「役に立たなかった」のボタンで送ってください。"),
    "too-large": (413, "送信内容が大きすぎます。コメントは 1,000 文字以内にしてください。"),
    "no-length": (411, "送信内容の長さが分かりません。回答ページのボタンから送ってください。"),
    "off": (404, "このサイトでは回答の評価を受け付けていません。"),
}


@bp.post("/feedback")
def vote() -> Response:
    question_id = _voted_on()
    if isinstance(question_id, Response):
        return question_id
    helpful = VOTES.get(request.form.get("vote", ""))
    if helpful is None:
        return _refuse("choice")
    voter, new_cookie = _voter()
    web().store.vote(question_id, voter, helpful, Channel.WEB)
    return _page(helpful=helpful, token=request.form["token"], new_cookie=new_cookie)


@bp.post("/feedback/comment")
def comment() -> Response:
    question_id = _voted_on()
    if isinstance(question_id, Response):
        return question_id
    text = request.form.get("comment", "").strip()
    token = request.form["token"]
    if len(text) > MAX_COMMENT_CHARS:
        # Shown again with what was typed, so nothing is lost.
        return _page(helpful=False, token=token, comment=text, status=400,
                     problem=f"コメントが長すぎます（{len(text):,} 文字）。{MAX_COMMENT_CHARS:,} 文字以内にしてください。")
    voter, new_cookie = _voter()
    web().store.vote(question_id, voter, False, Channel.WEB, comment=text or None)
    return _page(helpful=False, token=token, commented=bool(text), new_cookie=new_cookie)


def _voted_on() -> uuid.UUID | Response:
    """The logged question this post votes on, or the page that refuses it."""
    refused = _refusal()
    if refused:
        return _refuse(refused)
    question_id = _question_id()
    return question_id if isinstance(question_id, uuid.UUID) else _refuse(question_id)


def _refusal() -> str | None:
    """Why this post is refused before its body is read, or None."""
    if web().store is None or not web().store.logging_enabled:
        return "off"
    if request.content_length is None:
        return "no-length"
    if request.content_length > MAX_BODY:
        return "too-large"
    if _cross_site():
        return "cross-site"
    return None


def _cross_site() -> bool:
    if request.headers.get("Sec-Fetch-Site", "") in ("cross-site", "same-site"):
        return True
    origin = request.headers.get("Origin", "")
    if origin and origin != "null":
        ours = {request.host, urlsplit(web().settings.public_base_url).netloc}
        return urlsplit(origin).netloc not in ours
    return False


def _question_id() -> uuid.UUID | str:
    try:
        return web().store.tokens.read(request.form.get("token", ""))
    except TokenExpired:
        return "expired"
    except TokenInvalid:
        return "invalid"


def _voter() -> tuple[str, str | None]:
    """The browser's identity, and a new cookie value when it had none."""
    identity = browser_identity()
    if identity:
        return identity, None
    cookie = secrets.token_urlsafe(16)
    return f"web:{cookie}", cookie


def _page(*, helpful: bool, token: str, status: int = 200, new_cookie: str | None = None, comment: str = "",
          commented: bool = False, problem: str = "") -> Response:
    response = make_response(render_template(
        "feedback.html", helpful=helpful, token=token, comment=comment, commented=commented, problem=problem,
        max_comment=MAX_COMMENT_CHARS, retention_days=web().store.retention.days), status)
    if new_cookie:
        response.set_cookie(VOTER_COOKIE, new_cookie, max_age=web().store.retention.days * 86400, httponly=True,
                            samesite="Lax", secure=request.is_secure or web().settings.public_base_url.startswith("https:"))
    return response


def _refuse(reason: str) -> Response:
    status, message = REFUSALS[reason]
    return make_response(render_template("feedback_refused.html", message=message, code=status), status)
