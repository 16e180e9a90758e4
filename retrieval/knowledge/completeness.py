"""A guideline file says what its source says: every source paragraph is in it, and nothing else is.

Staff are shown guideline passages as quotations, so a dropped or reworded passage is a bug.
Both texts go through the same `comparable()`: NFKC, Markdown block markers, table pipes and
rule lines, bold markers, HTML tags, list bullets at line start, page numbers and all white
space removed. What remains is the wording, which must be identical.

Source paragraphs deliberately left out (tables of contents, cover pages, city charters) are
listed with a reason in knowledge/sources/excluded.yaml, under the guideline's id:

    kodaira:
      - {text: "目 次", reason: "目次"}

A rule covers every source paragraph that starts with its text (compared the same way), or,
with `whole: true`, only a paragraph that is exactly its text: a cover line 「網走市」 must not
also excuse a paragraph 「網走市では、…」 that goes missing.
`kyodo check` and the importer both use this module, so there is one definition of
"the same wording".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from retrieval.knowledge.models import Guideline
from retrieval.knowledge.problems import Problem
from retrieval.knowledge.yaml_lines import DuplicateKeyError, YAMLRefused, load_located

EXCLUDED_FILE = "excluded.yaml"
EXCLUSION_FIELDS = {"text", "reason", "whole"}
SOURCES_DIR = "sources"

ANCHOR = re.compile(r"\{#[^}]*\}")
BLOCK_MARKER = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|>\s?|\|\s*)")
# A table's rule line, with pipes (Markdown) or tabs (a spreadsheet pasted as text).
RULE_LINE = re.compile(r"^[\s|:\-]*-{3,}[\s|:\-]*$")
BULLET = re.compile(r"^[・●○◆◇■□]+")
# Only tags with ASCII names: <課題> and <ポイント> in the sources are wording, not markup.
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# A line holding nothing but a page number: "12", "- 12 -", "― 12 ―", "12/40", "P.12".
PAGE_NUMBER = re.compile(r"^\s*(?:[-‐―－–—]\s*)?(?:[pPＰｐ][.．]?\s*)?[0-9０-９]{1,4}"
                         r"(?:\s*[/／]\s*[0-9０-９]{1,4})?\s*(?:[-‐―－–—]\s*)?(?:ページ|頁)?\s*$")
SPACE = re.compile(r"\s+")
BLANK_LINES = re.compile(r"\n\s*\n")


def is_page_number(line: str) -> bool:
    return bool(PAGE_NUMBER.match(line))


def is_rule_line(line: str) -> bool:
    return bool(RULE_LINE.match(line))


def comparable(text: str) -> str:
    """The wording of `text` alone: what must be equal between a source and its guideline file."""
    text = unicodedata.normalize("NFKC", HTML_TAG.sub(" ", ANCHOR.sub("", text)))
    kept = []
    for line in text.splitlines():
        if is_rule_line(line) or is_page_number(line):
            continue
        previous = None
        while previous != line:  # "- ・text" carries two markers
            previous = line
            line = BULLET.sub("", BLOCK_MARKER.sub("", line).lstrip())
        kept.append(line)
    joined = "".join(kept).replace("**", "").replace("|", "")
    return SPACE.sub("", joined)


def blocks(text: str) -> list[str]:
    """Blank-line separated paragraphs, as they stand in the text."""
    return [block for _, block in located_blocks(text)]


def located_blocks(text: str) -> list[tuple[int, str]]:
    """(1-based line of the first line, paragraph) for each blank-line separated paragraph."""
    result = []
    position = 0
    for match in [*BLANK_LINES.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        if chunk.strip():
            leading = len(chunk) - len(chunk.lstrip("\n"))  # blank lines at the very start of the text
            result.append((text.count("\n", 0, position) + leading + 1, chunk.strip("\n")))
        if match:
            position = match.end()
    return result


def front_matter_end(text: str) -> int:
    """Offset just past the closing '---' of the front matter (0 when there is none)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return 0
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return sum(len(x) for x in lines[: i + 1])
    return 0


@dataclass(frozen=True)
class Exclusion:
    text: str
    reason: str
    line: int  # in excluded.yaml
    whole: bool = False  # the rule's text is the whole paragraph, not its opening words

    def covers(self, comparable_block: str) -> bool:
        key = comparable(self.text)
        if self.whole:
            return comparable_block == key
        return bool(key) and comparable_block.startswith(key)


@dataclass(frozen=True)
class Gap:
    """A paragraph of one text that the other does not have."""

    line: int
    text: str

    @property
    def preview(self) -> str:
        flat = SPACE.sub(" ", self.text).strip()
        return flat if len(flat) <= 40 else flat[:40] + "…"


def missing_paragraphs(source: str, guideline: str, exclusions: Iterable[Exclusion] = ()) -> list[Gap]:
    """Source paragraphs whose wording is not in the guideline file and that no exclusion covers."""
    rules = list(exclusions)
    body = comparable(guideline[front_matter_end(guideline):])
    missing = []
    for line, block in located_blocks(source):
        wording = comparable(block)
        if wording and wording not in body and not any(rule.covers(wording) for rule in rules):
            missing.append(Gap(line, block))
    return missing


def invented_paragraphs(source: str, guideline: str) -> list[Gap]:
    """Paragraphs of the guideline file (front matter aside) whose wording the source does not have."""
    wording = comparable(source)
    start = front_matter_end(guideline)
    offset = guideline.count("\n", 0, start)
    return [Gap(line + offset, block) for line, block in located_blocks(guideline[start:])
            if (c := comparable(block)) and c not in wording]


def unused_exclusions(source: str, exclusions: Iterable[Exclusion]) -> list[Exclusion]:
    """Rules that cover no paragraph of the source: a typo, or a paragraph since removed."""
    wordings = [c for block in blocks(source) if (c := comparable(block))]
    return [rule for rule in exclusions if not any(rule.covers(w) for w in wordings)]


def read_exclusions(path: Path, display: str) -> tuple[dict[str, list[Exclusion]], list[Problem]]:
    """The rules of excluded.yaml by guideline id, and every problem with their shape."""
    if not path.exists():
        return {}, []
    problems: list[Problem] = []
    try:
        doc = load_located(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return {}, [Problem(display, 0, "UTF-8 として読めません。", "UTF-8 で保存し直してください。", "encoding")]
    except DuplicateKeyError as error:
        return {}, [Problem(display, error.line, f"項目「{error.key}」が二度書かれています。", "一つにまとめてください。",
                            "duplicate-key")]
    except YAMLRefused as error:
        return {}, [Problem(display, error.line, error.message, error.hint, error.code)]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return {}, [Problem(display, mark.line + 1 if mark else 0, "YAML の書き方に誤りがあります。",
                            "インデント、コロンの後の空白、引用符の閉じ忘れを確認してください。", "yaml-syntax")]
    if doc.value is None:
        return {}, []
    if not isinstance(doc.value, dict):
        return {}, [Problem(display, 1, "excluded.yaml は「指針の id: 除外の並び」の形にしてください。",
                            "例: kodaira: の下に - {text: \"目 次\", reason: \"目次\"} を並べます。", "wrong-type")]
    rules: dict[str, list[Exclusion]] = {}
    for doc_id, entries in doc.value.items():
        if not isinstance(entries, list):
            problems.append(Problem(display, doc.line(doc_id), f"「{doc_id}」の下は除外の並び（- で始まる行）にしてください。",
                                    "", "wrong-type"))
            continue
        for i, entry in enumerate(entries):
            line = doc.line(doc_id, i)
            text = entry.get("text") if isinstance(entry, dict) else None
            reason = entry.get("reason") if isinstance(entry, dict) else None
            whole = entry.get("whole", False) if isinstance(entry, dict) else False
            unknown = sorted(set(entry) - EXCLUSION_FIELDS) if isinstance(entry, dict) else []
            if unknown:
                problems.append(Problem(display, line, f"除外に未知の項目「{unknown[0]}」があります。",
                                        f"使える項目は {', '.join(sorted(EXCLUSION_FIELDS))} です。", "unknown-field"))
            if not isinstance(text, str) or not comparable(text):
                problems.append(Problem(display, line, "除外の text（原文の段落の書き出し）がありません。",
                                        "原文の段落の最初の部分を text: に写してください。", "missing-field"))
                continue
            if not isinstance(reason, str) or not reason.strip():
                problems.append(Problem(display, line, f"除外「{text}」に理由（reason）がありません。",
                                        "なぜ指針に載せないのか（目次、表紙、市民憲章など）を reason: に書いてください。",
                                        "exclusion-without-reason"))
                continue
            if not isinstance(whole, bool):
                problems.append(Problem(display, line, "whole は true か false で書いてください。", "", "wrong-type"))
                continue
            rules.setdefault(str(doc_id), []).append(Exclusion(text, reason.strip(), line, whole))
    return rules, problems


def completeness_problems(folder: Path, guidelines: Iterable[Guideline]) -> list[Problem]:
    """file:line problems for every guideline whose `source` file is in the folder's sources/."""
    folder = Path(folder)
    sources = folder / SOURCES_DIR

    def rel(path: Path) -> str:
        try:
            return str(path.relative_to(folder.parent))
        except ValueError:
            return str(path)

    excluded_path = sources / EXCLUDED_FILE
    rules, problems = read_exclusions(excluded_path, rel(excluded_path))
    for guideline in guidelines:
        source_path = sources / guideline.source if guideline.source else None
        if source_path is None or not source_path.is_file() or sources.resolve() not in source_path.resolve().parents:
            continue
        guideline_path = folder / "guidelines" / f"{guideline.id}.md"
        try:
            source = source_path.read_text(encoding="utf-8")
            text = guideline_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            problems.append(Problem(rel(source_path), 0, "原文が UTF-8 として読めません。", "UTF-8 で保存し直してください。",
                                    "encoding"))
            continue
        doc_rules = rules.get(guideline.id, [])
        for gap in missing_paragraphs(source, text, doc_rules):
            problems.append(Problem(
                rel(source_path), gap.line,
                f"原文の段落「{gap.preview}」が {rel(guideline_path)} にありません（抜けているか、言い換えられています）。",
                f"原文のとおりに写すか、載せない理由があれば {rel(excluded_path)} の「{guideline.id}:」に text と reason を書いてください。",
                "source-paragraph-missing"))
        for gap in invented_paragraphs(source, text):
            problems.append(Problem(
                rel(guideline_path), gap.line, f"段落「{gap.preview}」は原文 {rel(source_path)} にありません。",
                "指針の本文は原文のまま写します。言い換え・書き足し・誤字の修正を原文の言葉に戻してください。",
                "guideline-paragraph-not-in-source"))
        for rule in unused_exclusions(source, doc_rules):
            problems.append(Problem(
                rel(excluded_path), rule.line, f"除外「{rule.text}」に当たる段落が原文 {rel(source_path)} にありません。",
                "原文の段落の書き出しをそのまま写すか、不要になった除外を消してください。", "exclusion-unused"))
    return problems
