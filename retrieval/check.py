"""`kyodo check`: validate the knowledge folder, compare each guideline with its source text, then check
that search can find what the folder holds."""

from __future__ import annotations

from pathlib import Path

from retrieval.knowledge import validate_knowledge
from retrieval.knowledge.completeness import completeness_problems
from retrieval.knowledge.models import Knowledge
from retrieval.knowledge.problems import Problem
from retrieval.knowledge.yaml_lines import load_located

QA_RANK_LIMIT = 3


def check_knowledge(folder: Path, selftest: bool = True) -> tuple[dict[str, int], list[Problem]]:
    knowledge, problems = validate_knowledge(folder)
    if knowledge is None:
        return {}, problems
    # Quoted passages must be the source's wording: compare each guideline with its source text.
    problems = problems + completeness_problems(Path(folder), knowledge.guidelines)
    summary = {
        "文書": len(knowledge.guidelines),
        "節": sum(len(g.sections) for g in knowledge.guidelines),
        "チェックリスト": len(knowledge.checklists),
        "Q&A": len(knowledge.qa),
        "用語": len(knowledge.glossary),
    }
    if selftest and not problems and knowledge.guidelines:
        problems = selftest_problems(knowledge, Path(folder))
    return summary, problems


def selftest_problems(knowledge: Knowledge, folder: Path) -> list[Problem]:
    """Every Q&A phrasing finds its entry in the top 3; every checklist is reachable by its own words."""
    from retrieval.calibration import calibration_problems
    from retrieval.search.engine import Engine

    engine = Engine(knowledge)
    problems: list[Problem] = calibration_problems(engine, folder)
    for entry in knowledge.qa:
        located = _located(folder.parent / entry.file)
        asked = [("question", entry.question, located.line("question") if located else 0)]
        asked += [(f"phrasings {i + 1}", p, located.line("phrasings", i) if located else 0)
                  for i, p in enumerate(entry.phrasings)]
        for label, text, line in asked:
            rank = engine.qa_rank(text, entry.id)
            if rank is None or rank > QA_RANK_LIMIT:
                where = f"{rank} 位" if rank else "圏外"
                problems.append(Problem(
                    entry.file, line, f"{label}「{text}」で検索すると、この Q&A が {where}です（{QA_RANK_LIMIT} 位以内が必要）。",
                    "言い回しを question/answer の言葉に近づけるか、似た Q&A と内容を分けてください。", "qa-unreachable"))
    for checklist in knowledge.checklists:
        located = _located(folder.parent / checklist.file)
        asked = [("title", checklist.title, located.line("title") if located else 0)]
        asked += [(f"phrasings {i + 1}", p, located.line("phrasings", i) if located else 0)
                  for i, p in enumerate(checklist.phrasings)]
        reached = False
        for _, text, _ in asked:
            answer = engine.ask(text)
            if any(c.id == checklist.id for c in answer.checklists):
                reached = True
                break
        if not reached:
            problems.append(Problem(
                checklist.file, asked[0][2], f"チェックリスト「{checklist.title}」はどの言い方で検索しても表示されません。",
                "phrasings に職員が使う言い方を足すか、items の出典（cite）を見直してください。", "checklist-unreachable"))
    return problems


def _located(path: Path):
    try:
        return load_located(path.read_text(encoding="utf-8"))
    except Exception:  # the loader already reported this file's problems
        return None
