"""Every paragraph of each source is in its guideline file, and nothing else is.

Staff are shown guideline passages as quotations, so a dropped or reworded passage is a bug.
The source texts ship in knowledge/sources/ (the provenance of every quoted passage); source
paragraphs deliberately left out (tables of contents, charters, decoration) are listed with a
reason in knowledge/sources/excluded.yaml. The comparison is retrieval/knowledge/completeness.py,
the same code `kyodo check` runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.knowledge.completeness import (
    comparable,
    invented_paragraphs,
    missing_paragraphs,
    read_exclusions,
    unused_exclusions,
)

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "knowledge" / "sources"
GUIDELINES = ROOT / "knowledge" / "guidelines"
EXCLUDED, EXCLUDED_PROBLEMS = read_exclusions(SOURCES / "excluded.yaml", "knowledge/sources/excluded.yaml")
DOCS = sorted(p.stem for p in GUIDELINES.glob("*.md"))


def _texts(doc: str) -> tuple[str, str]:
    return (SOURCES / f"{doc}.txt").read_text("utf-8"), (GUIDELINES / f"{doc}.md").read_text("utf-8")


def test_all_five_sources_have_a_guideline_file() -> None:
    assert sorted(p.stem for p in SOURCES.glob("*.txt")) == DOCS


def test_every_exclusion_has_a_reason_and_covers_a_paragraph() -> None:
    assert not EXCLUDED_PROBLEMS
    unused = {doc: unused_exclusions(_texts(doc)[0], EXCLUDED.get(doc, [])) for doc in DOCS}
    assert not any(unused.values()), unused


@pytest.mark.parametrize("doc", DOCS)
def test_every_source_paragraph_is_in_the_guideline(doc: str) -> None:
    missing = missing_paragraphs(*_texts(doc), EXCLUDED.get(doc, []))
    assert not missing, f"{len(missing)} source paragraphs are missing or reworded in {doc}.md: " \
                        f"{[(m.line, m.preview) for m in missing[:5]]}"


@pytest.mark.parametrize("doc", DOCS)
def test_nothing_in_the_guideline_is_absent_from_the_source(doc: str) -> None:
    invented = invented_paragraphs(*_texts(doc))
    assert not invented, f"{len(invented)} paragraphs of {doc}.md are not in the source: " \
                         f"{[(m.line, m.preview) for m in invented[:5]]}"


def test_comparable_ignores_markup_but_not_wording() -> None:
    assert comparable("## (1) 協働の 意味 {#definition}") == comparable("(1) 協働の意味")
    assert comparable("- ・福祉、環境\n- **保全**") == comparable("・福祉、環境保全")
    assert comparable("| 委託 | 補助 |\n|---|---|") == comparable("委託補助")
    assert comparable("| ・委託 | 補助 |") == comparable("・委託\t補助")
    assert comparable("区分\t支援\n---\t---\n12\n<ul style=\"x\"><li>協働</li></ul>") == comparable("区分支援協働")
    assert comparable("<課題>・理解不足") != comparable("・理解不足")  # Japanese in brackets is wording
    assert comparable("協働の原則") != comparable("協働の原理")
