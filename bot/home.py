"""The asker's own guideline (KYODO_HOME), as the terminal, the web pages and Slack all show it: what its
passages are labelled, and lists that put it first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the terminal imports this module on every `kyodo ask`; the engine is already loaded by then
    from retrieval.knowledge.models import Guideline, Knowledge
    from retrieval.search.engine import Engine

CITY_HOME_LABEL = "本市の指針"
PREFECTURE_HOME_LABEL = "本県の指針"


def home_label(issuer: str) -> str:
    """「本市の指針」, or 「本県の指針」 for a prefecture."""
    return PREFECTURE_HOME_LABEL if issuer.endswith("県") else CITY_HOME_LABEL


def home_label_in(knowledge: Knowledge, home: str | None) -> str:
    """The label of the home guideline in `knowledge`; 「本市の指針」 without one (nothing is labelled then)."""
    guideline = knowledge.guideline(home) if home else None
    return home_label(guideline.issuer) if guideline else CITY_HOME_LABEL


def home_label_of(engine: Engine) -> str:
    return home_label_in(engine.knowledge, engine.home)


def home_guideline(engine: Engine) -> Guideline | None:
    return engine.knowledge.guideline(engine.home) if engine.home else None


def home_first(guidelines: Iterable[Guideline], home: str | None) -> list[Guideline]:
    """The guidelines in their order, the home one moved to the front."""
    return sorted(guidelines, key=lambda g: g.id != home)
