"""Which checklists fit a question: votes from the matching Q&A entries, from the sections ranked and from the
checklists' own words."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from retrieval.answer import ChecklistRef, PassageHit, QAHit
from retrieval.knowledge.models import Checklist
from retrieval.search.question.analyzer import Analyzer
from retrieval.search.rank.bm25 import LuceneBM25

MAX_CHECKLISTS = 2  # an answer offers one checklist, or two when both fit about as well
VOTES = ("entries", "sections", "words")  # where a checklist's votes come from (see `ChecklistChooser.votes`)


class ChecklistChooser:
    """Built once per engine; `choose` is safe from many threads (it only reads)."""

    def __init__(self, checklists: Sequence[Checklist], analyzer: Analyzer, order: float, relative: float,
                 vote_weights: dict[str, float] | None = None) -> None:
        """`order`: how much less each later-listed checklist of an entry counts; `relative`: the share of the best
        vote a checklist needs to be offered at all; `vote_weights`: what each source of votes (VOTES) counts."""
        self._checklists = {c.id: c for c in checklists}
        self._order = order
        self._relative = relative
        self._vote_weights = np.array([(vote_weights or {}).get(source, 1.0) for source in VOTES])
        self._index = LuceneBM25([_terms(c, analyzer) for c in checklists]) if checklists else None
        self._of_section: dict[tuple[str, str], set[str]] = defaultdict(set)
        for checklist in checklists:
            for item in checklist.items:
                self._of_section[(item.cite.doc, item.cite.section)].add(checklist.id)

    def choose(self, hits: Sequence[PassageHit], qa_hits: Sequence[QAHit], weights: dict[str, float],
               strengths: Sequence[float] | None = None) -> list[ChecklistRef]:
        """`strengths`: how well each hit matches the question's words, on the scale of the Q&A scores (default:
        the hits' scores); a reranked hit's score is its place in the order, not a match strength."""
        ids, votes = self.votes(hits, qa_hits, weights, strengths)
        totals = votes @ self._vote_weights if len(ids) else np.zeros(0)
        best = float(totals.max(initial=0.0))
        chosen = []
        for k in np.argsort(-totals, kind="stable"):
            if totals[k] > 0 and totals[k] >= self._relative * best:
                checklist = self._checklists[ids[k]]
                chosen.append(ChecklistRef(checklist.id, checklist.title))
        return chosen[:MAX_CHECKLISTS]

    def votes(self, hits: Sequence[PassageHit], qa_hits: Sequence[QAHit], weights: dict[str, float],
              strengths: Sequence[float] | None = None) -> tuple[list[str], np.ndarray]:
        """Every checklist's votes, one column per source in VOTES: the Q&A entries that list it (an entry's
        score, less for each later place in its list), the ranked sections its items cite (their strength over
        their rank) and its own words (title, summary, phrasings, items) matching the question's."""
        if self._index is None:
            return [], np.zeros((0, len(VOTES)))
        ids = list(self._checklists)
        row = {checklist_id: k for k, checklist_id in enumerate(ids)}
        votes = np.zeros((len(ids), len(VOTES)))
        for hit in qa_hits:
            for position, checklist_id in enumerate(hit.checklists):
                if checklist_id in row:
                    votes[row[checklist_id], 0] += hit.score * self._order ** position
        for hit, strength in zip(hits, strengths if strengths is not None else [h.score for h in hits], strict=True):
            for checklist_id in self._of_section.get((hit.doc, hit.section_id), ()):
                votes[row[checklist_id], 1] += 0.5 * strength / hit.rank
        ceiling = sum(w * self._index.max_term_score(t) for t, w in weights.items())
        if ceiling:
            votes[:, 2] = self._index.weighted_scores(weights) / ceiling
        return ids, votes


def asked_first(weights: dict[str, float], ask_weights: dict[str, float], situation: float) -> dict[str, float]:
    """The question's words for choosing a checklist: those of its situation at `situation` times their weight, those
    of its ask in full (Tuning.checklist_situation)."""
    chosen = {term: situation * weight for term, weight in weights.items()}
    for term, weight in ask_weights.items():
        chosen[term] = max(chosen.get(term, 0.0), weight)
    return chosen


def _terms(checklist: Checklist, analyzer: Analyzer) -> list[str]:
    text = " ".join([checklist.title, checklist.summary, *checklist.phrasings, *(i.text for i in checklist.items)])
    return analyzer.terms(checklist.title) * 2 + analyzer.terms(text)
