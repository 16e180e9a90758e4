"""Reading knowledge/: typed models, one reader per kind of file, the guideline format,
YAML with line numbers, and the validator's messages."""

from retrieval.knowledge.loader import DEFAULT_KNOWLEDGE_DIR, load_knowledge, validate_knowledge

__all__ = ["DEFAULT_KNOWLEDGE_DIR", "load_knowledge", "validate_knowledge"]
