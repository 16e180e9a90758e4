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


def test_help_is_japanese_and_kyodo_alone_lists_the_commands() -> None:
    result = kyodo()
    assert result.returncode == 0 and result.stderr == ""
    for word in ("使い方: kyodo", "オプション:", "コマンド:", "ask", "compare", "check", "eval", "serve", "この説明を表示して終わる"):
        assert word in result.stdout
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in result.stdout.lower()
    assert kyodo("--help").stdout == result.stdout


def test_a_usage_mistake_is_one_japanese_line() -> None:
    result = kyodo("ask")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == "kyodo ask: エラー: 次の引数が必要です: question"


def test_a_missing_question_set_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    result = kyodo("eval", str(tmp_path / "missing.yaml"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"kyodo eval: 質問セット {tmp_path / 'missing.yaml'} が見つかりません"
    broken = tmp_path / "broken.yaml"
    broken.write_text("- id: [\n", "utf-8")
    result = kyodo("eval", str(broken))
    assert result.returncode == 2 and "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_reader_that_stops_early_ends_the_command_quietly() -> None:
    result = subprocess.run(f'"{sys.executable}" -m bot.cli ask "協働の原則を教えて" | head -1', shell=True,
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.startswith("質問: ") and "Traceback" not in result.stderr and "Broken" not in result.stderr


def test_links_are_absolute_with_a_base_url_and_explained_without(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--base-url", "https://kyodo.example.lg.jp/", "後援は協働になりますか"]) == 0
    out = capsys.readouterr().out
    assert "https://kyodo.example.lg.jp/docs/" in out and "https://kyodo.example.lg.jp/qa#" in out
    assert "kyodo serve" not in out and "\033[" not in out  # not a terminal: no colour codes
    assert main(["ask", "後援は協働になりますか"]) == 0
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8000/docs/" in out and "`kyodo serve` を起動すると" in out
    assert "【" not in out.split("■ 指針の該当箇所")[1].split("■ よくある質問")[0].replace("【基本編】", "")
    assert main(["ask", "--json", "--base-url", "https://kyodo.example.lg.jp", "後援は協働になりますか"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["passages"][0]["url"].startswith("https://kyodo.example.lg.jp/docs/")


def test_compare_lists_every_guideline_with_the_home_one_first(monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KYODO_HOME", "kodaira")
    assert main(["compare", "--json", "協働事業の評価はどうやるの"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["home"] for d in data["documents"]] == [True, False, False, False, False]
    assert data["documents"][0]["doc"] == "kodaira"
    assert main(["compare", "県民活動情報オフィスって何？"]) == 0
    out = capsys.readouterr().out
    assert out.index("［本市の指針］小平市") < out.index("千葉県協働推進マニュアル")
    assert "この指針には該当する記述がありません" in out


def test_an_unknown_home_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    result = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "協働とは"], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, env={**os.environ, "KYODO_HOME": "sapporo"})
    assert result.returncode == 2
    assert result.stderr.strip().startswith("kyodo: KYODO_HOME「sapporo」という指針はありません")
