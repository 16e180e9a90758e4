from __future__ import annotations

import numpy as np
from rank_bm25 import BM25Okapi

from retrieval.search.bm25 import LuceneBM25

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
