"""Load and validate the knowledge folder into typed objects.

The engine, the bot and `kyodo check` all use this one loader, so what the validator
accepts is exactly what the product serves. Every problem names file:line and says,
in Japanese, how to fix it; a broken file never raises past this module.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.knowledge.cross_check import cross_check
from retrieval.knowledge.entries import read_checklists, read_qa
from retrieval.knowledge.guidelines import read_guidelines
from retrieval.knowledge.lists import read_decline, read_glossary, read_reading_path
from retrieval.knowledge.models import Knowledge
from retrieval.knowledge.paths import DEFAULT_KNOWLEDGE_DIR
from retrieval.knowledge.problems import KnowledgeError, Problem
from retrieval.knowledge.reader import Reader


def load_knowledge(root: Path = DEFAULT_KNOWLEDGE_DIR) -> Knowledge:
    """The validated knowledge; raises KnowledgeError listing every problem."""
    knowledge, problems = validate_knowledge(root)
    if problems or knowledge is None:
        raise KnowledgeError(problems)
    return knowledge


def validate_knowledge(root: Path) -> tuple[Knowledge | None, list[Problem]]:
    """Load everything that can be loaded and collect every problem, never raising."""
    root = Path(root)
    if not root.is_dir():
        return None, [Problem(str(root), 0, "知識フォルダが見つかりません。", "パスを確認してください。", "no-folder")]
    reader = Reader(root)
    decline, subjects = read_decline(reader)
    knowledge = Knowledge(
        guidelines=tuple(read_guidelines(reader)),
        checklists=tuple(read_checklists(reader)),
        qa=tuple(read_qa(reader)),
        glossary=tuple(read_glossary(reader)),
        reading_path=tuple(read_reading_path(reader)),
        decline=tuple(decline),
        subjects=subjects,
    )
    cross_check(reader, knowledge)
    return knowledge, reader.problems
