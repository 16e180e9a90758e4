"""Read the folders with one entry per YAML file: checklists/ and qa/ (the file name is the id)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from retrieval.knowledge.models import Checklist, ChecklistItem, QAEntry
from retrieval.knowledge.reader import Field, Reader
from retrieval.knowledge.yaml_lines import LocatedYAML

MAX_ANSWER_CHARS = 600
MAX_QA_QUESTION_CHARS = 200  # the entry's own question, as the Q&A page lists it
MIN_PHRASINGS = 3
# A folded answer (`answer: >-`, one sentence per line as maintainers write it) joins its lines with a space, and in
# Japanese a space after 。 shows as a gap in the middle of the text on every page and in Slack: the join is dropped
# where a line ended on Japanese punctuation and the next begins in Japanese. English keeps its spaces.
FOLDED_JOIN = re.compile(r"(?<=[。、」』）！？])[ \t]+(?=[^\x00-\x7f])")

QA_FIELDS = {
    "id": Field(str), "question": Field(str), "phrasings": Field(list), "answer": Field(str),
    "citations": Field(list), "checklists": Field(list, required=False),
}
CHECKLIST_FIELDS = {
    "id": Field(str), "title": Field(str), "summary": Field(str), "phrasings": Field(list, required=False),
    "items": Field(list),
}
ITEM_FIELDS = {"text": Field(str), "cite": Field(dict)}


def read_checklists(reader: Reader) -> list[Checklist]:
    return _files(reader, "checklists", _checklist)


def read_qa(reader: Reader) -> list[QAEntry]:
    return _files(reader, "qa", _qa_entry)


def _files(reader: Reader, folder: str, make: Callable[[Reader, Path, LocatedYAML], Any]) -> list[Any]:
    result = []
    seen: dict[str, str] = {}
    for path in sorted((reader.root / folder).glob("*.y*ml")):
        located = reader.read_yaml(path)
        if located is None:
            continue
        item = make(reader, path, located)
        if item is None:
            continue
        display = reader.rel(path)
        if item.id in seen:
            reader.add(display, located.line("id"), f"id「{item.id}」が {seen[item.id]} と重複しています。",
                       "別の id にしてください。", "duplicate-id")
            continue
        seen[item.id] = display
        result.append(item)
    return result


def _checklist(reader: Reader, path: Path, doc: LocatedYAML) -> Checklist | None:
    display = reader.rel(path)
    data = reader.fields(display, doc.value, doc, (), CHECKLIST_FIELDS, "チェックリスト")
    if data is None:
        return None
    items = []
    for i, raw in enumerate(data["items"]):
        item = reader.fields(display, raw, doc, ("items", i), ITEM_FIELDS, f"items の {i + 1} 番目")
        if item is None:
            continue
        citation = reader.citation(display, item["cite"], doc, ("items", i, "cite"))
        if not item["text"].strip():
            reader.add(display, doc.line("items", i, "text"), "チェック項目の文が空です。", "項目の文を書いてください。",
                       "empty-text")
        elif citation:
            items.append(ChecklistItem(item["text"].strip(), citation))
    if not data["items"]:
        reader.add(display, doc.line("items"), "チェック項目が一つもありません。", "items: に項目を追加してください。",
                   "empty-list")
    for key in ("title", "summary"):
        if not data[key].strip():
            reader.add(display, doc.line(key), f"「{key}」が空です。", "文を書いてください。", "empty-text")
    phrasings = reader.strings(display, data.get("phrasings") or [], doc, ("phrasings",), "phrasings")
    return Checklist(reader.file_id(display, path, data, doc), data["title"].strip(), data["summary"].strip(),
                     phrasings, tuple(items), display)


def _qa_entry(reader: Reader, path: Path, doc: LocatedYAML) -> QAEntry | None:
    display = reader.rel(path)
    data = reader.fields(display, doc.value, doc, (), QA_FIELDS, "Q&A")
    if data is None:
        return None
    answer = FOLDED_JOIN.sub("", data["answer"].strip())
    if not answer:
        reader.add(display, doc.line("answer"), "answer が空です。", "引用元の節が言っていることを短く書いてください。",
                   "empty-answer")
    elif len(answer) > MAX_ANSWER_CHARS:
        reader.add(display, doc.line("answer"), f"answer が長すぎます（{len(answer)}文字、上限 {MAX_ANSWER_CHARS}文字）。",
                   "要点だけに縮め、詳しくは出典の節に任せてください。", "long-answer")
    question = data["question"].strip()
    if not question or len(question) > MAX_QA_QUESTION_CHARS:
        reader.add(display, doc.line("question"), f"question は 1〜{MAX_QA_QUESTION_CHARS} 文字にしてください。",
                   "職員が実際に聞く一文にしてください。", "bad-question")
    phrasings = reader.strings(display, data["phrasings"], doc, ("phrasings",), "phrasings")
    if len(phrasings) < MIN_PHRASINGS:
        reader.add(display, doc.line("phrasings"), f"phrasings が {len(phrasings)} 個です（{MIN_PHRASINGS} 個以上必要）。",
                   "Slack で職員が書きそうな別の言い方（くだけた文、英語など）を足してください。", "few-phrasings")
    reader.asked.append((display, doc.line("question"), "question", question))
    reader.asked += [(display, doc.line("phrasings", i), f"phrasings {i + 1}", text) for i, text in enumerate(phrasings)]
    citations = tuple(
        c for i, raw in enumerate(data["citations"])
        if (c := reader.citation(display, raw, doc, ("citations", i))) is not None
    )
    if not data["citations"]:
        reader.add(display, doc.line("citations"), "出典（citations）がありません。",
                   "answer の根拠になる節を doc と section で書いてください。", "no-citation")
    checklists = reader.strings(display, data.get("checklists") or [], doc, ("checklists",), "checklists")
    for i, ref in enumerate(checklists):
        reader.checklist_refs.append((display, doc.line("checklists", i), ref))
    return QAEntry(reader.file_id(display, path, data, doc), question, phrasings, answer, citations, checklists,
                   display)
