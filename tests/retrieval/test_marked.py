"""first_marked picks what a stable sort of the order would: the best marked passage that matches at all, if it stands
among the `window` best — equal scores ranked by index."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.rank.first.marked import first_marked


def _by_sorting(marked: np.ndarray, order: np.ndarray, window: int) -> int | None:
    nearest = np.argsort(-order, kind="stable")[:window]
    return next((int(i) for i in nearest if marked[i] and order[i] > 0), None)


@pytest.mark.parametrize("seed", range(200))
def test_first_marked_agrees_with_a_stable_sort(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 40))
    order = rng.integers(0, 6, n).astype(float)  # few distinct values: many ties, some zeros
    marked = rng.random(n) < 0.3
    for window in (1, 3, 10, n):
        assert first_marked(marked, order, window) == _by_sorting(marked, order, window)


def test_equal_scores_rank_by_index() -> None:
    order = np.array([2.0, 2.0, 2.0])
    assert first_marked(np.array([False, True, True]), order, window=2) == 1
    assert first_marked(np.array([False, False, True]), order, window=2) is None
    assert first_marked(np.array([True, False, False]), np.array([0.0, 1.0, 1.0]), window=3) is None  # no match
