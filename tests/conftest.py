"""Shared fixtures: one real engine per test session (building it loads Sudachi once)."""

from __future__ import annotations

import os

import pytest

from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR, load_knowledge
from retrieval.search.engine import Engine


@pytest.fixture(scope="session", autouse=True)
def private_engine_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Engines built by the tests are cached in the run's own folder, never in the developer's ~/.cache."""
    os.environ["KYODO_CACHE_DIR"] = str(tmp_path_factory.mktemp("engine-cache"))


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge(DEFAULT_KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def engine(knowledge) -> Engine:
    return Engine(knowledge)
