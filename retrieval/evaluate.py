"""Score the engine on a question set in the format of shared/eval/dev.yaml.

A passage is relevant when its text — with its section heading path, as staff see it —
contains any of the question's `relevant` phrases after NFKC with all white space removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from retrieval.answer import Answer, PassageHit
from retrieval.search.engine import Engine

DEPTH = 10


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@dataclass
class Miss:
    id: str
    question: str
    why: str
    top: list[str]


@dataclass
class Report:
    questions: int = 0
    answerable: int = 0
    hit_at_1: float = 0.0
    hit_at_3: float = 0.0
    mrr_at_10: float = 0.0
    checklist_questions: int = 0
    checklist_at_1: float = 0.0
    abstain_questions: int = 0
    abstain_accuracy: float = 0.0
    false_abstentions: int = 0
    misses: list[Miss] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def load_questions(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of questions")
    return data


def is_relevant(hit: PassageHit, phrases: list[str]) -> bool:
    text = _flat(hit.section_label + hit.text)
    return any(_flat(p) in text for p in phrases)


def evaluate(engine: Engine, questions: list[dict[str, Any]]) -> Report:
    report = Report(questions=len(questions))
    hits1 = hits3 = reciprocal = checklist_hits = abstain_right = 0.0
    for item in questions:
        answer: Answer = engine.ask(str(item["question"]), top=DEPTH)
        top = [f"{p.doc}#{p.section_id}" for p in answer.passages[:3]]
        if item.get("abstain"):
            report.abstain_questions += 1
            if not answer.answered:
                abstain_right += 1
            else:
                report.misses.append(Miss(item["id"], item["question"], "answered an off-topic question", top))
            continue
        report.answerable += 1
        if not answer.answered:
            report.false_abstentions += 1
            report.misses.append(Miss(item["id"], item["question"], "abstained on a covered question", []))
        rank = next((p.rank for p in answer.passages if is_relevant(p, item.get("relevant") or [])), None)
        if rank == 1:
            hits1 += 1
        if rank is not None and rank <= 3:
            hits3 += 1
        elif answer.answered:
            report.misses.append(Miss(item["id"], item["question"], f"first relevant passage at rank {rank}", top))
        reciprocal += 1 / rank if rank else 0.0
        expected = item.get("checklist")
        if expected:
            report.checklist_questions += 1
            if answer.checklists and answer.checklists[0].id in expected:
                checklist_hits += 1
            else:
                got = answer.checklists[0].id if answer.checklists else None
                report.misses.append(Miss(item["id"], item["question"], f"checklist {got}, expected {expected}", []))
    n = report.answerable or 1
    report.hit_at_1 = round(hits1 / n, 3)
    report.hit_at_3 = round(hits3 / n, 3)
    report.mrr_at_10 = round(reciprocal / n, 3)
    report.checklist_at_1 = round(checklist_hits / (report.checklist_questions or 1), 3)
    report.abstain_accuracy = round(abstain_right / (report.abstain_questions or 1), 3)
    return report
