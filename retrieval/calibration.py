"""Legitimate questions that must never be declined: `kyodo check` asks each of them.

knowledge/calibration/legitimate.txt holds questions the guidelines answer, one per line as
`expected sections|question` (e.g. `abashiri#forms-cosponsor|実行委員会で気をつけることは？`);
lines starting with # are comments. A phrase added to decline.yaml that would refuse one of
them is reported with the question's line and the phrase, before it reaches staff.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from retrieval.knowledge.problems import Problem
from retrieval.search.decline.fact_kinds import GRAMMAR_KINDS
from retrieval.search.engine import Engine

LEGITIMATE = Path("calibration") / "legitimate.txt"


@dataclass(frozen=True)
class CalibrationQuestion:
    line: int
    sections: tuple[str, ...]  # doc#section
    question: str


def read_legitimate(folder: Path) -> list[CalibrationQuestion]:
    path = Path(folder) / LEGITIMATE
    result = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        sections, _, question = line.partition("|")
        if question.strip():
            result.append(CalibrationQuestion(number, tuple(s.strip() for s in sections.split(",") if s.strip()),
                                              question.strip()))
    return result


def calibration_problems(engine: Engine, folder: Path) -> list[Problem]:
    path = Path(folder) / LEGITIMATE
    display = str(Path(Path(folder).name) / LEGITIMATE)
    if not path.exists():
        return [Problem(display, 0, "calibration/legitimate.txt（断ってはいけない正当な質問の一覧）が見つかりません。",
                        "「節|質問」の形で一行に一問書いたファイルを置いてください。", "missing-file")]
    problems = []
    for item in read_legitimate(folder):
        answer = engine.ask(item.question)
        if answer.answered:
            continue
        if answer.declined_by and answer.declined_by[1] in GRAMMAR_KINDS:
            phrase, kind = answer.declined_by
            why = f"文の形（「{phrase}」）から{kind}を尋ねる問いと判断されたためです"
            hint = "decline.yaml では直せません。断る規則（retrieval/search/decline/fact_asks/・places.py）を開発者に知らせてください。"
        elif answer.declined_by:
            phrase, kind = answer.declined_by
            why = f"decline.yaml の「{phrase}」（{kind}）に当たるためです"
            hint = f"decline.yaml の「{phrase}」を、事実を尋ねる言い方に絞るか外してください。"
        else:
            why = "指針の話題が見つからないと判断されたためです"
            hint = "glossary.yaml に職員の言い方を足すか、この問いに答える Q&A を書いてください。"
        problems.append(Problem(display, item.line, f"正当な質問「{item.question}」が断られます（{why}）。", hint,
                                "legitimate-declined"))
    return problems
