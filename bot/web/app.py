"""Flask application factory for the web pages: questions in a browser and the targets of Slack's links."""

from __future__ import annotations

from flask import Flask
from jinja2 import StrictUndefined

from bot.content.served import ServedContent, served
from bot.courtesy import courtesy_reply
from bot.home import home_label_of
from bot.settings import Settings
from bot.store import Store
from bot.web import routes
from bot.web.context import attach, web
from bot.web.errors import register_error_pages
from bot.web.render.links import checklist_title, section_link, section_links, with_question
from bot.web.render.markdown import render
from bot.web.render.phrasing import phrased, phrased_html, snippet_html
from bot.web.serving.headers import add_security_headers
from bot.web.serving.request_body import limit_request_bodies
from retrieval.search.engine import Engine


def create_web_app(engine: Engine | ServedContent, settings: Settings, store: Store | None = None) -> Flask:
    app = Flask(__name__)
    app.json.ensure_ascii = False  # the JSON is read by people too; keep Japanese legible
    app.json.sort_keys = False  # same key order as `kyodo ask --json`
    # JSON is UTF-8 by definition, but clients that guess from the header need it said.
    app.json.mimetype = "application/json; charset=utf-8"
    # A typo in a template should fail the tests, not print an empty string.
    app.jinja_env.undefined = StrictUndefined
    app.jinja_env.filters["markdown"] = render
    app.jinja_env.filters["phrased"] = phrased
    app.jinja_env.filters["phrased_html"] = phrased_html
    app.jinja_env.filters["snippet_html"] = snippet_html
    # Read at each use, not bound to the knowledge of start-up: a reload changes it (bot/content).
    app.jinja_env.globals.update(
        section_link=lambda *args, **kwargs: section_link(web().knowledge, *args, **kwargs),
        section_links=lambda *args, **kwargs: section_links(web().knowledge, *args, **kwargs),
        checklist_title=lambda *args, **kwargs: checklist_title(web().knowledge, *args, **kwargs),
        with_question=with_question,
        courtesy_reply=courtesy_reply,
        home_label=lambda: home_label_of(web().engine),  # 「本市の指針」 beside the home guideline's passages
    )
    limit_request_bodies(app)
    attach(app, served(engine, settings.knowledge_dir, settings), settings, store)
    routes.register(app)
    register_error_pages(app)
    add_security_headers(app)
    return app
