"""The shipped knowledge keeps the answer quality the issues ask for.

A maintainer's edit to the glossary, the Q&A or decline.yaml changes every answer; this catches
one that costs quality (an alias that drags every question to one heading, a decline phrase that
refuses a legitimate question) before it ships. Floors, not fitted figures: the issues' targets
where they set one, and no covered question refused anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.calibration import calibration_problems
from retrieval.evaluate import evaluate, load_questions
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from retrieval.search.engine import Engine

SETS = Path(__file__).resolve().parents[1] / "eval"

# set, hit@3 floor, covered questions refused at most, share of decline questions declined at least
FLOORS = [
    ("own.yaml", 0.85, 0, 0.85),
    ("holdout.yaml", 0.85, 0, 0.85),
    ("english.yaml", 0.80, 1, 0.75),  # english: one question shares no word at all with the guidelines
    ("blind/slack.yaml", 0.85, 0, None),  # issue 11: Slack messages with a situation, hit@3 ≥ .85
    ("blind/scope.yaml", 0.75, 1, 0.90),  # issue 11: ≤ 1 legitimate question refused, ≥ 90% declined
    # the sixth session's sets (60 and 40 Slack messages; English and paraphrases): hit@3 .867 at their first run,
    # .900 and .911 fitted; none refused
    ("blind/tune15.yaml", 0.85, 0, None),
    ("blind/tune16.yaml", 0.85, 0, None),
]


@pytest.mark.parametrize(("name", "hit_at_3", "refused", "declined"), FLOORS)
def test_frozen_sets_keep_their_floor(engine: Engine, name: str, hit_at_3: float, refused: int,
                                      declined: float | None) -> None:
    report = evaluate(engine, load_questions(SETS / name))
    assert report.hit_at_3 >= hit_at_3, [m.__dict__ for m in report.misses]
    assert report.false_abstentions <= refused, [m.question for m in report.misses if m.why.startswith("abstained")]
    if declined is not None:
        assert report.abstain_accuracy >= declined, [m.question for m in report.misses if m.why.startswith("answered")]


def test_dev_set_meets_the_issue_targets(engine: Engine) -> None:
    report = evaluate(engine, load_questions(SETS / "dev.yaml"))
    # hit@1 was 20/22 before the reviewable knowledge of issue 11; 19/22 now (「評価はどうやるの」 ranks
    # Osaka's next steps, which list evaluation among them, above Kodaira's principle)
    assert report.hit_at_1 >= 0.86 and report.hit_at_3 >= 0.95
    assert report.mrr_at_10 >= 0.92 and report.checklist_at_1 >= 0.90
    assert report.abstain_accuracy == 1.0 and report.false_abstentions == 0


def test_no_legitimate_calibration_question_is_declined(engine: Engine) -> None:
    assert calibration_problems(engine, DEFAULT_KNOWLEDGE_DIR) == []


def test_the_reranker_keeps_hard_slack_messages_above_plain_bm25(engine: Engine) -> None:
    # tune12 (50 Slack messages whose situation says more than their ask): hit@1 0.429 by BM25 and the Q&A lift
    # alone, 0.514 with the linear reranker, 0.629 with the boosted trees; it is among the sets they were fitted on
    report = evaluate(engine, load_questions(SETS / "blind" / "tune12.yaml"))
    assert report.hit_at_1 >= 0.58 and report.hit_at_3 >= 0.80
