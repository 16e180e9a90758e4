"""The shipped knowledge keeps the answer quality the issue asks for.

A maintainer's edit to the glossary, the Q&A or out_of_scope.yaml changes every answer; this
catches one that costs quality (an alias that drags every question to one heading, an
out-of-scope word hidden inside a guideline word) before it ships. Floors, not fitted figures:
the issue's targets where it sets one, and no covered question refused anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.evaluate import evaluate, load_questions
from retrieval.search.engine import Engine

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "tests" / "eval"
DEV = SETS / "dev.yaml"  # a copy of the shared development set


@pytest.mark.parametrize(("name", "hit_at_3"), [("own.yaml", 0.85), ("holdout.yaml", 0.85), ("english.yaml", 0.80)])
def test_frozen_sets_keep_their_floor_and_refuse_no_covered_question(engine: Engine, name: str,
                                                                     hit_at_3: float) -> None:
    report = evaluate(engine, load_questions(SETS / name))
    assert report.hit_at_3 >= hit_at_3, [m.__dict__ for m in report.misses]
    refused = [m.question for m in report.misses if m.why.startswith("abstained")]
    assert len(refused) <= (1 if name == "english.yaml" else 0), refused  # english: one shares no word at all
    assert report.abstain_accuracy >= 0.85


def test_dev_set_meets_the_issue_targets(engine: Engine) -> None:
    report = evaluate(engine, load_questions(DEV))
    assert report.hit_at_1 >= 0.90 and report.hit_at_3 >= 0.95
    assert report.mrr_at_10 >= 0.92 and report.checklist_at_1 >= 0.90
    assert report.abstain_accuracy == 1.0 and report.false_abstentions == 0


def test_no_calibration_question_the_guidelines_cover_is_refused(engine: Engine) -> None:
    lines = (SETS / "calibration" / "covered.txt").read_text("utf-8").splitlines()
    refused = [q for _, _, q in (line.partition("|") for line in lines) if q and not engine.ask(q).answered]
    assert refused == []
