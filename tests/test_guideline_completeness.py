"""Every paragraph of each source is in its guideline file, and nothing else is.

Staff are shown guideline passages as quotations, so a dropped or reworded passage is a bug.
The source texts ship in knowledge/sources/ (the provenance of every quoted passage); source
paragraphs deliberately left out (tables of contents, charters, decoration) are listed with a
reason in knowledge/sources/excluded.yaml.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.source_text import blocks, comparable, front_matter_end

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "knowledge" / "sources"
GUIDELINES = ROOT / "knowledge" / "guidelines"
EXCLUDED = yaml.safe_load((SOURCES / "excluded.yaml").read_text("utf-8")) or {}
DOCS = sorted(p.stem for p in GUIDELINES.glob("*.md"))


def _excluded(doc: str, block: str) -> bool:
    return any(block.startswith(comparable(rule["text"])) for rule in EXCLUDED.get(doc, []))


def _guideline_body(doc: str) -> str:
    text = (GUIDELINES / f"{doc}.md").read_text("utf-8")
    return text[front_matter_end(text):]


def test_all_five_sources_have_a_guideline_file() -> None:
    assert sorted(p.stem for p in SOURCES.glob("*.txt")) == DOCS


@pytest.mark.parametrize("doc", DOCS)
def test_every_source_paragraph_is_in_the_guideline(doc: str) -> None:
    guideline = comparable(_guideline_body(doc))
    source = (SOURCES / f"{doc}.txt").read_text("utf-8")
    missing = [
        block.strip()[:60]
        for block in blocks(source)
        if (c := comparable(block)) and not _excluded(doc, c) and c not in guideline
    ]
    assert not missing, f"{len(missing)} source paragraphs are missing or reworded in {doc}.md: {missing[:5]}"


@pytest.mark.parametrize("doc", DOCS)
def test_nothing_in_the_guideline_is_absent_from_the_source(doc: str) -> None:
    source = comparable((SOURCES / f"{doc}.txt").read_text("utf-8"))
    invented = [
        block.strip()[:60] for block in blocks(_guideline_body(doc)) if (c := comparable(block)) and c not in source
    ]
    assert not invented, f"{len(invented)} paragraphs of {doc}.md are not in the source: {invented[:5]}"


def test_comparable_ignores_markup_but_not_wording() -> None:
    assert comparable("## (1) 協働の 意味 {#definition}") == comparable("(1) 協働の意味")
    assert comparable("- ・福祉、環境\n- **保全**") == comparable("・福祉、環境保全")
    assert comparable("| 委託 | 補助 |\n|---|---|") == comparable("委託補助")
    assert comparable("協働の原則") != comparable("協働の原理")
