"""Read knowledge/guidelines/*.md: one guideline per file, its id the file name."""

from __future__ import annotations

from retrieval.knowledge.guideline_format import parse_guideline
from retrieval.knowledge.models import Guideline
from retrieval.knowledge.reader import Reader


def read_guidelines(reader: Reader) -> list[Guideline]:
    folder = reader.root / "guidelines"
    result: list[Guideline] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.md")):
        display = reader.rel(path)
        guideline, problems = parse_guideline(path, display)
        reader.problems.extend(problems)
        if guideline is None:
            continue
        if guideline.id != path.stem:
            reader.add(display, 2, f"id「{guideline.id}」がファイル名「{path.stem}」と違います。",
                       f"id を {path.stem} にするか、ファイル名を {guideline.id}.md にしてください。", "id-mismatch")
        if guideline.id in seen:
            reader.add(display, 2, f"文書 id「{guideline.id}」が {seen[guideline.id]} と重複しています。",
                       "別の id にしてください。", "duplicate-id")
            continue
        seen[guideline.id] = display
        result.append(guideline)
    if not result:
        reader.add(reader.rel(folder), 0, "指針ファイル（guidelines/*.md）が一つもありません。",
                   "guidelines/ に指針の Markdown を置いてください。", "no-guidelines")
    return result
