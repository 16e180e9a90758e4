from __future__ import annotations

import math

import numpy as np
from rank_bm25 import BM25Okapi

from retrieval.search.rank.bm25 import LuceneBM25

CORPUS = [["協働", "委託"], ["協働", "補助"], ["協働", "後援", "後援"], ["協働"], ["評価"]]


def test_a_term_in_most_documents_still_has_positive_idf() -> None:
    index = LuceneBM25(CORPUS)
    plain = BM25Okapi(CORPUS)
    assert plain.idf["協働"] <= plain.epsilon * plain.average_idf + 1e-9 or plain.idf["協働"] < 0.2
    assert index.idf["協働"] > 0


def test_a_common_term_never_lowers_a_score() -> None:
    index = LuceneBM25(CORPUS)
    without = index.weighted_scores({"後援": 1.0})
    with_common = index.weighted_scores({"後援": 1.0, "協働": 1.0})
    assert np.all(with_common >= without)
    assert with_common[2] > without[2]


def test_weighted_scores_equal_rank_bm25_for_unit_weights() -> None:
    index = LuceneBM25(CORPUS)
    assert np.allclose(index.weighted_scores({"協働": 1.0, "後援": 1.0}), index.get_scores(["協働", "後援"]))


def test_weights_scale_a_terms_contribution() -> None:
    index = LuceneBM25(CORPUS)
    assert np.allclose(index.weighted_scores({"委託": 0.5}), 0.5 * index.weighted_scores({"委託": 1.0}))


def test_unknown_terms_score_nothing_and_count_as_rare() -> None:
    index = LuceneBM25(CORPUS)
    assert not index.weighted_scores({"旅費": 1.0}).any()
    assert not index.knows("旅費")
    assert index.idf_of("旅費") > index.idf_of("評価")


# --- what LuceneBM25 takes from rank-bm25 (pinned exactly in pyproject.toml) ------------------------
# It overrides the private _calc_idf and reads internal fields; an upgrade that changes either
# must fail here, not quietly change every ranking.


def test_init_calls_calc_idf_once_with_the_document_frequencies() -> None:
    calls: list[dict[str, int]] = []

    class Recording(LuceneBM25):
        def _calc_idf(self, nd) -> None:  # noqa: ANN001 - rank-bm25's own signature
            calls.append(dict(nd))
            super()._calc_idf(nd)

    Recording(CORPUS)
    assert calls == [{"協働": 4, "委託": 1, "補助": 1, "後援": 1, "評価": 1}]


def test_the_internal_fields_it_reads_keep_their_names_types_and_meaning() -> None:
    index = LuceneBM25(CORPUS, k1=1.8, b=0.9)
    assert index.corpus_size == 5 and isinstance(index.corpus_size, int)
    assert index.doc_len == [2, 2, 3, 1, 1] and isinstance(index.doc_len, list)
    assert index.avgdl == 9 / 5
    assert index.doc_freqs == [{"協働": 1, "委託": 1}, {"協働": 1, "補助": 1}, {"協働": 1, "後援": 2}, {"協働": 1},
                               {"評価": 1}]
    assert all(type(frequencies) is dict for frequencies in index.doc_freqs)
    assert set(index.idf) == {"協働", "委託", "補助", "後援", "評価"}
    assert (index.k1, index.b) == (1.8, 0.9)


def reference_scores(corpus: list[list[str]], weights: dict[str, float], k1: float, b: float) -> list[float]:
    """BM25 with Lucene's IDF, written out from the formula with nothing from rank-bm25."""
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    scores = []
    for document in corpus:
        score = 0.0
        for term, weight in weights.items():
            tf = document.count(term)
            df = sum(1 for d in corpus if term in d)
            if tf:
                idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
                score += weight * idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(document) / avgdl))
        scores.append(score)
    return scores


def test_scores_equal_the_formula_computed_by_hand() -> None:
    corpus = [["協働", "委託", "協働"], ["協働", "補助", "補助", "補助"], ["後援"], ["協働", "後援", "評価", "評価", "評価"],
              ["評価"], ["委託", "委託"]]
    weights = {"協働": 1.0, "評価": 0.7, "後援": 0.5, "未知": 1.0}
    for k1, b in [(1.8, 0.9), (1.2, 0.75)]:
        index = LuceneBM25(corpus, k1=k1, b=b)
        assert np.allclose(index.weighted_scores(weights), reference_scores(corpus, weights, k1, b))
        assert index.max_term_score("協働") == math.log(1 + (6 - 3 + 0.5) / 3.5) * (k1 + 1)
