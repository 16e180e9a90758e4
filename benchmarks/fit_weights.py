"""Fit the engine's learned parts on the question sets already read, and write them:

- the reranker's boosted trees (retrieval/search/rank/rerank.py) to reranker_trees.json, over each question's
  candidate passages: pointwise, 1 for the passages `kyodo eval` counts as relevant;
- the trees for guidelines no Q&A entry cites to reranker_trees_uncited.json: the same rows without the Q&A
  features (rerank.UNCITED_FEATURES);
- what each source of a checklist's votes counts (retrieval/search/rank/checklist_choice.py) to fitted_weights.py:
  listwise, a softmax over the six checklists' weighted votes, minus the log of the probability given to the ones
  the set lists.

    python benchmarks/fit_weights.py            # fit, print, write
    python benchmarks/fit_weights.py --dry-run  # fit and print only
    python benchmarks/fit_weights.py --uncited-only  # fit and write only the trees for uncited guidelines

A refit moves the validation sets' hit@1 by about ±0.01 (refits on bootstrap samples of the questions spread so),
so the shipped trees are kept until a refit reads better there; `--uncited-only` adds the other trees beside them.

Only sets whose misses were read while tuning are fitted on; the sets measured by totals only (sealed3a–sealed15)
stay out, so they can still say whether the fit carries to questions nobody tuned against.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval.evaluate import is_relevant, load_questions  # noqa: E402
from retrieval.knowledge import load_knowledge  # noqa: E402
from retrieval.search.engine import Engine  # noqa: E402
from retrieval.search.rank.checklist_choice import VOTES  # noqa: E402
from retrieval.search.rank.rerank import FEATURES, UNCITED_FEATURES  # noqa: E402
from retrieval.search.rank.trees import TREES_FILE, UNCITED_TREES_FILE, TreeEnsemble  # noqa: E402
from retrieval.search.tuning import Tuning  # noqa: E402

READ_SETS = ["dev", "own", "holdout", "english"] + [f"blind/{name}" for name in (
    "slack", "scope", "scope2", "scope3", "sealed", "sealed2", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9",
    "tune10", "tune11", "tune12", "tune13", "tune14", "tune15", "tune16", "tune17", "tune18", "tune19", "tune20")]
WEIGHTS_FILE = ROOT / "retrieval" / "search" / "rank" / "fitted_weights.py"
# Unconstrained, 100 trees of 15 leaves read on the sets never read as well as 300 of 31; held monotonic (MONOTONE),
# the larger trees read better there: over five bootstrap samples of the read questions, validation (945 questions)
# hit@1 .762 -> .769, hit@3 .891 -> .903, MRR .836 -> .842, better in every sample
TREE_SETTINGS = {"max_iter": 300, "learning_rate": 0.1, "max_leaf_nodes": 31, "max_depth": 6,
                 "early_stopping": False, "random_state": 0}
# More of the question matched never makes a passage less likely to answer it: every feature but its place in its
# section and its length may only raise the score. Unconstrained, a refit's trees for uncited guidelines gave a
# passage matching 1% of what the best one matched the higher odds (a corner of the features few rows reach); the
# rest of that fault was length, which those trees no longer read (rerank.UNCITED_FEATURES).
MONOTONE = {name: 0 if name in ("position", "length") else 1 for name in FEATURES}
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
        if hits:
            found.append((features, np.array([is_relevant(hit, question.get("relevant") or []) for hit in hits],
                                             dtype=float)))
    return found


def fit_trees(data: list[Group], features: tuple[str, ...] = FEATURES) -> dict:
    """The trees fitted on `features` (a selection of FEATURES' columns) as TreeEnsemble reads them, checked to
    score as scikit-learn does."""
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError:
        raise SystemExit("scikit-learn がありません: pip install -e '.[fit]'") from None
    rows = np.vstack([x for x, _ in data])[:, [FEATURES.index(name) for name in features]]
    labels = np.concatenate([y for _, y in data])
    fitted = HistGradientBoostingClassifier(**TREE_SETTINGS, monotonic_cst=[MONOTONE[name] for name in features]).fit(
        rows, labels)
    trees = []
    for (predictor,) in fitted._predictors:  # scikit-learn keeps no public view of its trees' nodes
        nodes = predictor.nodes
        trees.append({"feature": nodes["feature_idx"].tolist(), "threshold": nodes["num_threshold"].tolist(),
                      "left": nodes["left"].tolist(), "right": nodes["right"].tolist(),
                      "value": nodes["value"].tolist(), "leaf": nodes["is_leaf"].astype(bool).tolist(),
                      "depth": int(nodes["depth"].max())})
    model = {"features": list(features), "baseline": float(np.ravel(fitted._baseline_prediction)[0]),
             "trees": trees}
    ours = TreeEnsemble(model).decision(rows)
    theirs = fitted.decision_function(rows)
    if not np.allclose(ours, theirs, atol=1e-6):
        raise SystemExit(f"the exported trees score otherwise than scikit-learn: {np.abs(ours - theirs).max()}")
    model["check"] = {"rows": rows[:: max(1, len(rows) // 20)].round(6).tolist(), "decision": []}
    model["check"]["decision"] = TreeEnsemble(model).decision(np.array(model["check"]["rows"])).tolist()
    return model


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


def _write_trees(path: Path, trees: dict) -> None:
    path.write_text(json.dumps(trees, separators=(",", ":")) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--uncited-only", action="store_true")
    args = parser.parse_args()
    # the reranker's features do not depend on its model, and there may be none yet
    engine = Engine(load_knowledge(ROOT / "knowledge"), tuning=Tuning(rerank=False))
    passages = passage_groups(engine, READ_SETS)
    uncited = fit_trees(passages, UNCITED_FEATURES)
    if args.uncited_only:
        print(f"uncited guidelines: {len(passages)} answered questions, {len(uncited['trees'])} trees")
        if not args.dry_run:
            _write_trees(UNCITED_TREES_FILE, uncited)
            print(f"written: {UNCITED_TREES_FILE.relative_to(ROOT)}")
        return
    model = fit_trees(passages)
    print(f"reranker: {len(passages)} answered questions, {sum(len(y) for _, y in passages)} candidates, "
          f"{len(model['trees'])} trees; {len(uncited['trees'])} for uncited guidelines")
    # the checklist votes read the ranked passages: rank them with the trees just fitted
    reranked = Engine(engine.knowledge, engine.analyzer, rerank_model=TreeEnsemble(model),
                      uncited_model=TreeEnsemble(uncited))
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
        f"Fitted on {len(checklists)} questions of the read sets: {', '.join(READ_SETS)}.",
        '"""',
        "",
        "CHECKLIST_VOTES: dict[str, float] = {",
        *(f'    "{name}": {weight:.4f},' for name, weight in zip(VOTES, votes, strict=True)),
        "}",
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")
    _write_trees(TREES_FILE, model)
    _write_trees(UNCITED_TREES_FILE, uncited)
    print(f"written: {', '.join(str(p.relative_to(ROOT)) for p in (WEIGHTS_FILE, TREES_FILE, UNCITED_TREES_FILE))}")


if __name__ == "__main__":
    main()
