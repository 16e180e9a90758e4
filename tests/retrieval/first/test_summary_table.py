"""A summary table (北九州市's 「…（一覧表）」) never goes first when a passage of the same guideline outside it stands
near the top (summary_table.py): the section says what the table's line only names."""

from __future__ import annotations

import numpy as np

from retrieval.search.engine import Engine
from retrieval.search.rank.first.summary_table import SummaryTables

PATHS = [("4章", "2 協働を推進する取り組み", "③ 団体相互を結び付ける仕組みづくり"),
         ("4章", "○協働を推進する上での課題・取り組みについて（一覧表）", "2 協働を推進する取り組み"),
         ("2 協働の基本的な考え方", "(1) 協働とは何か")]
DOCS = np.array(["kitakyushu", "kitakyushu", "kodaira"])


def test_the_section_goes_first_instead_of_its_summary_table() -> None:
    tables = SummaryTables(PATHS, DOCS, window=3)
    assert tables.first(np.array([2.0, 3.0, 2.5])) == 0  # the same guideline's section, not kodaira's better one
    assert tables.first(np.array([3.0, 2.0, 1.0])) is None  # a section already first stays
    assert SummaryTables(PATHS, DOCS, window=2).first(np.array([1.0, 3.0, 2.0])) is None  # too far down


def test_a_summary_table_alone_on_the_question_stays() -> None:
    assert SummaryTables(PATHS, DOCS, window=3).first(np.array([0.0, 3.0, 2.0])) is None


def test_kitakyushus_coordinators_answered_from_its_sections(engine: Engine) -> None:
    answer = engine.ask("What does Kitakyushu plan for training coordinators who link groups?", top=3)
    assert answer.passages[0].doc == "kitakyushu"
    assert "一覧" not in answer.passages[0].section_label
    assert any(p.section_id == "networking" for p in answer.passages)
