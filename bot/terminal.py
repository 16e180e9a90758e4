"""Render an Answer for a terminal."""

from __future__ import annotations

import textwrap

from retrieval.answer import Answer

NOT_COVERED = (
    "指針にはこの質問に答える箇所が見つかりませんでした。"
    "担当課（協働推進の所管課）に確認するか、チェックリスト一覧を参照してください。"
)
TRUNCATED = "（質問が長すぎるため、先頭の部分だけで検索しました）"


def render_answer(answer: Answer, base_url: str = "") -> str:
    lines: list[str] = []
    if answer.truncated:
        lines.append(TRUNCATED)
    if answer.empty:
        lines.append("質問を入力してください。例: kyodo ask \"後援は協働になりますか\"")
        return "\n".join(lines)
    if not answer.answered:
        lines.append(NOT_COVERED)
        return "\n".join(lines)
    lines.append(f"質問: {answer.question}")
    lines.append("")
    lines.append("■ 指針の該当箇所")
    for passage in answer.passages:
        lines.append(f"{passage.rank}. {passage.doc_title} — {passage.section_label}")
        lines.append(textwrap.indent(textwrap.fill(passage.snippet.marked("【", "】"), 60), "   "))
        lines.append(f"   {base_url.rstrip('/')}{passage.url}")
    if answer.qa:
        lines.append("")
        lines.append("■ よくある質問")
        for entry in answer.qa:
            lines.append(f"Q. {entry.question}")
            lines.append(textwrap.indent(textwrap.fill(entry.answer, 60), "   "))
    if answer.checklists:
        lines.append("")
        lines.append("■ チェックリスト")
        for checklist in answer.checklists:
            lines.append(f"- {checklist.title}  {base_url.rstrip('/')}{checklist.url}")
    return "\n".join(lines)
