"""Serving the pages: gunicorn's settings and logs, the limits on a request's line and body, security headers, and
`kyodo serve`."""
