"""How the "not covered" decision splits real-looking questions; prints figures, asserts nothing.

    python benchmarks/abstain_calibration.py

knowledge/calibration/legitimate.txt holds questions the guidelines answer ("sections|question"),
tests/eval/calibration/not_covered.txt office questions they do not. Refusing a covered question is the costlier
mistake, so the engine's thresholds are set for zero refusals here first.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.calibration import read_legitimate  # noqa: E402
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR  # noqa: E402
from retrieval.search.engine import Engine  # noqa: E402

CALIBRATION = ROOT / "tests" / "eval" / "calibration"


def main() -> None:
    engine = Engine.load()
    covered = [(set(item.sections), item.question) for item in read_legitimate(DEFAULT_KNOWLEDGE_DIR)]
    not_covered = [q for q in (CALIBRATION / "not_covered.txt").read_text("utf-8").splitlines() if q.strip()]

    refused = [q for _, q in covered if not engine.ask(q).answered]
    hit3 = sum(any(f"{p.doc}#{p.section_id}" in want for p in engine.ask(q).passages) for want, q in covered)
    answered = [q for q in not_covered if engine.ask(q).answered]
    print(f"covered questions: {len(covered)}, refused {len(refused)}, expected section in top 3: {hit3 / len(covered):.3f}")
    print(f"office questions: {len(not_covered)}, answered anyway {len(answered)} ({len(answered) / len(not_covered):.0%})")
    for question in refused:
        print(f"  refused: {question}")


if __name__ == "__main__":
    main()
