"""`kyodo import`: convert a source file, prove the result says what the source says, then write
knowledge/guidelines/ID.md, knowledge/sources/ID.txt (the provenance) and the exclusions.

Nothing is written unless the whole result passes: the guideline format (the same parser the
product loads with) and the completeness check (every source paragraph is in the guideline or
excluded with a reason; nothing else is in it).
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from retrieval.knowledge.completeness import (
    EXCLUDED_FILE,
    SOURCES_DIR,
    comparable,
    invented_paragraphs,
    located_blocks,
    missing_paragraphs,
    read_exclusions,
)
from retrieval.knowledge.guideline_format import parse_guideline
from retrieval.knowledge.importer.convert import convert_text
from retrieval.knowledge.importer.markdown_input import convert_markdown
from retrieval.knowledge.importer.model import Conversion
from retrieval.knowledge.importer.source import SourceUnreadable, read_source
from retrieval.knowledge.importer.writer import Meta, Rule, exclusion_rules, render_guideline, updated_exclusions

DOC_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class ImportRefused(Exception):
    """The import cannot go ahead; nothing was written. Message and hint are Japanese."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class ImportRequest:
    source: Path
    doc_id: str
    title: str
    issuer: str
    date: str = ""
    url: str = ""
    force: bool = False


@dataclass(frozen=True)
class ImportResult:
    request: ImportRequest
    guideline_path: Path
    source_copy: Path
    excluded_path: Path
    conversion: Conversion
    encoding: str
    markdown: bool
    source_paragraphs: int  # paragraphs of the source that hold wording
    exclusion_rules: list[Rule]
    replaced: bool  # an existing guideline file was overwritten (--force)


def import_guideline(request: ImportRequest, knowledge: Path) -> ImportResult:
    knowledge = Path(knowledge)
    doc_id = request.doc_id.strip()
    if not DOC_ID.match(doc_id):
        raise ImportRefused(f"id「{request.doc_id}」は使えません。", "英小文字・数字・ハイフンだけで付けてください（例: sapporo）。ファイル名と URL になります。")
    for label, value in (("--title", request.title), ("--issuer", request.issuer)):
        if not value.strip():
            raise ImportRefused(f"{label} が空です。", "指針の正式な名前と発行した自治体を書いてください。")
    guideline_path = knowledge / "guidelines" / f"{doc_id}.md"
    source_copy = knowledge / SOURCES_DIR / f"{doc_id}.txt"
    excluded_path = knowledge / SOURCES_DIR / EXCLUDED_FILE
    if not knowledge.is_dir():
        raise ImportRefused(f"知識フォルダ {knowledge} が見つかりません。", "--knowledge でフォルダを指定してください。")
    try:
        source = read_source(request.source)
    except SourceUnreadable as error:
        raise ImportRefused(str(error)) from None
    same_file = source_copy.exists() and source_copy.resolve() == Path(request.source).resolve()
    if not request.force:
        if guideline_path.exists():
            raise ImportRefused(f"{guideline_path} はすでにあります。",
                                "上書きするときは --force を付けてください（同じ見出しのアンカーは引き継ぎます）。")
        if source_copy.exists() and not same_file and source_copy.read_text("utf-8", errors="replace") != source.text:
            raise ImportRefused(f"{source_copy} に別の原文があります。", "上書きするときは --force を付けてください。")

    conversion = (convert_markdown(source.text, _existing_anchors(guideline_path)) if source.markdown
                  else convert_text(source.text, request.title, request.issuer, request.date,
                                    _existing_anchors(guideline_path)))
    if not conversion.headings:
        raise ImportRefused(f"{request.source} に見出しが一つも見つかりませんでした。",
                            "章や節の見出しの行（「1 協働とは」「(1) …」など）を、前後に空行を入れて独立した行にしてください。")
    meta = Meta(doc_id, request.title.strip(), request.issuer.strip(), request.date.strip(), request.url.strip(),
                source_copy.name)
    guideline = render_guideline(meta, conversion.items)
    rules = exclusion_rules(source.text, conversion.excluded)
    current_exclusions = excluded_path.read_text("utf-8") if excluded_path.exists() else ""
    exclusions = updated_exclusions(current_exclusions, doc_id, rules)
    _prove(source.text, guideline, exclusions, doc_id, guideline_path)

    source_copy.parent.mkdir(parents=True, exist_ok=True)
    guideline_path.parent.mkdir(parents=True, exist_ok=True)
    replaced = guideline_path.exists()
    if not same_file:
        _write(source_copy, source.text)
    if exclusions != current_exclusions:
        _write(excluded_path, exclusions)
    _write(guideline_path, guideline)
    paragraphs = sum(1 for _, block in located_blocks(source.text) if comparable(block))
    return ImportResult(request, guideline_path, source_copy, excluded_path, conversion, source.encoding, source.markdown,
                        paragraphs, rules, replaced)


def _existing_anchors(path: Path) -> dict[tuple[str, ...], str]:
    """Anchors of the file being replaced, by the wording of each heading and its ancestors."""
    if not path.exists():
        return {}
    guideline, _ = parse_guideline(path, str(path))
    if guideline is None:
        return {}
    return {section.path: section.id for section in guideline.sections}


def _prove(source: str, guideline: str, exclusions: str, doc_id: str, guideline_path: Path) -> None:
    """Refuse to write a result that loses or invents wording, or that the loader would reject."""
    with tempfile.TemporaryDirectory() as folder:
        excluded = Path(folder) / EXCLUDED_FILE
        excluded.write_text(exclusions, "utf-8")
        rules, rule_problems = read_exclusions(excluded, EXCLUDED_FILE)
        draft = Path(folder) / guideline_path.name
        draft.write_text(guideline, "utf-8")
        _, format_problems = parse_guideline(draft, str(guideline_path))
    lost = missing_paragraphs(source, guideline, rules.get(doc_id, []))
    invented = invented_paragraphs(source, guideline)
    if rule_problems or format_problems or lost or invented:
        details = [str(p) for p in rule_problems + format_problems]
        details += [f"原文 {gap.line} 行目の段落が入っていません「{gap.preview}」" for gap in lost]
        details += [f"{gap.line} 行目の段落が原文にありません「{gap.preview}」" for gap in invented]
        raise ImportRefused("取り込んだ結果が原文と一致しないため、何も書き込みませんでした（取り込み機能の誤りです）。",
                            "開発担当に次の内容を伝えてください: " + " / ".join(details[:5]))


def _write(path: Path, text: str) -> None:
    """Replace the file in one step, so an interrupted import leaves the old file whole."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

