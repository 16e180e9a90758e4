"""rank-bm25 with a Lucene-style IDF and weighted queries.

rank-bm25's BM25Okapi gives log((N - n + 0.5) / (n + 0.5)), which is zero or negative
for a term in half or more of the documents and then replaced by a small epsilon
floor; a question containing 協働 (in most sections) could then score lower than the
same question without it. Lucene's log(1 + (N - n + 0.5) / (n + 0.5)) is always
positive, so adding a matching term never lowers a score.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
from rank_bm25 import BM25Okapi


class LuceneBM25(BM25Okapi):
    def __init__(self, corpus: Sequence[Sequence[str]], k1: float = 1.8, b: float = 0.9) -> None:
        super().__init__(list(corpus), k1=k1, b=b)
        self._doc_len = np.asarray(self.doc_len, dtype=np.float64)
        # term -> (document indexes, term frequencies): scoring touches only matching documents
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for index, frequencies in enumerate(self.doc_freqs):
            for term, count in frequencies.items():
                docs, counts = postings.setdefault(term, ([], []))
                docs.append(index)
                counts.append(count)
        self._postings = {t: (np.asarray(d), np.asarray(c, dtype=np.float64)) for t, (d, c) in postings.items()}

    def _calc_idf(self, nd: Mapping[str, int]) -> None:
        self.idf = {term: self.term_idf(freq) for term, freq in nd.items()}

    def term_idf(self, document_frequency: int) -> float:
        n = self.corpus_size
        return math.log(1.0 + (n - document_frequency + 0.5) / (document_frequency + 0.5))

    def idf_of(self, term: str) -> float:
        """IDF of any term; one never seen gets the IDF of a term in no document."""
        return self.idf.get(term) or self.term_idf(0)

    def document_share(self, term: str) -> float:
        """Share of the documents that contain the term."""
        posting = self._postings.get(term)
        return len(posting[0]) / self.corpus_size if posting is not None else 0.0

    def knows(self, term: str) -> bool:
        return term in self._postings

    def weighted_scores(self, weights: Mapping[str, float]) -> np.ndarray:
        """BM25 of every document for a query whose terms carry weights (1.0 = plain BM25)."""
        scores = np.zeros(self.corpus_size)
        if self.corpus_size == 0:
            return scores
        norm = self.k1 * (1 - self.b + self.b * self._doc_len / self.avgdl)
        for term, weight in weights.items():
            posting = self._postings.get(term)
            if posting is None or weight <= 0:
                continue
            docs, tf = posting
            scores[docs] += weight * self.idf[term] * tf * (self.k1 + 1) / (tf + norm[docs])
        return scores

    def max_term_score(self, term: str) -> float:
        """Upper bound of one term's contribution (tf → ∞), used to normalise scores."""
        return self.idf_of(term) * (self.k1 + 1)
