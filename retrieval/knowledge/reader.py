"""What every reader of the knowledge folder shares: where problems go, and the checks of one value.

Readers record the references they meet (citations, checklist ids, Q&A wordings,
refusing phrases) here, so `cross_check` can test them once everything is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from retrieval.knowledge.models import Citation
from retrieval.knowledge.problems import Problem
from retrieval.knowledge.yaml_lines import DuplicateKeyError, LocatedYAML, YAMLRefused, load_located

TYPE_NAMES = {str: "文字列", list: "リスト", dict: "「キー: 値」の組", bool: "true か false"}


@dataclass(frozen=True)
class Field:
    kind: type
    required: bool = True


CITATION_FIELDS = {"doc": Field(str), "section": Field(str)}


@dataclass
class Reader:
    root: Path
    problems: list[Problem] = field(default_factory=list)
    citations: list[tuple[str, int, Citation]] = field(default_factory=list)
    checklist_refs: list[tuple[str, int, str]] = field(default_factory=list)
    asked: list[tuple[str, int, str, str]] = field(default_factory=list)  # file, line, label, text of a Q&A wording
    refusing: list[tuple[str, int, str]] = field(default_factory=list)  # file, line, phrase that declines

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def add(self, file: str, line: int, message: str, hint: str = "", code: str = "") -> None:
        self.problems.append(Problem(file, line, message, hint, code))

    def read_yaml(self, path: Path) -> LocatedYAML | None:
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
        except YAMLRefused as error:
            self.add(display, error.line, error.message, error.hint, error.code)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
            problem = getattr(error, "problem", None) or str(error)
            self.add(display, mark.line + 1 if mark else 0, f"YAML の書き方に誤りがあります（{problem}）。",
                     "インデント、コロンの後の空白、引用符の閉じ忘れを確認してください。", "yaml-syntax")
        return None

    def fields(self, display: str, data: Any, doc: LocatedYAML, path: tuple, spec: dict[str, Field],
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
        for key, spec_field in spec.items():
            value = data.get(key)
            if value is None:
                if spec_field.required:
                    self.add(display, doc.line(*path), f"{what}に必須の項目「{key}」がありません。",
                             f"{key}: を追加してください。", "missing-field")
                    ok = False
                continue
            # (YAML reads yes/no/true as a bool: only a bool field takes one)
            if not isinstance(value, spec_field.kind) or (isinstance(value, bool) and spec_field.kind is not bool):
                self.add(display, doc.line(*path, key), f"「{key}」は{TYPE_NAMES[spec_field.kind]}で書いてください。",
                         _type_hint(spec_field.kind), "wrong-type")
                ok = False
        return data if ok else None

    def strings(self, display: str, values: list, doc: LocatedYAML, path: tuple, key: str) -> tuple[str, ...]:
        result = []
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                self.add(display, doc.line(*path, i), f"「{key}」の {i + 1} 番目が空か文字列ではありません。",
                         "文字列を書くか、その行を消してください。", "wrong-type")
            else:
                result.append(value.strip())
        return tuple(result)

    def citation(self, display: str, data: Any, doc: LocatedYAML, path: tuple) -> Citation | None:
        fields = self.fields(display, data, doc, path, CITATION_FIELDS, "出典")
        if fields is None:
            return None
        citation = Citation(fields["doc"].strip(), fields["section"].strip().lstrip("#"))
        self.citations.append((display, doc.line(*path), citation))
        return citation

    def file_id(self, display: str, path: Path, data: dict, doc: LocatedYAML) -> str:
        item_id = data["id"].strip()
        if item_id != path.stem:
            self.add(display, doc.line("id"), f"id「{item_id}」がファイル名「{path.stem}」と違います。",
                     f"id を {path.stem} にするか、ファイル名を {item_id}{path.suffix} にしてください。", "id-mismatch")
        return item_id


def _type_hint(kind: type) -> str:
    if kind is list:
        return "「- 値」を1行ずつ並べるか [a, b] の形にしてください。"
    if kind is dict:
        return "次の行から字下げして「キー: 値」を書いてください。"
    if kind is bool:
        return "true か false を引用符なしで書いてください。"
    return "値を書いてください（数字や true などは引用符で囲んでください）。"
