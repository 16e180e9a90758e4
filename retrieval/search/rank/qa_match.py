"""Which Q&A entries a question matches, how strongly, and whether a match is evidence of its topic.

An entry is indexed by its question (twice), its phrasings and its answer. Scores are normalised so that
one threshold fits a two-word question and a Slack message alike (see `hits`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from retrieval.answer import QAHit
from retrieval.knowledge.models import QAEntry
from retrieval.search.rank.bm25 import LuceneBM25


class QAMatcher:
    def __init__(self, entries: Sequence[QAEntry], terms: Sequence[list[str]], topics: Sequence[frozenset[str]],
                 passage_index: LuceneBM25, tuning) -> None:
        """`terms`: each entry's index terms; `topics`: the words of its question, answer and cited passages."""
        self._entries = list(entries)
        self._index = LuceneBM25(terms) if entries else None
        self._position = {entry.id: i for i, entry in enumerate(self._entries)}
        self._topics = list(topics)
        self._passage_index = passage_index
        self._tuning = tuning

    def hits(self, weights: dict[str, float]) -> list[QAHit]:
        """The entries that match well enough to lift the passages they cite, best first."""
        if self._index is None:
            return []
        tuning = self._tuning
        raw = self._index.weighted_scores(weights)
        # A question made only of words every entry shares (協働, 事業) must not match them all:
        # its ceiling is at least what one distinctive term would bring.
        # Words no entry contains (the chat around a question) cannot be matched, so they do not count.
        tops = sorted((w * self._index.max_term_score(t) for t, w in weights.items() if self._index.knows(t)),
                      reverse=True)
        if tuning.qa_ceiling_terms:
            tops = tops[:tuning.qa_ceiling_terms]
        ceiling = max(sum(tops), tuning.qa_min_ceiling * self._index.max_term_score(""))
        scores = raw / ceiling
        best = float(scores.max(initial=0.0))
        hits = []
        for i in np.argsort(-scores):
            score = float(scores[i])
            if score < tuning.qa_lift_min or score < tuning.qa_relative * best:
                break
            entry = self._entries[i]
            hits.append(QAHit(entry.id, entry.question, entry.answer, score,
                              tuple((c.doc, c.section) for c in entry.citations), entry.checklists))
        return hits

    def rank(self, weights: dict[str, float], qa_id: str) -> int | None:
        """Rank of one entry among all entries (for the maintainers' self-test)."""
        if self._index is None:
            return None
        scores = self._index.weighted_scores(weights)
        order = [self._entries[i].id for i in np.argsort(-scores, kind="stable") if scores[i] > 0]
        return order.index(qa_id) + 1 if qa_id in order else None

    def _shared_terms(self, weights: dict[str, float], qa_id: str, word_of: Mapping[str, str] | None = None) -> int:
        """How many different words of the question the entry's question, answer and cited passages hold.
        Words in a tenth or more of the passages (協働, 事業, 相手) are everywhere and do not count."""
        topic = self._topics[self._position[qa_id]]
        index = self._passage_index
        shared = [term for term in weights if term in topic and index.document_share(term) < self._tuning.topic_share]
        # a word inside another shared one is that word's part (補助 of 補助金, 実行 and 委員 of 実行委員会): one word of
        # the question, not two — else one office noun the guidelines use (「補助金の実績報告書の記載例は？」) matched
        # an entry as a topic would
        shared = [term for term in shared if not any(term != other and term in other for other in shared)]
        # ... and two parts of one compound of the question (立ち上げる's 立つ, 二次's 2 and 次) are one word of it
        return len({(word_of or {}).get(term, term) for term in shared})

    def shares_topic(self, weights: dict[str, float], qa_id: str, word_of: Mapping[str, str] | None = None) -> bool:
        """The entry holds two of the question's less common words (see `qa_cover_terms`); `word_of`: a part of a
        compound -> the compound (Query.word_of)."""
        return self._shared_terms(weights, qa_id, word_of) >= self._tuning.qa_cover_terms

    def evidence(self, weights: dict[str, float], matches: list[QAHit], word_of: Mapping[str, str] | None = None
                 ) -> bool:
        """The best-matching entry shares the question's topic."""
        return bool(matches) and self.shares_topic(weights, matches[0].id, word_of)
