"""Parse one guideline Markdown file: YAML front matter, then headings with explicit anchors.

Format (see knowledge/README.md):

    ---
    id: abashiri
    title: 網走市職員 地域協働の指針
    ...
    ---

    ## 2. 協働の考え方 {#thinking}

    ### (1) 協働の意味と定義 {#definition}

    協働とは、…

Every heading carries a stable `{#anchor}` so links such as /docs/abashiri#definition
keep working when a heading's wording is corrected.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from retrieval.knowledge.models import Guideline, Section
from retrieval.knowledge.problems import Problem
from retrieval.knowledge.yaml_lines import FAST_LOADER, YAMLRefused, refuse_anchors

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
ANCHOR = re.compile(r"\s*\{#([^}]*)\}\s*$")
VALID_ANCHOR = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
FRONT_MATTER_FIELDS = ("id", "title", "issuer", "date", "url", "source")
MIN_LEVEL, MAX_LEVEL = 2, 5


def parse_guideline(path: Path, display: str) -> tuple[Guideline | None, list[Problem]]:
    """Return the guideline (None when unusable) and every problem found, each with its line."""
    problems: list[Problem] = []
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [Problem(display, 0, "UTF-8 として読めません。", "UTF-8 で保存し直してください。", "encoding")]
    lines = raw.splitlines()
    meta, body_start = _front_matter(lines, display, problems)
    if meta is None:
        return None, problems

    sections: list[Section] = []
    stack: list[tuple[int, str]] = []  # (level, heading) of the open ancestors
    seen: dict[str, int] = {}
    current: dict | None = None
    body: list[str] = []

    def close() -> None:
        if current is not None:
            sections.append(Section(text="\n".join(body).strip("\n"), **current))

    for number, line in enumerate(lines[body_start:], start=body_start + 1):
        match = HEADING.match(line)
        if not match:
            if current is None and line.strip():
                problems.append(Problem(display, number, "最初の見出しより前に本文があります。",
                                        "本文の前に「## 見出し {#anchor}」を置いてください。", "text-before-heading"))
            body.append(line)
            continue
        close()
        body = []
        level = len(match.group(1))
        title = match.group(2)
        anchor_match = ANCHOR.search(title)
        if not anchor_match:
            problems.append(Problem(display, number, f"見出し「{title}」にアンカーがありません。",
                                    "見出しの末尾に {#英小文字-数字} の形でアンカーを付けてください。", "missing-anchor"))
            anchor = f"line-{number}"
        else:
            anchor = anchor_match.group(1)
            title = title[: anchor_match.start()].strip()
            if not VALID_ANCHOR.match(anchor):
                problems.append(Problem(display, number, f"アンカー「{anchor}」は使えない形です。",
                                        "英小文字・数字・ハイフンだけ（64文字以内）にしてください。", "bad-anchor"))
        if anchor in seen:
            problems.append(Problem(display, number, f"アンカー「{anchor}」が {seen[anchor]} 行目と重複しています。",
                                    "文書内で一意な別のアンカーにしてください。", "duplicate-anchor"))
        seen.setdefault(anchor, number)
        if not MIN_LEVEL <= level <= MAX_LEVEL:
            problems.append(Problem(display, number, f"見出しの階層（{'#' * level}）が範囲外です。",
                                    "見出しは ## から ##### までを使ってください（文書名は front matter の title）。",
                                    "heading-level"))
        if not title:
            problems.append(Problem(display, number, "見出しの文字がありません。", "見出しの文言を書いてください。",
                                    "empty-heading"))
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        current = {"doc": str(meta.get("id", "")), "id": anchor, "heading": title, "level": level,
                   "path": tuple(h for _, h in stack), "line": number}
    close()

    if not sections:
        problems.append(Problem(display, body_start + 1, "見出しが一つもありません。",
                                "「## 見出し {#anchor}」の形で節を作ってください。", "no-sections"))
    guideline = Guideline(
        id=str(meta.get("id", "")), title=str(meta.get("title", "")), issuer=str(meta.get("issuer", "")),
        date=str(meta.get("date", "") or ""), url=str(meta.get("url", "") or ""),
        source=str(meta.get("source", "") or ""), sections=tuple(sections), file=display,
    )
    return guideline, problems


def _front_matter(lines: list[str], display: str, problems: list[Problem]) -> tuple[dict | None, int]:
    if not lines or lines[0].strip() != "---":
        problems.append(Problem(display, 1, "先頭に front matter（--- で囲んだ YAML）がありません。",
                                "1行目を --- にして id, title, issuer, date, url, source を書き、--- で閉じてください。",
                                "front-matter"))
        return None, 0
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        problems.append(Problem(display, 1, "front matter が --- で閉じられていません。",
                                "YAML の終わりに --- の行を置いてください。", "front-matter"))
        return None, 0
    front = "\n".join(lines[1:end])
    try:
        refuse_anchors(front)
        meta = yaml.load(front, Loader=FAST_LOADER) or {}
    except YAMLRefused as error:
        problems.append(Problem(display, error.line + 1, error.message, error.hint, error.code))
        return None, end + 1
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problems.append(Problem(display, line, f"front matter の YAML が読めません: {getattr(error, 'problem', error)}",
                                "インデントやコロンの後の空白を確認してください。", "yaml-syntax"))
        return None, end + 1
    if not isinstance(meta, dict):
        problems.append(Problem(display, 2, "front matter は「キー: 値」の形にしてください。", "", "front-matter"))
        return None, end + 1
    for key in FRONT_MATTER_FIELDS:
        if key not in meta:
            problems.append(Problem(display, 2, f"front matter に「{key}」がありません。",
                                    f"{key}: を追加してください（不明なら空文字 \"\"）。", "missing-field"))
        elif meta[key] is not None and not isinstance(meta[key], str):
            problems.append(Problem(display, 2, f"front matter の「{key}」は文字列にしてください。",
                                    "値を引用符で囲んでください。", "wrong-type"))
    for key in meta:
        if key not in FRONT_MATTER_FIELDS:
            problems.append(Problem(display, 2, f"front matter に未知の項目「{key}」があります。",
                                    f"使える項目は {', '.join(FRONT_MATTER_FIELDS)} です。", "unknown-field"))
    for key in ("id", "title", "issuer"):
        if key in meta and not str(meta[key] or "").strip():
            problems.append(Problem(display, 2, f"front matter の「{key}」が空です。", "値を書いてください。",
                                    "empty-field"))
    return meta, end + 1
