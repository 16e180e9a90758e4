"""Reading knowledge/: typed models, one reader per kind of file, the guideline format,
YAML with line numbers, and the validator's messages.

The loader is imported on first use: a process that takes its engine from the engine cache
(retrieval/search/engine_cache.py) never reads the YAML, and starts without the YAML parser
and the validator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from retrieval.knowledge.paths import DEFAULT_KNOWLEDGE_DIR

if TYPE_CHECKING:
    from retrieval.knowledge.loader import load_knowledge, validate_knowledge

__all__ = ["DEFAULT_KNOWLEDGE_DIR", "load_knowledge", "validate_knowledge"]


def __getattr__(name: str) -> Any:
    if name in ("load_knowledge", "validate_knowledge"):
        from retrieval.knowledge import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
