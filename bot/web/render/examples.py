"""Example questions on the front page: what staff actually ask, each one the guidelines answer."""

from __future__ import annotations

EXAMPLE_QUESTIONS: tuple[str, ...] = (
    "協働とは何ですか",
    "委託と協働の違いは？",
    "後援は協働になりますか",
    "協働相手はどう選べばよいですか",
    "協働事業の評価はどうすればいい？",
)
