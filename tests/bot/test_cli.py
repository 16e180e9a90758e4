"""The `kyodo` command as a user runs it: a real process, real knowledge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]


def kyodo(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_ask_prints_passages_with_document_section_and_link(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "実行委員会で事業をするときの注意点"]) == 0
    out = capsys.readouterr().out
    assert "■ 指針の該当箇所" in out and "/docs/" in out and " — " in out


def test_ask_json_reads_one_question_per_line_and_loads_once() -> None:
    result = kyodo("ask", "--json", "-", stdin="後援は協働？\n\n出張旅費の精算方法\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == ["後援は協働？", "", "出張旅費の精算方法"]
    assert lines[0]["answered"] and lines[0]["passages"]
    assert not lines[1]["answered"]


def test_ask_top_limits_the_passages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "--top", "5", "協働の原則"]) == 0
    assert len(json.loads(capsys.readouterr().out)["passages"]) == 5


def test_truncated_question_is_reported_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "協働 " * 3000]) == 0
    assert "先頭の部分だけ" in capsys.readouterr().err


def test_eval_reports_the_metrics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    questions = tmp_path / "set.yaml"
    questions.write_text(
        "- id: t1\n  question: ボランティアを無償の労働力として扱ってよいか\n  relevant: [ボランティア]\n"
        "- id: t2\n  question: 庁舎のエレベーター点検の日程\n  abstain: true\n", "utf-8")
    assert main(["eval", str(questions), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["answerable"] == 1 and report["abstain_questions"] == 1
    assert report["hit_at_1"] == 1.0
    assert {"hit_at_3", "mrr_at_10", "checklist_at_1", "abstain_accuracy", "false_abstentions", "misses"} <= set(report)


def test_bad_knowledge_folder_is_one_clear_message(tmp_path: Path) -> None:
    (tmp_path / "guidelines").mkdir()
    result = kyodo("--knowledge", str(tmp_path), "ask", "協働とは")
    assert result.returncode == 1
    assert "知識フォルダに問題があります" in result.stderr and "Traceback" not in result.stderr


def test_knowledge_folder_from_the_environment(tmp_path: Path) -> None:
    (tmp_path / "guidelines").mkdir()
    env = {**os.environ, "KYODO_KNOWLEDGE_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "check", "--no-selftest"], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=60)
    assert result.returncode == 1 and "guidelines/*.md" in result.stdout
