"""Security headers on every response, pages and errors alike."""

from __future__ import annotations

from flask import Flask, Response

# No page runs script, so none may run at all; styles come only from /static.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
])

HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # A question can be 9 KB in the page URL; sending it on as a Referer would both leak
    # the question and overflow the server's header limit on the next click.
    "Referrer-Policy": "no-referrer",
}


def add_security_headers(app: Flask) -> None:
    @app.after_request
    def secure(response: Response) -> Response:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response
