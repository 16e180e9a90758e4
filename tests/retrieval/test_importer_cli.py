"""`kyodo import` as a maintainer runs it: what it writes, what it refuses, what it keeps on --force."""

from __future__ import annotations

from pathlib import Path

import pytest

import retrieval.knowledge.importer.run as run
from bot.cli import main
from retrieval.check import check_knowledge
from retrieval.knowledge.guideline_format import parse_guideline
from retrieval.knowledge.importer.model import Body
from retrieval.knowledge.importer.writer import Rule, updated_exclusions
from tests.retrieval.small_knowledge import write_small_knowledge

SOURCE = """みなと台市協働の手引き

目 次
1 協働とは\t1
2 協働の進め方\t2

1 協働とは

協働とは、市民活動団体と市が対等な立場で、地域の課題に一緒に取り組むことです。

- 2 -

2 協働の進め方

(1) 相談

まず市民協働課に相談してください。

(2) 合意

役割分担を話し合い、合意した内容を文書にします。
"""

EXCLUDED = """# 載せない段落（ほかの指針の分は手で書いたもの）
other:
  - {text: "目 次", reason: "目次"}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = write_small_knowledge(tmp_path)
    (folder / "sources").mkdir()
    (folder / "sources" / "excluded.yaml").write_text(EXCLUDED, "utf-8")
    return folder


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "minatodai.txt"
    path.write_text(SOURCE, "utf-8")
    return path


def do_import(folder: Path, source: Path, *extra: str) -> int:
    return main(["--knowledge", str(folder), "import", str(source), "--id", "minatodai", "--title", "みなと台市協働の手引き",
                 "--issuer", "みなと台市", "--url", "https://example.org/minatodai", *extra])


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_import_writes_the_guideline_its_source_and_its_exclusions(folder: Path, source: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert do_import(folder, source) == 0
    out = capsys.readouterr().out
    assert f"{folder}/guidelines/minatodai.md を作りました（原文の写し: {folder}/sources/minatodai.txt）。" in out
    assert "見出し 4 個（## 2、### 2）" in out
    assert "段落: 原文の 9 段落のうち 7 を収録、2 を除外" in out
    assert "ページ番号 1 行（minatodai.txt の 11 行目）" in out
    assert "minatodai.txt:1: 表紙（front matter に記載）「みなと台市協働の手引き」" in out
    assert "minatodai.txt:3: 目次「目 次 1 協働とは 1 2 協働の進め方 2」" in out

    guideline, problems = parse_guideline(folder / "guidelines" / "minatodai.md", "minatodai.md")
    assert not problems and guideline is not None
    assert (guideline.title, guideline.issuer, guideline.url, guideline.source) == (
        "みなと台市協働の手引き", "みなと台市", "https://example.org/minatodai", "minatodai.txt")
    assert [(s.heading, s.id) for s in guideline.sections] == [
        ("1 協働とは", "s1"), ("2 協働の進め方", "s2"), ("(1) 相談", "s2-1"), ("(2) 合意", "s2-2")]
    assert (folder / "sources" / "minatodai.txt").read_text("utf-8") == SOURCE
    assert (folder / "sources" / "excluded.yaml").read_text("utf-8") == EXCLUDED + (
        'minatodai:\n'
        '  - {text: "みなと台市協働の手引き", reason: "表紙（front matter に記載）"}\n'
        '  - {text: "目 次 1 協働とは 1 2 協働の進め方 2", reason: "目次"}\n')
    assert check_knowledge(folder, selftest=False)[1] == []


def test_an_existing_guideline_is_not_overwritten_without_force(folder: Path, source: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert do_import(folder, source) == 0
    before = snapshot(folder)
    source.write_text(SOURCE.replace("まず", "最初に"), "utf-8")
    assert do_import(folder, source) == 1
    err = capsys.readouterr().err
    assert "取り込めませんでした:" in err and "minatodai.md はすでにあります。" in err and "--force" in err
    assert snapshot(folder) == before


def test_force_reimports_keeping_the_anchors_a_maintainer_chose(folder: Path, source: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert do_import(folder, source) == 0
    path = folder / "guidelines" / "minatodai.md"
    path.write_text(path.read_text("utf-8").replace("{#s2-1}", "{#consult}"), "utf-8")
    source.write_text(SOURCE.replace("まず市民協働課に", "最初に市民協働課に"), "utf-8")
    assert do_import(folder, source, "--force") == 0
    out = capsys.readouterr().out
    assert "を上書きしました" in out and "アンカー: 4 個はそのまま引き継ぎ" in out
    guideline, _ = parse_guideline(path, "minatodai.md")
    assert [s.id for s in guideline.sections] == ["s1", "s2", "consult", "s2-2"]
    assert "最初に市民協働課に相談してください。" in guideline.section("consult").text
    assert (folder / "sources" / "minatodai.txt").read_text("utf-8").count("最初に") == 1
    excluded = (folder / "sources" / "excluded.yaml").read_text("utf-8")
    assert excluded.startswith(EXCLUDED) and excluded.count("minatodai:") == 1 and excluded.count('reason: "目次"') == 2


def test_the_same_text_imported_twice_gives_the_same_file(folder: Path, source: Path) -> None:
    assert do_import(folder, source) == 0
    first = snapshot(folder)
    assert do_import(folder, source, "--force") == 0
    assert snapshot(folder) == first


@pytest.mark.parametrize(("args", "message"), [
    (["--id", "Minato Dai"], "id「Minato Dai」は使えません。"),
    (["--title", " "], "--title が空です。"),
])
def test_bad_arguments_are_refused_and_nothing_is_written(folder: Path, source: Path, args: list[str], message: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(folder)
    assert do_import(folder, source, *args) == 1
    assert message in capsys.readouterr().err
    assert snapshot(folder) == before


@pytest.mark.parametrize(("content", "message"), [
    (b"%PDF-1.7\x00\x01binary", "テキストファイルではないようです"),
    ("協働について思うこと。\n\nとくに見出しはありません。\n".encode(), "見出しが一つも見つかりませんでした"),
])
def test_files_that_cannot_be_imported_are_refused(folder: Path, tmp_path: Path, content: bytes, message: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(content)
    before = snapshot(folder)
    assert do_import(folder, path) == 1
    assert message in capsys.readouterr().err
    assert snapshot(folder) == before


def test_a_conversion_that_loses_a_paragraph_is_not_written(folder: Path, source: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """The safety net under every import: a converter bug that drops text is caught before writing."""
    real = run.convert_text

    def lossy(*args, **kwargs):
        conversion = real(*args, **kwargs)
        conversion.items.remove(next(item for item in conversion.items if isinstance(item, Body)))
        return conversion

    monkeypatch.setattr(run, "convert_text", lossy)
    before = snapshot(folder)
    assert do_import(folder, source) == 1
    err = capsys.readouterr().err
    assert "原文と一致しないため、何も書き込みませんでした" in err and "原文 9 行目の段落が入っていません" in err
    assert snapshot(folder) == before


def test_markdown_is_imported_with_its_own_anchors(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "guide.md"
    path.write_text("# 協働とは {#what-is}\n\n協働とは、対等な立場で協力することです。\n\n## 進め方\n\nまず相談します。\n", "utf-8")
    assert main(["--knowledge", str(folder), "import", str(path), "--id", "guide", "--title", "手引き", "--issuer", "某市"]) == 0
    guideline, _ = parse_guideline(folder / "guidelines" / "guide.md", "guide.md")
    assert [(s.level, s.heading, s.id) for s in guideline.sections] == [(2, "協働とは", "what-is"), (3, "進め方", "s-u1-u1")]
    assert check_knowledge(folder, selftest=False)[1] == []


def test_only_the_imported_ids_exclusions_are_replaced() -> None:
    current = ('# 手で書いた分\nkodaira:\n  - {text: "目 次", reason: "目次"}\n\n'
               '# 大阪の分\nosaka:\n  - {text: "x", reason: "y"}\n')
    updated = updated_exclusions(current, "kodaira", [Rule("小平市", "表紙", whole=True)])
    assert updated == ('# 手で書いた分\nkodaira:\n  - {text: "小平市", reason: "表紙", whole: true}\n\n'
                       '# 大阪の分\nosaka:\n  - {text: "x", reason: "y"}\n')
    assert updated_exclusions(updated, "kodaira", []).startswith("# 手で書いた分\n\n# 大阪の分\nosaka:")
