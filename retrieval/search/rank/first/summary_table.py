"""The detailed passage before the summary table that restates it: 北九州市 ends with 「…（一覧表）」, one line for each
item its sections set out above, and a question about one item (「コーディネーターの育成はどう考えている？」) matches
the table's short line on the same words as the section — often better, since the table is all such words. The
table lists; the section says what is meant. So when a summary table would go first, the best passage of the same
guideline outside it, among those ranked nearest the top, goes first instead."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from retrieval.search.rank.first.marked import first_marked

SUMMARY_HEADING = re.compile(r"一覧")


class SummaryTables:
    """Which passages are a summary table's, and which goes first instead of one."""

    def __init__(self, paths: Sequence[Sequence[str]], docs: np.ndarray, window: int) -> None:
        """`paths`: each passage's headings from the top down; `docs`: each passage's guideline id."""
        self._summary = np.array([any(SUMMARY_HEADING.search(h) for h in path) for path in paths], dtype=bool)
        self._docs = docs
        self._window = window

    def first(self, order: np.ndarray, window: int | None = None) -> int | None:
        top = int(np.argmax(order))
        if not self._summary[top]:
            return None
        return first_marked(~self._summary & (self._docs == self._docs[top]), order, window or self._window)
