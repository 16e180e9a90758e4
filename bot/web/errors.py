"""Japanese error pages: a wrong link shows where to go next, never a traceback."""

from __future__ import annotations

from flask import Flask, render_template
from werkzeug.exceptions import HTTPException

MESSAGES = {
    400: ("リクエストを処理できません", "アドレスや入力内容を確認してください。"),
    404: ("ページが見つかりません", "リンクが古いか、アドレスが間違っている可能性があります。"),
    405: ("この操作はできません", "このページは表示のみです。"),
    413: ("送信された内容が大きすぎます", "内容を短くして送り直してください。"),
    414: ("アドレスが長すぎます", "質問を短くしてください。"),
    500: ("内部エラーが発生しました", "時間をおいて再度お試しください。解決しない場合は管理者に連絡してください。"),
}


def register_error_pages(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[str, int]:
        # Flask wraps an unhandled exception in InternalServerError, so this covers 500 too.
        return _page(error.code or 500)


def _page(code: int) -> tuple[str, int]:
    title, hint = MESSAGES.get(code, (f"エラー {code}", "トップページから探してください。"))
    return render_template("error.html", code=code, title=title, hint=hint), code
