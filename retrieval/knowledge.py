"""Load and validate the knowledge folder into typed objects.

The engine, the bot and `kyodo check` all use this one loader, so what the validator
accepts is exactly what the product serves. Every problem names file:line and says,
in Japanese, how to fix it; a broken file never raises past this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from retrieval.aliases import AliasLists
from retrieval.analyzer import normalize_text
from retrieval.guideline_file import parse_guideline
from retrieval.models import (
    Checklist,
    ChecklistItem,
    Citation,
    GlossaryEntry,
    Guideline,
    Knowledge,
    OutOfScope,
    QAEntry,
    ReadingStep,
)
from retrieval.problems import KnowledgeError, Problem
from retrieval.question import wording_key
from retrieval.yaml_lines import DuplicateKeyError, LocatedYAML, load_located

MAX_ANSWER_CHARS = 600
MAX_QUESTION_CHARS = 200
MIN_PHRASINGS = 3
DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"

TYPE_NAMES = {str: "文字列", list: "リスト", dict: "「キー: 値」の組"}


@dataclass(frozen=True)
class Field:
    kind: type
    required: bool = True


QA_FIELDS = {
    "id": Field(str), "question": Field(str), "phrasings": Field(list), "answer": Field(str),
    "citations": Field(list), "checklists": Field(list, required=False),
}
CHECKLIST_FIELDS = {
    "id": Field(str), "title": Field(str), "summary": Field(str), "phrasings": Field(list, required=False),
    "items": Field(list),
}
ITEM_FIELDS = {"text": Field(str), "cite": Field(dict)}
CITATION_FIELDS = {"doc": Field(str), "section": Field(str)}
GLOSSARY_FIELDS = {"terms": Field(list), "aliases": Field(list)}
OUT_OF_SCOPE_FIELDS = {"label": Field(str), "aliases": Field(list)}
STEP_FIELDS = {"doc": Field(str), "section": Field(str), "note": Field(str)}


def load_knowledge(root: Path = DEFAULT_KNOWLEDGE_DIR) -> Knowledge:
    """The validated knowledge; raises KnowledgeError listing every problem."""
    knowledge, problems = validate_knowledge(root)
    if problems or knowledge is None:
        raise KnowledgeError(problems)
    return knowledge


def validate_knowledge(root: Path) -> tuple[Knowledge | None, list[Problem]]:
    """Load everything that can be loaded and collect every problem, never raising."""
    root = Path(root)
    if not root.is_dir():
        return None, [Problem(str(root), 0, "知識フォルダが見つかりません。", "パスを確認してください。", "no-folder")]
    loader = _Loader(root)
    guidelines = loader.guidelines()
    checklists = loader.checklists()
    qa = loader.qa()
    glossary = loader.glossary()
    reading_path = loader.reading_path()
    out_of_scope = loader.out_of_scope()
    knowledge = Knowledge(tuple(guidelines), tuple(checklists), tuple(qa), tuple(glossary), tuple(reading_path),
                          tuple(out_of_scope))
    loader.cross_check(knowledge)
    return knowledge, loader.problems


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self._citation_lines: list[tuple[str, int, Citation]] = []
        self._checklist_refs: list[tuple[str, int, str]] = []
        self._asked: list[tuple[str, int, str, str]] = []  # file, line, label, text of each Q&A wording
        self._refusing: list[tuple[str, int, str]] = []  # file, line, alias of each out-of-scope alias

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def add(self, file: str, line: int, message: str, hint: str = "", code: str = "") -> None:
        self.problems.append(Problem(file, line, message, hint, code))

    # --- guidelines -------------------------------------------------------------------
    def guidelines(self) -> list[Guideline]:
        folder = self.root / "guidelines"
        result: list[Guideline] = []
        seen: dict[str, str] = {}
        for path in sorted(folder.glob("*.md")):
            display = self.rel(path)
            guideline, problems = parse_guideline(path, display)
            self.problems.extend(problems)
            if guideline is None:
                continue
            if guideline.id != path.stem:
                self.add(display, 2, f"id「{guideline.id}」がファイル名「{path.stem}」と違います。",
                         f"id を {path.stem} にするか、ファイル名を {guideline.id}.md にしてください。", "id-mismatch")
            if guideline.id in seen:
                self.add(display, 2, f"文書 id「{guideline.id}」が {seen[guideline.id]} と重複しています。",
                         "別の id にしてください。", "duplicate-id")
                continue
            seen[guideline.id] = display
            result.append(guideline)
        if not result:
            self.add(self.rel(folder), 0, "指針ファイル（guidelines/*.md）が一つもありません。",
                     "guidelines/ に指針の Markdown を置いてください。", "no-guidelines")
        return result

    # --- YAML files -------------------------------------------------------------------
    def _read_yaml(self, path: Path) -> LocatedYAML | None:
        display = self.rel(path)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            self.add(display, 0, "UTF-8 として読めません。", "UTF-8 で保存し直してください。", "encoding")
            return None
        try:
            return load_located(text)
        except DuplicateKeyError as error:
            self.add(display, error.line, f"項目「{error.key}」が二度書かれています。", "一つにまとめてください。",
                     "duplicate-key")
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
            problem = getattr(error, "problem", None) or str(error)
            self.add(display, mark.line + 1 if mark else 0, f"YAML の書き方に誤りがあります（{problem}）。",
                     "インデント、コロンの後の空白、引用符の閉じ忘れを確認してください。", "yaml-syntax")
        return None

    def _fields(self, display: str, data: Any, doc: LocatedYAML, path: tuple, spec: dict[str, Field],
                what: str) -> dict[str, Any] | None:
        """Check a mapping against its spec; return it when usable."""
        if not isinstance(data, dict):
            self.add(display, doc.line(*path), f"{what}は「キー: 値」の形で書いてください。",
                     f"使える項目: {', '.join(spec)}", "wrong-type")
            return None
        ok = True
        for key in data:
            if key not in spec:
                self.add(display, doc.line(*path, key), f"{what}に未知の項目「{key}」があります。",
                         f"使える項目は {', '.join(spec)} です（綴りを確認してください）。", "unknown-field")
        for key, field in spec.items():
            value = data.get(key)
            if value is None:
                if field.required:
                    self.add(display, doc.line(*path), f"{what}に必須の項目「{key}」がありません。",
                             f"{key}: を追加してください。", "missing-field")
                    ok = False
                continue
            if not isinstance(value, field.kind) or isinstance(value, bool):
                self.add(display, doc.line(*path, key), f"「{key}」は{TYPE_NAMES[field.kind]}で書いてください。",
                         _type_hint(field.kind), "wrong-type")
                ok = False
        return data if ok else None

    def _strings(self, display: str, values: list, doc: LocatedYAML, path: tuple, key: str) -> tuple[str, ...]:
        result = []
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                self.add(display, doc.line(*path, i), f"「{key}」の {i + 1} 番目が空か文字列ではありません。",
                         "文字列を書くか、その行を消してください。", "wrong-type")
            else:
                result.append(value.strip())
        return tuple(result)

    def _citation(self, display: str, data: Any, doc: LocatedYAML, path: tuple) -> Citation | None:
        fields = self._fields(display, data, doc, path, CITATION_FIELDS, "出典")
        if fields is None:
            return None
        citation = Citation(fields["doc"].strip(), fields["section"].strip().lstrip("#"))
        self._citation_lines.append((display, doc.line(*path), citation))
        return citation

    def _files(self, folder: str, make: Callable[[Path, LocatedYAML], Any]) -> list[Any]:
        result = []
        seen: dict[str, str] = {}
        for path in sorted((self.root / folder).glob("*.y*ml")):
            located = self._read_yaml(path)
            if located is None:
                continue
            item = make(path, located)
            if item is None:
                continue
            display = self.rel(path)
            if item.id in seen:
                self.add(display, located.line("id"), f"id「{item.id}」が {seen[item.id]} と重複しています。",
                         "別の id にしてください。", "duplicate-id")
                continue
            seen[item.id] = display
            result.append(item)
        return result

    def _id(self, display: str, path: Path, data: dict, doc: LocatedYAML) -> str:
        item_id = data["id"].strip()
        if item_id != path.stem:
            self.add(display, doc.line("id"), f"id「{item_id}」がファイル名「{path.stem}」と違います。",
                     f"id を {path.stem} にするか、ファイル名を {item_id}{path.suffix} にしてください。", "id-mismatch")
        return item_id

    def checklists(self) -> list[Checklist]:
        return self._files("checklists", self._checklist)

    def _checklist(self, path: Path, doc: LocatedYAML) -> Checklist | None:
        display = self.rel(path)
        data = self._fields(display, doc.value, doc, (), CHECKLIST_FIELDS, "チェックリスト")
        if data is None:
            return None
        items = []
        for i, raw in enumerate(data["items"]):
            item = self._fields(display, raw, doc, ("items", i), ITEM_FIELDS, f"items の {i + 1} 番目")
            if item is None:
                continue
            citation = self._citation(display, item["cite"], doc, ("items", i, "cite"))
            if not item["text"].strip():
                self.add(display, doc.line("items", i, "text"), "チェック項目の文が空です。", "項目の文を書いてください。",
                         "empty-text")
            elif citation:
                items.append(ChecklistItem(item["text"].strip(), citation))
        if not data["items"]:
            self.add(display, doc.line("items"), "チェック項目が一つもありません。", "items: に項目を追加してください。",
                     "empty-list")
        for key in ("title", "summary"):
            if not data[key].strip():
                self.add(display, doc.line(key), f"「{key}」が空です。", "文を書いてください。", "empty-text")
        phrasings = self._strings(display, data.get("phrasings") or [], doc, ("phrasings",), "phrasings")
        return Checklist(self._id(display, path, data, doc), data["title"].strip(), data["summary"].strip(),
                         phrasings, tuple(items), display)

    def qa(self) -> list[QAEntry]:
        return self._files("qa", self._qa_entry)

    def _qa_entry(self, path: Path, doc: LocatedYAML) -> QAEntry | None:
        display = self.rel(path)
        data = self._fields(display, doc.value, doc, (), QA_FIELDS, "Q&A")
        if data is None:
            return None
        answer = data["answer"].strip()
        if not answer:
            self.add(display, doc.line("answer"), "answer が空です。", "引用元の節が言っていることを短く書いてください。",
                     "empty-answer")
        elif len(answer) > MAX_ANSWER_CHARS:
            self.add(display, doc.line("answer"), f"answer が長すぎます（{len(answer)}文字、上限 {MAX_ANSWER_CHARS}文字）。",
                     "要点だけに縮め、詳しくは出典の節に任せてください。", "long-answer")
        question = data["question"].strip()
        if not question or len(question) > MAX_QUESTION_CHARS:
            self.add(display, doc.line("question"), f"question は 1〜{MAX_QUESTION_CHARS} 文字にしてください。",
                     "職員が実際に聞く一文にしてください。", "bad-question")
        phrasings = self._strings(display, data["phrasings"], doc, ("phrasings",), "phrasings")
        if len(phrasings) < MIN_PHRASINGS:
            self.add(display, doc.line("phrasings"), f"phrasings が {len(phrasings)} 個です（{MIN_PHRASINGS} 個以上必要）。",
                     "Slack で職員が書きそうな別の言い方（くだけた文、英語など）を足してください。", "few-phrasings")
        self._asked.append((display, doc.line("question"), "question", question))
        self._asked += [(display, doc.line("phrasings", i), f"phrasings {i + 1}", text) for i, text in enumerate(phrasings)]
        citations = tuple(
            c for i, raw in enumerate(data["citations"])
            if (c := self._citation(display, raw, doc, ("citations", i))) is not None
        )
        if not data["citations"]:
            self.add(display, doc.line("citations"), "出典（citations）がありません。",
                     "answer の根拠になる節を doc と section で書いてください。", "no-citation")
        checklists = self._strings(display, data.get("checklists") or [], doc, ("checklists",), "checklists")
        for i, ref in enumerate(checklists):
            self._checklist_refs.append((display, doc.line("checklists", i), ref))
        return QAEntry(self._id(display, path, data, doc), question, phrasings, answer, citations, checklists, display)

    def _optional_list(self, name: str, shape: str) -> tuple[str, LocatedYAML] | None:
        """An optional top-level YAML list file (glossary, out_of_scope); None when absent or unusable."""
        path = self.root / name
        if not path.exists():
            return None
        doc = self._read_yaml(path)
        if doc is None:
            return None
        display = self.rel(path)
        if not isinstance(doc.value, list):
            self.add(display, 1, f"{name} は「- {shape}: …」の並び（リスト）にしてください。", "", "wrong-type")
            return None
        return display, doc

    def glossary(self) -> list[GlossaryEntry]:
        found = self._optional_list("glossary.yaml", "terms")
        if found is None:
            return []
        display, doc = found
        entries = []
        for i, raw in enumerate(doc.value):
            data = self._fields(display, raw, doc, (i,), GLOSSARY_FIELDS, f"{i + 1} 番目の語")
            if data is None:
                continue
            terms = self._strings(display, data["terms"], doc, (i, "terms"), "terms")
            aliases = self._strings(display, data["aliases"], doc, (i, "aliases"), "aliases")
            if not terms or not aliases:
                self.add(display, doc.line(i), "terms と aliases はどちらも一つ以上必要です。",
                         "terms に指針の言葉、aliases に職員が使う言い方を書いてください。", "empty-list")
                continue
            entries.append(GlossaryEntry(terms, aliases))
        return entries

    def out_of_scope(self) -> list[OutOfScope]:
        found = self._optional_list("out_of_scope.yaml", "label")
        if found is None:
            return []
        display, doc = found
        kinds = []
        for i, raw in enumerate(doc.value):
            data = self._fields(display, raw, doc, (i,), OUT_OF_SCOPE_FIELDS, f"{i + 1} 番目の種類")
            if data is None:
                continue
            aliases = self._strings(display, data["aliases"], doc, (i, "aliases"), "aliases")
            if not aliases:
                self.add(display, doc.line(i, "aliases"), "aliases が空です。", "質問に含まれる言い方を一つ以上書いてください。",
                         "empty-list")
                continue
            self._refusing += [(display, doc.line(i, "aliases", j), alias) for j, alias in enumerate(aliases)]
            kinds.append(OutOfScope(data["label"].strip(), aliases))
        return kinds

    def reading_path(self) -> list[ReadingStep]:
        path = self.root / "start.yaml"
        if not path.exists():
            return []
        display = self.rel(path)
        doc = self._read_yaml(path)
        if doc is None:
            return []
        data = doc.value
        if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
            self.add(display, 1, "start.yaml には steps: のリストが必要です。", "「steps:」の下に doc, section, note を並べてください。",
                     "missing-field")
            return []
        steps = []
        for i, raw in enumerate(data["steps"]):
            step = self._fields(display, raw, doc, ("steps", i), STEP_FIELDS, f"steps の {i + 1} 番目")
            if step is None:
                continue
            citation = self._citation(display, {"doc": step["doc"], "section": step["section"]}, doc, ("steps", i))
            if citation:
                steps.append(ReadingStep(citation.doc, citation.section, step["note"].strip()))
        return steps

    # --- references between files ------------------------------------------------------
    def cross_check(self, knowledge: Knowledge) -> None:
        for display, line, citation in self._citation_lines:
            guideline = knowledge.guideline(citation.doc)
            if guideline is None:
                known = ", ".join(g.id for g in knowledge.guidelines)
                self.add(display, line, f"出典の文書「{citation.doc}」がありません。", f"使える文書 id: {known}", "unknown-doc")
            elif guideline.section(citation.section) is None:
                self.add(display, line, f"文書「{citation.doc}」に節「{citation.section}」がありません。",
                         f"guidelines/{citation.doc}.md の見出しの {{#…}} にあるアンカーを書いてください。",
                         "unknown-section")
        for display, line, ref in self._checklist_refs:
            if knowledge.checklist(ref) is None:
                known = ", ".join(c.id for c in knowledge.checklists)
                self.add(display, line, f"チェックリスト「{ref}」がありません。", f"使える id: {known}", "unknown-checklist")
        # An out-of-scope alias that the guidelines themselves contain would refuse questions
        # quoting them (トナー is inside パートナー).
        aliases = AliasLists([[alias] for _, _, alias in self._refusing])
        reported: set[int] = set()
        for guideline in knowledge.guidelines:
            for section in guideline.sections:
                for i in sorted(aliases.found_in(normalize_text(f"{section.heading} {section.text}")) - reported):
                    reported.add(i)
                    display, line, alias = self._refusing[i]
                    self.add(display, line, f"「{alias}」は指針の中にあります（{guideline.id} の「{section.heading}」）。"
                             "この言い方を含む質問は、指針が答えられても断られます。",
                             "「〜はいつ」「how much does it cost」のように事実を尋ねる言い方に絞るか、外してください。",
                             "refuses-guideline-words")
        # The same wording in two places: an exact question is answered by the Q&A that has it,
        # and two entries cannot both be that one.
        first: dict[str, tuple[str, int]] = {}
        for display, line, label, text in self._asked:
            key = wording_key(text)
            if key in first:
                where = "この Q&A の中" if first[key][0] == display else first[key][0]
                self.add(display, line, f"{label}「{text}」は {where}（{first[key][0]}:{first[key][1]}）と同じ文です。",
                         "どちらか一つの Q&A にだけ残してください。", "duplicate-phrasing")
            else:
                first[key] = (display, line)


def _type_hint(kind: type) -> str:
    if kind is list:
        return "「- 値」を1行ずつ並べるか [a, b] の形にしてください。"
    if kind is dict:
        return "次の行から字下げして「キー: 値」を書いてください。"
    return "値を書いてください（数字や true などは引用符で囲んでください）。"
