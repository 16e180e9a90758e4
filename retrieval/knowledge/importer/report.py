"""What `kyodo import` tells the maintainer, in Japanese: what was written, what was found, what
was left out and why, and the lines to look at (with their line numbers in the source)."""

from __future__ import annotations

from collections import Counter

from retrieval.knowledge.importer.model import Body
from retrieval.knowledge.importer.run import ImportResult

PREVIEW = 30


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW else flat[:PREVIEW] + "…"



def render_report(result: ImportResult) -> str:
    conversion = result.conversion
    copy = result.source_copy.name
    verb = "上書きしました" if result.replaced else "作りました"
    encoding = "" if result.encoding == "utf-8" else f"、文字コード {result.encoding} を UTF-8 にしました"
    out = [f"{result.guideline_path} を{verb}（原文の写し: {result.source_copy}{encoding}）。"]

    levels = Counter(h.level for h in conversion.headings)
    per_level = "、".join(f"{'#' * level} {levels[level]}" for level in sorted(levels))
    bold = sum(1 for item in conversion.items if isinstance(item, Body) and item.markdown.startswith("**")
               and item.markdown.endswith("**") and "\n" not in item.markdown)
    line = f"見出し {len(conversion.headings)} 個（{per_level}）"
    if bold:
        line += f"。ほかに、見出しの階層が深すぎて太字の行にしたもの {bold}"
    out.append(line)
    excluded = len(result.exclusion_rules)
    out.append(f"段落: 原文の {result.source_paragraphs} 段落のうち {result.source_paragraphs - excluded} を収録、{excluded} を除外")
    if conversion.anchors_kept:
        out.append(f"アンカー: {conversion.anchors_kept} 個はそのまま引き継ぎ、ほかは見出しの番号から作りました（例: s1-2-3）。")

    if conversion.dropped:
        out.append(f"\nノイズとして除いた行 {len(conversion.dropped)}:")
        for reason, count in Counter(d.reason for d in conversion.dropped).items():
            numbers = [str(d.line) for d in conversion.dropped if d.reason == reason]
            shown = ", ".join(numbers[:20]) + (" …" if len(numbers) > 20 else "")
            out.append(f"  {reason} {count} 行（{copy} の {shown} 行目）")
    if conversion.excluded:
        out.append(f"\n除外した段落（{result.excluded_path} の「{result.request.doc_id}:」に理由と一緒に記録）:")
        for item in conversion.excluded:
            out.append(f"  {copy}:{item.line}: {item.reason}「{_preview(item.text)}」")
    if conversion.notes:
        out.append(f"\n確認してほしい行 {len(conversion.notes)}（{copy} の行番号。原文と見比べてください）:")
        for note in sorted(conversion.notes, key=lambda n: n.line):
            out.append(f"  {copy}:{note.line}: {note.message}" + (f"「{_preview(note.text)}」" if note.text else ""))
    out.append(f"\n次に、kyodo check で確かめてください。見出しやアンカーを直したら {result.guideline_path} を編集します"
               "（文言は原文のままにしてください）。")
    return "\n".join(out)
