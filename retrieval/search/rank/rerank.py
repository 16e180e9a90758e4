"""The best candidates by BM25, put in order by what a bag of words does not see.

BM25 saturates: a passage that repeats one word of a long Slack message can outscore the one whose
heading names what is asked, or whose one sentence holds every word of the ask. The reranker looks
at the top `CANDIDATES` passages again with eleven features — how much of the question (and of its
asking sentences) the heading, the whole passage and its best sentence hold, and whether the best
Q&A entry cites it — and orders them by a weighted sum. The weights are fitted, not set by hand:
`benchmarks/fit_weights.py` fits them on the read question sets and writes them to `fitted_weights.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

CANDIDATES = 40
FEATURES = (
    "combined",  # BM25 share lifted by Q&A entries, over the best candidate's
    "share",  # BM25 share alone, over the best candidate's
    "lift",  # the Q&A lift alone, over the best candidate's
    "heading",  # share of the question's weight (term weight × IDF) in the section's own heading
    "ask_heading",  # ... of the asking sentences' weight
    "path",  # ... of the question's weight in the heading path, ancestors included
    "ask_cover",  # share of the asking sentences' weight anywhere in the passage
    "cover",  # ... of the whole question's
    "sentence_cover",  # ... of the whole question's in the passage's one best sentence
    "ask_sentence_cover",  # ... of the asking sentences' in it
    "top_entry",  # 1 when the best-matching Q&A entry cites the passage's section
)
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|\n")


@dataclass(frozen=True)
class PassageWords:
    """The terms of one passage the features read, kept from indexing."""

    heading: frozenset[str]
    path: frozenset[str]
    every: frozenset[str]  # heading path and text: what BM25 indexed
    sentences_of: dict[str, tuple[int, ...]]  # each term of the text: the sentences it is in
    sentence_count: int


def passage_words(heading: Sequence[str], ancestors: Sequence[str], text_terms: Sequence[tuple[str, int]],
                  text: str) -> PassageWords:
    """`text_terms`: each term of the passage text with the offset where it begins in `text`."""
    ends = sorted({m.start() for m in _SENTENCE_END.finditer(text)} | {len(text)})
    of_sentence = [min(int(np.searchsorted(ends, begin, side="right")), len(ends) - 1) for _, begin in text_terms]
    numbered = {k: n for n, k in enumerate(sorted(set(of_sentence)))}  # sentences without a term are dropped
    sentences_of: dict[str, set[int]] = {}
    for (term, _), k in zip(text_terms, of_sentence, strict=True):
        sentences_of.setdefault(term, set()).add(numbered[k])
    return PassageWords(frozenset(heading), frozenset(heading) | frozenset(ancestors),
                        frozenset(heading) | frozenset(ancestors) | frozenset(t for t, _ in text_terms),
                        {t: tuple(sorted(k)) for t, k in sentences_of.items()}, max(len(numbered), 1))


class Reranker:
    def __init__(self, words: Sequence[PassageWords], idf: Callable[[str], float], known: Callable[[str], bool],
                 weights: Mapping[str, float]) -> None:
        self._words = list(words)
        self._idf = idf
        self._known = known
        self._weights = np.array([weights.get(name, 0.0) for name in FEATURES])

    def candidates(self, combined: np.ndarray) -> np.ndarray:
        """The passages the reranker orders: the best `CANDIDATES` with a positive score, best first."""
        positive = int(np.count_nonzero(combined > 0))
        wanted = min(positive, CANDIDATES)
        if wanted == 0:
            return np.zeros(0, dtype=np.int64)
        top = np.argpartition(-combined, wanted - 1)[:wanted] if wanted < len(combined) else np.arange(len(combined))
        top = top[combined[top] > 0]
        return top[np.argsort(-combined[top], kind="stable")]

    def features(self, candidates: np.ndarray, share: np.ndarray, combined: np.ndarray,
                 weights: Mapping[str, float], ask_weights: Mapping[str, float],
                 top_entry: np.ndarray) -> np.ndarray:
        """One row per candidate, one column per name in FEATURES. `top_entry`: for every passage, whether the
        best-matching Q&A entry cites its section."""
        whole = self._worth(weights)
        ask = self._worth(ask_weights or weights)
        rows = np.zeros((len(candidates), len(FEATURES)))
        if not len(candidates):
            return rows
        lift = combined - share
        for column, values in enumerate((combined, share, lift)):
            best = float(values[candidates].max())
            rows[:, column] = values[candidates] / best if best > 0 else 0.0
        for row, i in enumerate(candidates):
            words = self._words[int(i)]
            rows[row, 3] = _held(whole, words.heading)
            rows[row, 4] = _held(ask, words.heading)
            rows[row, 5] = _held(whole, words.path)
            rows[row, 6] = _held(ask, words.every)
            rows[row, 7] = _held(whole, words.every)
            rows[row, 8] = _best_sentence(whole, words)
            rows[row, 9] = _best_sentence(ask, words)
            rows[row, 10] = float(top_entry[int(i)])
        return rows

    def scores(self, features: np.ndarray) -> np.ndarray:
        return features @ self._weights

    def _worth(self, weights: Mapping[str, float]) -> tuple[dict[str, float], float]:
        worth = {t: w * self._idf(t) for t, w in weights.items() if self._known(t)}
        return worth, sum(worth.values())


def _best_sentence(worth: tuple[dict[str, float], float], words: PassageWords) -> float:
    values, total = worth
    if not total:
        return 0.0
    sums = [0.0] * words.sentence_count
    for term, value in values.items():
        for k in words.sentences_of.get(term, ()):
            sums[k] += value
    return max(sums) / total


def _held(worth: tuple[dict[str, float], float], terms: frozenset[str]) -> float:
    values, total = worth
    return sum(v for t, v in values.items() if t in terms) / total if total else 0.0
