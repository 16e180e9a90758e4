"""Fit the engine's two learned weightings on the question sets already read, and write them to
retrieval/search/rank/fitted_weights.py:

- RERANK: the reranker's feature weights (retrieval/search/rank/rerank.py), over each question's candidate passages;
- CHECKLIST_VOTES: what each source of a checklist's votes counts (retrieval/search/rank/checklist_choice.py), over
  the six checklists.

    python benchmarks/fit_weights.py            # fit, print, write
    python benchmarks/fit_weights.py --dry-run  # fit and print only

Both fits are listwise: per question, a softmax over the candidates' weighted feature sums, and the loss is minus
the log of the probability given to the right ones (the passages `kyodo eval` counts as relevant; the checklists
the set lists). Only sets whose misses were read while tuning are fitted on; the sets measured by totals only
(sealed3a–sealed12) stay out, so they can still say whether the weights carry to questions nobody tuned against.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval.evaluate import is_relevant, load_questions  # noqa: E402
from retrieval.search.engine import Engine  # noqa: E402
from retrieval.search.rank.checklist_choice import VOTES  # noqa: E402
from retrieval.search.rank.rerank import FEATURES  # noqa: E402

READ_SETS = ["dev", "own", "holdout", "english"] + [f"blind/{name}" for name in (
    "slack", "scope", "scope2", "scope3", "sealed", "sealed2", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9",
    "tune10", "tune11", "tune12")]
WEIGHTS_FILE = ROOT / "retrieval" / "search" / "rank" / "fitted_weights.py"
Group = tuple[np.ndarray, np.ndarray]  # (feature rows, 1.0 for the right ones)


def _answerable(sets: list[str]):
    for name in sets:
        for question in load_questions(ROOT / "tests" / "eval" / f"{name}.yaml"):
            if not question.get("abstain"):
                yield question


def passage_groups(engine: Engine, sets: list[str]) -> list[Group]:
    found = []
    for question in _answerable(sets):
        hits, features = engine.rerank_features(str(question["question"]))
        relevant = np.array([is_relevant(hit, question.get("relevant") or []) for hit in hits], dtype=float)
        if 0 < relevant.sum() < len(relevant):
            found.append((features, relevant))
    return found


def checklist_groups(engine: Engine, sets: list[str]) -> list[Group]:
    found = []
    for question in _answerable(sets):
        if not question.get("checklist"):
            continue
        ids, votes = engine.checklist_votes(str(question["question"]))
        right = np.array([checklist_id in question["checklist"] for checklist_id in ids], dtype=float)
        if 0 < right.sum() < len(right):
            found.append((votes, right))
    return found


def fit(data: list[Group], l2: float = 1e-3, steps: int = 400, rate: float = 0.3) -> tuple[np.ndarray, float]:
    """Weights on the raw features, and the final mean loss."""
    stacked = np.vstack([x for x, _ in data])
    mean, spread = stacked.mean(axis=0), stacked.std(axis=0) + 1e-9
    scaled = [((x - mean) / spread, y) for x, y in data]
    weights = np.zeros(stacked.shape[1])
    loss = 0.0
    for _ in range(steps):
        gradient = np.zeros_like(weights)
        loss = 0.0
        for x, y in scaled:
            z = x @ weights
            p = np.exp(z - z.max())
            p /= p.sum()
            held = float((p * y).sum())
            loss -= np.log(held)
            gradient += x.T @ (p - p * y / held)
        gradient = gradient / len(scaled) + l2 * weights
        loss /= len(scaled)
        weights -= rate * gradient
    return weights / spread, loss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    engine = Engine.load(ROOT / "knowledge")  # the reranker's features do not depend on its weights
    passages = passage_groups(engine, READ_SETS)
    rerank, loss = fit(passages)
    print(f"reranker: {len(passages)} questions with relevant and other candidates; mean loss {loss:.4f}")
    for name, weight in zip(FEATURES, rerank, strict=True):
        print(f"  {name:20} {weight:+.4f}")
    # the checklist votes read the ranked passages: rank them with the weights just fitted
    reranked = Engine(engine.knowledge, engine.analyzer, rerank_weights=dict(zip(FEATURES, rerank, strict=True)))
    checklists = checklist_groups(reranked, READ_SETS)
    votes, loss = fit(checklists)
    votes = votes / votes[0]  # on the scale of a Q&A entry's score
    print(f"checklist votes: {len(checklists)} questions with a checklist; mean loss {loss:.4f}")
    for name, weight in zip(VOTES, votes, strict=True):
        print(f"  {name:20} {weight:+.4f}")
    if args.dry_run:
        return
    lines = [
        '"""Written by benchmarks/fit_weights.py: do not edit by hand, run it again.',
        "",
        f"Fitted on the read sets: {', '.join(READ_SETS)}; {len(passages)} questions for the reranker,",
        f"{len(checklists)} for the checklist votes.",
        '"""',
        "",
        "RERANK: dict[str, float] = {",
        *(f'    "{name}": {weight:.4f},' for name, weight in zip(FEATURES, rerank, strict=True)),
        "}",
        "CHECKLIST_VOTES: dict[str, float] = {",
        *(f'    "{name}": {weight:.4f},' for name, weight in zip(VOTES, votes, strict=True)),
        "}",
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")
    print(f"written: {WEIGHTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
