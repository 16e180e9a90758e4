"""`kyodo check` compares each guideline with its source text and names file:line of every difference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from retrieval.check import check_knowledge
from retrieval.knowledge.completeness import located_blocks
from tests.retrieval.small_knowledge import GUIDELINE, write_small_knowledge

SOURCE = """サンプル市協働指針

1 協働の定義

協働とは、市民活動団体と行政が対等な立場で協力することです。

2 協働の形態

(1) 委託

委託は、市が実施すべき事業を団体に委ねる形態です。

(2) 後援

後援は、市が名目的に参加するものです。
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = write_small_knowledge(tmp_path)
    (folder / "sources").mkdir()
    (folder / "sources" / "sample.txt").write_text(SOURCE, "utf-8")
    (folder / "sources" / "excluded.yaml").write_text('sample:\n  - {text: "サンプル市協働指針", reason: "表紙"}\n', "utf-8")
    return folder


def codes(folder: Path) -> list[tuple[str, str, int]]:
    _, problems = check_knowledge(folder, selftest=False)
    return [(p.code, p.file, p.line) for p in problems]


def test_a_faithful_guideline_passes(folder: Path) -> None:
    assert codes(folder) == []


def test_a_reworded_paragraph_is_named_in_both_files(folder: Path) -> None:
    guideline = folder / "guidelines" / "sample.md"
    guideline.write_text(GUIDELINE.replace("名目的に参加する", "名前だけ参加する"), "utf-8")
    assert codes(folder) == [("source-paragraph-missing", "knowledge/sources/sample.txt", 15),
                             ("guideline-paragraph-not-in-source", "knowledge/guidelines/sample.md", 22)]


def test_a_dropped_paragraph_is_named_at_its_source_line(folder: Path) -> None:
    guideline = folder / "guidelines" / "sample.md"
    guideline.write_text(GUIDELINE.replace("委託は、市が実施すべき事業を団体に委ねる形態です。\n", ""), "utf-8")
    assert codes(folder) == [("source-paragraph-missing", "knowledge/sources/sample.txt", 11)]


def test_markup_and_line_breaks_are_not_differences(folder: Path) -> None:
    guideline = folder / "guidelines" / "sample.md"
    guideline.write_text(GUIDELINE.replace("協働とは、市民活動団体と行政が", "- **協働とは、市民活動団体と\n  行政が**"), "utf-8")
    assert codes(folder) == []


def test_an_exclusion_needs_a_reason_and_a_paragraph(folder: Path) -> None:
    excluded = folder / "sources" / "excluded.yaml"
    excluded.write_text('sample:\n  - {text: "サンプル市協働指針", reason: ""}\n  - {text: "目 次", reason: "目次"}\n', "utf-8")
    assert codes(folder) == [("exclusion-without-reason", "knowledge/sources/excluded.yaml", 2),
                             ("source-paragraph-missing", "knowledge/sources/sample.txt", 1),
                             ("exclusion-unused", "knowledge/sources/excluded.yaml", 3)]


def test_a_guideline_without_its_source_file_is_not_compared(folder: Path) -> None:
    (folder / "sources" / "sample.txt").unlink()
    (folder / "guidelines" / "sample.md").write_text(GUIDELINE.replace("名目的に", "名前だけ"), "utf-8")
    assert codes(folder) == []


def test_kyodo_check_prints_the_problem_in_japanese(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    guideline = folder / "guidelines" / "sample.md"
    guideline.write_text(GUIDELINE.replace("名目的に参加する", "名前だけ参加する"), "utf-8")
    assert main(["check", str(folder), "--no-selftest"]) == 1
    out = capsys.readouterr().out
    assert "knowledge/sources/sample.txt:15: 原文の段落「後援は、市が名目的に参加するものです。」が knowledge/guidelines/sample.md にありません" in out
    assert main(["check", str(folder), "--no-selftest", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert {p["code"] for p in report["problems"]} == {"source-paragraph-missing", "guideline-paragraph-not-in-source"}


def test_located_blocks_give_the_first_line_of_each_paragraph() -> None:
    text = "\n\n一\n二\n \n\u3000\n三\n\n\n四"
    assert located_blocks(text) == [(3, "一\n二"), (7, "三"), (10, "四")]
