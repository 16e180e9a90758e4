"""Render an Answer or a Comparison for a terminal.

Lines break between BudouX phrases at display width; the question's words are highlighted
with colour on a terminal and left plain in a pipe (the guidelines use 【】 themselves, so
brackets would be mistaken for their text). Links are absolute: to PUBLIC_BASE_URL or
--base-url when given, else to the address `kyodo serve` opens, with a line saying so.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.courtesy import courtesy_reply
from bot.home import home_label
from bot.phrases import wrap
from retrieval.answer import Answer, Comparison, PassageHit, Snippet

NOT_FOUND = "指針にはこの質問に答える箇所が見つかりませんでした。"
ASK_INSTEAD = "担当課（協働推進の所管課）に確認するか、チェックリスト一覧を参照してください。"
NOT_COVERED = NOT_FOUND + ASK_INSTEAD
TRUNCATED = "（質問が長すぎるため、先頭の部分だけで検索しました）"
EMPTY = "質問を入力してください。例: kyodo ask \"後援は協働になりますか\""
SERVE_URL = "http://127.0.0.1:8000"
WIDTH = 72
INDENT = "   "
HIGHLIGHT = ("\033[1;33m", "\033[0m")  # bold yellow, then reset


@dataclass(frozen=True)
class Style:
    base_url: str = ""  # PUBLIC_BASE_URL or --base-url; empty: the `kyodo serve` address, said once
    color: bool = False  # a terminal that shows ANSI colours

    @property
    def root(self) -> str:
        return (self.base_url or SERVE_URL).rstrip("/")

    def link(self, path: str) -> str:
        return self.root + path

    def marked(self, snippet: Snippet) -> str:
        return snippet.marked(*HIGHLIGHT) if self.color else snippet.plain


def render_answer(answer: Answer, style: Style = Style(), issuers: dict[str, str] | None = None) -> str:
    lines: list[str] = []
    if answer.truncated:
        lines.append(TRUNCATED)
    if answer.empty:
        lines.append(courtesy_reply(answer.courtesy) or EMPTY)
        return "\n".join(lines)
    if not answer.answered:
        lines += _not_covered(answer.declined_why)
        return "\n".join(lines)
    lines += [f"質問: {answer.question}", "", "■ 指針の該当箇所"]
    for passage in answer.passages:
        lines += _passage(passage, f"{passage.rank}. ", style, issuers or {})
    if answer.qa:
        lines += ["", "■ よくある質問"]
        for entry in answer.qa:
            lines += wrap(f"Q. {entry.question}", WIDTH)
            lines += [INDENT + line for line in wrap(entry.answer, WIDTH - len(INDENT))]
            lines.append(INDENT + style.link(entry.url))
    if answer.checklists:
        lines += ["", "■ チェックリスト"]
        lines += [f"- {checklist.title}  {style.link(checklist.url)}" for checklist in answer.checklists]
    lines += _footer(style)
    return "\n".join(lines)


def render_comparison(comparison: Comparison, style: Style = Style()) -> str:
    lines: list[str] = []
    if comparison.truncated:
        lines.append(TRUNCATED)
    if comparison.empty:
        lines.append(courtesy_reply(comparison.courtesy)
                     or "質問を入力してください。例: kyodo compare \"後援は協働になりますか\"")
        return "\n".join(lines)
    lines += [f"質問: {comparison.question}", "", "■ 他の自治体では？"]
    if not comparison.answered:
        lines += _not_covered(comparison.declined_why)
        return "\n".join(lines)
    for document in comparison.documents:
        label = f"［{home_label(document.issuer)}］" if document.home else ""
        lines += ["", f"◆ {label}{document.doc_title}（{document.issuer}）"]
        if document.passage is None:
            lines.append(INDENT + "この指針には該当する記述がありません")
        else:
            lines += _passage(document.passage, "", style, {}, with_title=False)
    lines += _footer(style)
    return "\n".join(lines)


def _passage(passage: PassageHit, prefix: str, style: Style, issuers: dict[str, str], *,
             with_title: bool = True) -> list[str]:
    label = f"［{home_label(issuers.get(passage.doc, ''))}］" if passage.home else ""
    title = f"{prefix}{label}{passage.doc_title} — {passage.section_label}" if with_title else passage.section_label
    # the heading's later lines hang under its first word, not at the margin where the next number stands
    head, *rest = wrap(title, WIDTH - len(INDENT))
    lines = [head] + [INDENT + line for line in rest]
    body = wrap(passage.snippet.plain, WIDTH - len(INDENT))
    if style.color:
        body = _coloured(body, passage.snippet)
    lines += [INDENT + line for line in body]
    lines.append(INDENT + style.link(passage.url))
    return lines


def _coloured(lines: list[str], snippet: Snippet) -> list[str]:
    """The wrapped lines of snippet.plain with the question's words in colour."""
    plain = snippet.plain
    matched = [False] * len(plain)
    offset = 1 if snippet.leading_ellipsis else 0
    for text, hit in snippet.parts:
        if hit:
            matched[offset:offset + len(text)] = [True] * len(text)
        offset += len(text)
    result = []
    cursor = 0
    for line in lines:
        start = plain.find(line, cursor)
        if start < 0:  # cannot happen while wrap only cuts and strips; keep the line uncoloured
            result.append(line)
            continue
        cursor = start + len(line)
        out, lit = "", False
        for i, char in enumerate(line, start):
            if matched[i] != lit:
                out += HIGHLIGHT[0] if matched[i] else HIGHLIGHT[1]
                lit = matched[i]
            out += char
        result.append(out + (HIGHLIGHT[1] if lit else ""))
    return result


def _footer(style: Style) -> list[str]:
    if style.base_url:
        return []
    return ["", f"（リンクは `kyodo serve` を起動すると {SERVE_URL} で開けます。"
                "公開先があれば PUBLIC_BASE_URL か --base-url で指定してください）"]


def _not_covered(why: str) -> list[str]:
    """The verdict, what the guidelines do not hold (when a decline.yaml kind says), and where to ask instead."""
    if not why:
        return wrap(NOT_COVERED, WIDTH)
    return wrap(NOT_FOUND, WIDTH) + wrap(why, WIDTH) + wrap(ASK_INSTEAD, WIDTH)
