"""The asker's own guideline (KYODO_HOME) on the pages: its label, and lists that put it first."""

from __future__ import annotations

from collections.abc import Iterable

from bot.terminal import home_label
from retrieval.knowledge.models import Guideline
from retrieval.search.engine import Engine


def home_guideline(engine: Engine) -> Guideline | None:
    return engine.knowledge.guideline(engine.home) if engine.home else None


def home_label_of(engine: Engine) -> str:
    """「本市の指針」 or 「本県の指針」, by the home guideline's issuer; empty without a home."""
    guideline = home_guideline(engine)
    return home_label(guideline.issuer) if guideline else ""


def home_first(guidelines: Iterable[Guideline], home: str | None) -> list[Guideline]:
    """The guidelines in their order, the home one moved to the front."""
    return sorted(guidelines, key=lambda g: g.id != home)
