"""The engine a process answers with, held in one place so that a reload swaps it for every reader at once.

Web routes read it through `web().engine` and Slack listeners through `services_of(context).engine`,
each time they answer; a request that already took the engine finishes with it. The swap is a
single attribute assignment, so every reader sees either the old engine or the new one, whole.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.content.result import ReloadResult
from bot.settings import apply_home
from retrieval.search.engine import Engine


def configure_engine(engine: Engine, settings: Any) -> None:
    """What a fresh engine needs from the settings before it answers: at start-up and after every reload.

    KYODO_HOME: the asker's own guideline comes first; an id the knowledge lost stops start-up, and
    refuses a reload, with one line naming the ids it holds."""
    apply_home(engine, settings.home)


class ServedContent:
    def __init__(self, engine: Engine, knowledge_dir: Path,
                 configure: Callable[[Engine], None] | None = None) -> None:
        self._engine = engine
        self.knowledge_dir = Path(knowledge_dir)
        self.configure = configure or (lambda _engine: None)
        self.generation = 0  # successful reloads so far
        self.last_reload: ReloadResult | None = None
        self.lock = threading.Lock()  # one reload at a time in a process

    @property
    def engine(self) -> Engine:
        return self._engine

    def swap(self, engine: Engine) -> None:
        self._engine = engine
        self.generation += 1


def served(engine_or_content: Engine | ServedContent, knowledge_dir: Path, settings: Any = None) -> ServedContent:
    """`engine_or_content` as a ServedContent (apps built around a bare engine, as tests build them)."""
    if isinstance(engine_or_content, ServedContent):
        return engine_or_content
    return ServedContent(engine_or_content, knowledge_dir, lambda engine: configure_engine(engine, settings))
