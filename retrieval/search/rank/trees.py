"""Boosted regression trees, evaluated with numpy: the reranker's fitted model.

The trees are fitted offline by scikit-learn (benchmarks/fit_weights.py) and stored as plain arrays in
`reranker_trees.json`, so answering needs neither scikit-learn nor a pickle. All trees are walked at once, one level
per step, over every candidate: a few dozen array operations per question however many trees there are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

TREES_FILE = Path(__file__).with_name("reranker_trees.json")
# the trees for passages of guidelines no Q&A entry cites (rerank.py says why)
UNCITED_TREES_FILE = Path(__file__).with_name("reranker_trees_uncited.json")


class TreeEnsemble:
    def __init__(self, model: dict[str, Any]) -> None:
        """`model`: "features" (names, in column order), "baseline", and per tree the node arrays "feature",
        "threshold", "left", "right", "value", "leaf" (a sample goes left when its feature is <= the threshold)."""
        self.features: tuple[str, ...] = tuple(model["features"])
        self.baseline = float(model["baseline"])
        trees = model["trees"]
        width = max((len(tree["leaf"]) for tree in trees), default=1)

        def padded(key: str, dtype: type, fill: float) -> np.ndarray:
            table = np.full((len(trees), width), fill, dtype=dtype)
            for k, tree in enumerate(trees):
                table[k, :len(tree[key])] = tree[key]
            return table

        # one flat table of every tree's nodes; a leaf leads to itself, so every walk takes `depth` steps
        offset = np.arange(len(trees))[:, None] * width
        leaf = padded("leaf", np.bool_, True)
        own = np.broadcast_to(np.arange(width), leaf.shape)
        self._feature = padded("feature", np.int64, 0).ravel()
        self._threshold = padded("threshold", np.float64, 0.0).ravel()
        self._left = (np.where(leaf, own, padded("left", np.int64, 0)) + offset).ravel()
        self._right = (np.where(leaf, own, padded("right", np.int64, 0)) + offset).ravel()
        self._value = padded("value", np.float64, 0.0).ravel()
        self._roots = offset.ravel()
        self._depth = max((int(tree.get("depth", width)) for tree in trees), default=0)

    @classmethod
    def load(cls, path: Path = TREES_FILE) -> TreeEnsemble:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def decision(self, rows: np.ndarray) -> np.ndarray:
        """The ensemble's raw score (log-odds of being relevant) for each row of features."""
        if not len(rows) or not len(self._roots):
            return np.full(len(rows), self.baseline)
        flat = np.ascontiguousarray(rows, dtype=np.float64).ravel()
        base = (np.arange(len(rows)) * rows.shape[1])[:, None]
        node = np.broadcast_to(self._roots, (len(rows), len(self._roots)))
        for _ in range(self._depth):
            goes_left = flat.take(base + self._feature.take(node)) <= self._threshold.take(node)
            node = np.where(goes_left, self._left.take(node), self._right.take(node))
        return self.baseline + self._value.take(node).sum(axis=1)
