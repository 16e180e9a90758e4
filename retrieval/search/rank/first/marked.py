"""What the kind-of-ask rules share: among the passages ranked nearest the top, the first of those a rule marks."""

from __future__ import annotations

import numpy as np


def first_marked(marked: np.ndarray, order: np.ndarray, window: int) -> int | None:
    """The best-ranked passage among the `window` best of `order` that is `marked` and matches the question at all."""
    nearest = np.argsort(-order, kind="stable")[:window]
    return next((int(i) for i in nearest if marked[i] and order[i] > 0), None)
