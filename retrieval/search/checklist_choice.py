"""Which checklists fit a question: votes from the matching Q&A entries, from the sections ranked and from the
checklists' own words."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from retrieval.answer import ChecklistRef, PassageHit, QAHit
from retrieval.knowledge.models import Checklist
from retrieval.search.analyzer import Analyzer
from retrieval.search.bm25 import LuceneBM25

MAX_CHECKLISTS = 2  # an answer offers one checklist, or two when both fit about as well


class ChecklistChooser:
    """Built once per engine; `choose` is safe from many threads (it only reads)."""

    def __init__(self, checklists: Sequence[Checklist], analyzer: Analyzer, order: float, relative: float) -> None:
        """`order`: how much less each later-listed checklist of an entry counts; `relative`: the share of the best
        vote a checklist needs to be offered at all."""
        self._checklists = {c.id: c for c in checklists}
        self._order = order
        self._relative = relative
        self._index = LuceneBM25([_terms(c, analyzer) for c in checklists]) if checklists else None
        self._of_section: dict[tuple[str, str], set[str]] = defaultdict(set)
        for checklist in checklists:
            for item in checklist.items:
                self._of_section[(item.cite.doc, item.cite.section)].add(checklist.id)

    def choose(self, hits: Sequence[PassageHit], qa_hits: Sequence[QAHit], weights: dict[str, float],
               strengths: Sequence[float] | None = None) -> list[ChecklistRef]:
        """`strengths`: how well each hit matches the question's words, on the scale of the Q&A scores (default:
        the hits' scores); a reranked hit's score is its place in the order, not a match strength."""
        if self._index is None:
            return []
        votes: dict[str, float] = defaultdict(float)
        for hit in qa_hits:
            for position, checklist_id in enumerate(hit.checklists):
                votes[checklist_id] += hit.score * self._order ** position
        for hit, strength in zip(hits, strengths if strengths is not None else [h.score for h in hits], strict=True):
            for checklist_id in self._of_section.get((hit.doc, hit.section_id), ()):
                votes[checklist_id] += 0.5 * strength / hit.rank
        raw = self._index.weighted_scores(weights)
        ceiling = sum(w * self._index.max_term_score(t) for t, w in weights.items())
        for checklist_id, score in zip(self._checklists, raw, strict=True):
            votes[checklist_id] += float(score) / ceiling if ceiling else 0.0
        best = max(votes.values(), default=0.0)
        chosen = []
        for checklist_id, score in sorted(votes.items(), key=lambda kv: -kv[1]):
            checklist = self._checklists.get(checklist_id)
            if checklist and score > 0 and score >= self._relative * best:
                chosen.append(ChecklistRef(checklist.id, checklist.title))
        return chosen[:MAX_CHECKLISTS]


def _terms(checklist: Checklist, analyzer: Analyzer) -> list[str]:
    text = " ".join([checklist.title, checklist.summary, *checklist.phrasings, *(i.text for i in checklist.items)])
    return analyzer.terms(checklist.title) * 2 + analyzer.terms(text)
