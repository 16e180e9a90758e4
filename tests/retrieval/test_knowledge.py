"""The validator: each kind of error, from a small broken copy, with its file and line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.cli import main
from retrieval.knowledge import load_knowledge, validate_knowledge
from retrieval.knowledge.lists import MAX_ALIASES, MAX_ALIASES_PER_ENTRY
from retrieval.knowledge.problems import KnowledgeError
from tests.retrieval.small_knowledge import QA, write_small_knowledge


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_small_knowledge(tmp_path)


def problems_of(folder: Path) -> list[tuple[str, str, int]]:
    _, problems = validate_knowledge(folder)
    return [(p.code, p.file, p.line) for p in problems]


def test_the_small_folder_is_valid(folder: Path) -> None:
    knowledge = load_knowledge(folder)
    assert [s.id for s in knowledge.guidelines[0].sections] == ["definition", "forms", "forms-commission", "forms-kouen"]
    assert knowledge.guidelines[0].sections[2].path == ("2 協働の形態", "(1) 委託")
    assert knowledge.qa[0].citations[0].section == "forms-kouen"
    assert knowledge.glossary[0].aliases == ("sponsorship", "endorsement")


def test_shipped_knowledge_passes_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0, capsys.readouterr().out


def test_yaml_syntax_error_names_the_line(folder: Path) -> None:
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("  - 後援って協働？", "  - 後援って協働？: ["), "utf-8")
    # libyaml notices the unclosed [ where the next line starts
    assert problems_of(folder) == [("yaml-syntax", "knowledge/qa/kouen.yaml", 5)]


def test_yaml_syntax_error_line_is_exact(folder: Path) -> None:
    (folder / "qa" / "kouen.yaml").write_text("id: kouen\nquestion: \"閉じていない\nphrasings: []\n", "utf-8")
    [(code, file, line)] = problems_of(folder)
    assert (code, file) == ("yaml-syntax", "knowledge/qa/kouen.yaml") and line in (2, 3, 4)


def test_missing_field(folder: Path) -> None:
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("answer: 後援は、市が名目的に参加するものです（サンプル市）。\n", ""),
                                              "utf-8")
    assert ("missing-field", "knowledge/qa/kouen.yaml", 1) in problems_of(folder)


def test_unknown_field_points_at_its_line(folder: Path) -> None:
    (folder / "qa" / "kouen.yaml").write_text(QA + "anser: typo\n", "utf-8")
    assert ("unknown-field", "knowledge/qa/kouen.yaml", 12) in problems_of(folder)


def test_wrong_type(folder: Path) -> None:
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("checklists: [form]", "checklists: form"), "utf-8")
    assert ("wrong-type", "knowledge/qa/kouen.yaml", 11) in problems_of(folder)


def test_duplicate_ids(folder: Path) -> None:
    (folder / "qa" / "kouen2.yaml").write_text(QA, "utf-8")
    found = problems_of(folder)
    assert ("duplicate-id", "knowledge/qa/kouen2.yaml", 1) in found
    assert ("id-mismatch", "knowledge/qa/kouen2.yaml", 1) in found


def test_citation_to_missing_document_and_section(folder: Path) -> None:
    text = QA.replace("    section: forms-kouen", "    section: nowhere")
    (folder / "qa" / "kouen.yaml").write_text(text, "utf-8")
    assert ("unknown-section", "knowledge/qa/kouen.yaml", 9) in problems_of(folder)
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("  - doc: sample", "  - doc: atlantis"), "utf-8")
    assert ("unknown-doc", "knowledge/qa/kouen.yaml", 9) in problems_of(folder)


def test_unknown_checklist(folder: Path) -> None:
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("checklists: [form]", "checklists: [form, budget]"), "utf-8")
    assert ("unknown-checklist", "knowledge/qa/kouen.yaml", 11) in problems_of(folder)


def test_empty_and_overlong_answer(folder: Path) -> None:
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("answer: 後援は", "answer: ''\nx: 後援は"), "utf-8")
    assert ("empty-answer", "knowledge/qa/kouen.yaml", 7) in problems_of(folder)
    long = "answer: " + "あ" * 601
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("answer: 後援は、市が名目的に参加するものです（サンプル市）。", long), "utf-8")
    assert ("long-answer", "knowledge/qa/kouen.yaml", 7) in problems_of(folder)


def test_a_folded_answer_reads_without_gaps_between_japanese_sentences(folder: Path) -> None:
    # maintainers write `answer: >-` one sentence per line; YAML joins the lines with spaces
    folded = ("answer: >-\n  後援は、市が名目的に参加するものです（サンプル市）。\n  共催とは違います。\n"
              "  See the section on 後援 for more.\n  English keeps its spaces.")
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("answer: 後援は、市が名目的に参加するものです（サンプル市）。", folded),
                                              "utf-8")
    answer = load_knowledge(folder).qa[0].answer
    assert answer == ("後援は、市が名目的に参加するものです（サンプル市）。共催とは違います。 See the section on 後援 for more. "
                      "English keeps its spaces.")


def test_file_name_and_id_differ(folder: Path) -> None:
    (folder / "qa" / "kouen.yaml").rename(folder / "qa" / "sponsor.yaml")
    assert ("id-mismatch", "knowledge/qa/sponsor.yaml", 1) in problems_of(folder)


def test_few_phrasings(folder: Path) -> None:
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("  - is sponsorship collaboration?\n", ""), "utf-8")
    assert ("few-phrasings", "knowledge/qa/kouen.yaml", 3) in problems_of(folder)


def test_the_same_wording_in_two_entries_or_twice_in_one(folder: Path) -> None:
    other = QA.replace("id: kouen", "id: meigi").replace("question: 後援は協働になりますか？", "question: 名義だけ貸すのは？")
    (folder / "qa" / "meigi.yaml").write_text(other.replace("  - 後援って協働？", "  - 後援って 協働？"), "utf-8")
    assert ("duplicate-phrasing", "knowledge/qa/meigi.yaml", 4) in problems_of(folder)  # white space does not count
    (folder / "qa" / "meigi.yaml").unlink()
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("  - is sponsorship collaboration?", "  - 後援って協働？"), "utf-8")
    assert ("duplicate-phrasing", "knowledge/qa/kouen.yaml", 6) in problems_of(folder)


def test_guideline_heading_problems(folder: Path) -> None:
    path = folder / "guidelines" / "sample.md"
    text = path.read_text("utf-8")
    text = text.replace("### (2) 後援 {#forms-kouen}", "### (2) 後援 {#forms-commission}")
    text = text.replace("## 1 協働の定義 {#definition}", "## 1 協働の定義")
    path.write_text(text, "utf-8")
    found = problems_of(folder)
    assert ("missing-anchor", "knowledge/guidelines/sample.md", 10) in found
    assert ("duplicate-anchor", "knowledge/guidelines/sample.md", 20) in found


def test_guideline_front_matter_problems(folder: Path) -> None:
    path = folder / "guidelines" / "sample.md"
    path.write_text(path.read_text("utf-8").replace("issuer: サンプル市\n", ""), "utf-8")
    assert ("missing-field", "knowledge/guidelines/sample.md", 2) in problems_of(folder)


def test_broken_file_never_raises_and_check_exits_1(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "qa" / "kouen.yaml").write_bytes(b"\xff\xfe not utf-8")
    (folder / "checklists" / "form.yaml").write_text("- just\n- a list\n", "utf-8")
    assert main(["check", str(folder), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    codes = {p["code"] for p in report["problems"]}
    assert {"encoding", "wrong-type"} <= codes
    assert all(p["file"] and p["message"] for p in report["problems"])
    with pytest.raises(KnowledgeError):
        load_knowledge(folder)


def test_messages_are_japanese_with_file_and_line(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "qa" / "kouen.yaml").write_text(QA + "anser: typo\n", "utf-8")
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "knowledge/qa/kouen.yaml:12: Q&Aに未知の項目「anser」があります。" in out
    assert "対処:" in out


def test_selftest_reports_an_entry_others_hide(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Three entries that say 後援 and 協働 more often than kouen does: it can never reach the top 3.
    for n, name in enumerate(("k1", "k2", "k3")):
        text = QA.replace("id: kouen", f"id: {name}").replace("？\n", f"？後援と協働{n}？\n").replace(
            "collaboration?", f"collaboration {name}?")
        (folder / "qa" / f"{name}.yaml").write_text(text, "utf-8")
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "knowledge/qa/kouen.yaml:2: question「後援は協働になりますか？」で検索すると、この Q&A が 4 位です" in out
    assert main(["check", str(folder), "--no-selftest"]) == 0


def alias_bomb(levels: int) -> str:
    """Each level holds nine references to the one before: 9**levels values once expanded."""
    lines = ["  l0: &l0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def test_yaml_anchors_and_aliases_are_refused_at_their_line(folder: Path) -> None:
    (folder / "qa" / "kouen.yaml").write_text(QA + "bomb:\n" + alias_bomb(5), "utf-8")
    assert problems_of(folder) == [("yaml-alias", "knowledge/qa/kouen.yaml", 13)]
    (folder / "qa" / "kouen.yaml").write_text(QA.replace("checklists: [form]", "checklists: &c [form]\nx: *c"), "utf-8")
    assert problems_of(folder) == [("yaml-alias", "knowledge/qa/kouen.yaml", 11)]


def test_an_alias_bomb_in_the_glossary_or_front_matter_never_expands(folder: Path) -> None:
    (folder / "glossary.yaml").write_text("- terms: [後援]\n  aliases: [sponsor]\n  x:\n" + alias_bomb(7).replace(
        "  ", "    "), "utf-8")
    assert ("yaml-alias", "knowledge/glossary.yaml", 4) in problems_of(folder)
    path = folder / "guidelines" / "sample.md"
    path.write_text(path.read_text("utf-8").replace("url: \"\"", "url: &u \"\"\nsource2: *u"), "utf-8")
    assert ("yaml-alias", "knowledge/guidelines/sample.md", 6) in problems_of(folder)


def test_check_holds_the_glossary_to_a_size_a_person_can_review(folder: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    def entry(term: str, count: int) -> str:
        return f"- terms: [{term}]\n  aliases:\n" + "".join(f"    - {term}の言い方{n}\n" for n in range(count))

    path = folder / "glossary.yaml"
    path.write_text(entry("後援", MAX_ALIASES_PER_ENTRY), "utf-8")
    assert problems_of(folder) == []
    path.write_text(entry("委託", 2) + entry("後援", MAX_ALIASES_PER_ENTRY + 1), "utf-8")
    assert problems_of(folder) == [("too-many-aliases", "knowledge/glossary.yaml", 6)]
    assert main(["check", str(folder), "--no-selftest"]) == 1
    assert f"「後援」の aliases が {MAX_ALIASES_PER_ENTRY + 1} 個あります" in capsys.readouterr().out
    entries = MAX_ALIASES // MAX_ALIASES_PER_ENTRY + 1
    path.write_text("".join(entry(f"語{n}", MAX_ALIASES_PER_ENTRY) for n in range(entries)), "utf-8")
    assert problems_of(folder) == [("glossary-too-large", "knowledge/glossary.yaml", 1)]


@pytest.mark.parametrize("name", ["glossary.yaml", "decline.yaml", "start.yaml"])
def test_check_names_each_file_the_engine_expected_and_did_not_find(folder: Path, name: str,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (folder / name).unlink()
    assert problems_of(folder) == [("missing-file", f"knowledge/{name}", 0)]
    assert main(["check", str(folder), "--no-selftest"]) == 1
    assert f"knowledge/{name}: {name}（" in capsys.readouterr().out


def test_check_names_the_decline_phrase_that_would_refuse_a_legitimate_question(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "decline.yaml").write_text(
        "facts:\n  - kind: 費用\n    why: 費用は書いていない\n    phrases:\n      - 費用\nother_senses: []\n", "utf-8")
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert ("knowledge/calibration/legitimate.txt:3: 正当な質問「委託の費用はどう決める？」が断られます"
            "（decline.yaml の「費用」（費用）に当たるためです）。") in out
    assert "legitimate.txt:2" not in out


def test_even_if_named_is_read_as_true_or_false_and_nothing_else(folder: Path) -> None:
    kind = "facts:\n  - kind: 事務\n    why: 事務は書いていない。\n    even_if_named: {}\n    phrases:\n      - 名刺\nother_senses: []\n"
    (folder / "decline.yaml").write_text(kind.format("true"), "utf-8")
    assert problems_of(folder) == []
    assert [k.even_if_named for k in load_knowledge(folder).decline] == [True]
    (folder / "decline.yaml").write_text(kind.format("はい"), "utf-8")
    assert problems_of(folder) == [("wrong-type", "knowledge/decline.yaml", 4)]
    (folder / "decline.yaml").write_text(kind.format("true").replace("    even_if_named: true\n", ""), "utf-8")
    assert [k.even_if_named for k in load_knowledge(folder).decline] == [False]


def test_check_says_when_the_grammar_rules_not_decline_yaml_would_refuse_a_legitimate_question(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with (folder / "calibration" / "legitimate.txt").open("a", encoding="utf-8") as file:
        file.write("sample#forms-kouen|後援の担当はどなたですか\n")  # a legitimate question the bare-fact rule refuses
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "正当な質問「後援の担当はどなたですか」が断られます（文の形（「どなた」）から担当者・金額・時刻を尋ねる問いと判断された" in out
    assert "decline.yaml では直せません" in out


def test_every_problem_code_the_validator_gives_is_explained_in_the_maintainers_guide() -> None:
    # a maintainer looks a code up in knowledge/README.md's table: one missing there is a message with no fix beside it
    root = Path(__file__).resolve().parents[2]
    sources = [*(root / "retrieval" / "knowledge").rglob("*.py"), root / "retrieval" / "check.py",
               root / "retrieval" / "calibration.py"]
    codes = {code for path in sources
             for code in re.findall(r'"([a-z]+(?:-[a-z]+)+)"\)', path.read_text("utf-8"))}
    guide = (root / "knowledge" / "README.md").read_text("utf-8")
    assert len(codes) > 30  # the pattern still finds the codes
    assert sorted(code for code in codes if f"`{code}`" not in guide) == []
