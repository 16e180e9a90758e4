"""Shared fixtures: one real engine per test session (building it loads Sudachi once)."""

from __future__ import annotations

import pytest

from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR, load_knowledge
from retrieval.search.engine import Engine


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge(DEFAULT_KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def engine(knowledge) -> Engine:
    return Engine(knowledge)
