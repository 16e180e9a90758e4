"""Question → Answer: passages, Q&A entries and checklists, or an honest "not covered"."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retrieval.answer import Answer, Comparison, DocumentPassage, PassageHit, QAHit
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from retrieval.knowledge.models import Guideline, Knowledge
from retrieval.search.decline.coverage import Coverage, DeclinePhrases, KyodoCompounds
from retrieval.search.decline.fact_asks.dates import years_written
from retrieval.search.decline.topic_evidence import TopicEvidence
from retrieval.search.question.aliases import AliasLists, english_stand_ins
from retrieval.search.question.analyzer import Analyzer, normalize_text, offsets_fit, shared_analyzer
from retrieval.search.question.asking import asks_where_to_begin
from retrieval.search.question.cleaning import CleanQuestion, clean_question, wording_key
from retrieval.search.question.english_words import EnglishWords
from retrieval.search.question.query import Query, TermWeights, build_query, guideline_cited
from retrieval.search.question.stop_words import courtesy_of
from retrieval.search.rank.bm25 import LuceneBM25
from retrieval.search.rank.checklist_choice import ChecklistChooser, asked_first
from retrieval.search.rank.first import FirstChoice, FirstRules
from retrieval.search.rank.fitted_weights import CHECKLIST_VOTES
from retrieval.search.rank.passages import Passage, passages_of
from retrieval.search.rank.qa_match import QAMatcher
from retrieval.search.rank.rerank import PassageWords, Reranker, passage_words
from retrieval.search.rank.snippet import snippet_from_spans
from retrieval.search.rank.trees import UNCITED_TREES_FILE, TreeEnsemble
from retrieval.search.tuning import Tuning


def _places_in_section(passages: list[Passage]) -> list[int]:
    seen: dict[tuple[str, str], int] = defaultdict(int)
    places = []
    for passage in passages:
        key = (passage.doc, passage.section.id)
        places.append(seen[key])
        seen[key] += 1
    return places


@dataclass(frozen=True)
class _Scored:
    """A question scored against every passage: what both an answer and a comparison start from."""

    cleaned: CleanQuestion
    query: Query | None  # None when nothing searchable was asked
    share: np.ndarray  # each passage's BM25 score as a share of the most the question could score
    combined: np.ndarray  # ... lifted by the Q&A entries that match and cite it
    qa_matches: list[QAHit]
    coverage: Coverage
    named: set[str]  # guidelines the question names

    @property
    def answered(self) -> bool:
        """Something searchable was asked and the guidelines cover it."""
        return self.query is not None and bool(self.coverage)

    @property
    def courtesy(self) -> str:
        """Of a message that asked nothing, "thanks" or "greeting" if that is what it was; else ""."""
        return courtesy_of(normalize_text(self.cleaned.text)) if self.query is None else ""


class Engine:
    """Built once per process from the knowledge folder; `ask` is safe from many threads."""

    home: str | None = None  # the asker's own guideline (KYODO_HOME): first where it treats the question

    def __init__(self, knowledge: Knowledge, analyzer: Analyzer | None = None, tuning: Tuning | None = None,
                 rerank_model: TreeEnsemble | None = None, uncited_model: TreeEnsemble | None = None) -> None:
        """`rerank_model`, `uncited_model`: the reranker's trees when not the fitted ones (reranker_trees.json,
        reranker_trees_uncited.json), as while fitting."""
        self.knowledge = knowledge
        self.analyzer = analyzer or shared_analyzer()
        self.tuning = tuning or Tuning()
        self.passages: list[Passage] = [p for g in knowledge.guidelines for p in passages_of(g)]
        # where each term stands in each passage, kept from indexing so that an excerpt needs no analysis
        self._vocabulary: dict[str, int] = {}
        self._passage_spans: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self._passage_words: list[PassageWords] = []
        self._passage_index = LuceneBM25([self._passage_terms(p, k) for p, k in zip(
            self.passages, _places_in_section(self.passages), strict=True)])
        rerank = self.tuning.rerank
        self._reranker = Reranker(self._passage_words, self._passage_index.idf_of, self._passage_index.knows,
                                  (rerank_model or TreeEnsemble.load()) if rerank else None,
                                  (uncited_model or TreeEnsemble.load(UNCITED_TREES_FILE)) if rerank else None)
        cited = {citation.doc for entry in knowledge.qa for citation in entry.citations}
        self._uncited = np.array([p.doc not in cited for p in self.passages], dtype=bool)
        self._checklists = ChecklistChooser(knowledge.checklists, self.analyzer, self.tuning.checklist_order,
                                            self.tuning.checklist_relative,
                                            CHECKLIST_VOTES if self.tuning.fitted_checklist_votes else None)
        self._passages_of_section: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, passage in enumerate(self.passages):
            self._passages_of_section[(passage.doc, passage.section.id)].append(i)
        self._passage_doc = np.array([p.doc for p in self.passages])
        self._first_rules = FirstRules(self.passages, self._passages_of_section, self._passage_doc,
                                       [(g.id, s.id, s.heading) for g in knowledge.guidelines for s in g.sections],
                                       self.tuning.first_window, self.tuning.saying_alike,
                                       self.tuning.english_first_window)
        names = [[n for n in {g.id, g.issuer, g.issuer.removesuffix("市").removesuffix("県")} if len(n) >= 2]
                 for g in knowledge.guidelines]
        self._document_names = AliasLists(names)
        self._guideline_cited = guideline_cited(g.issuer for g in knowledge.guidelines)
        # the terms of the names that find a guideline (小平市, 小平): a question naming it is not asking about them
        self._name_terms_of = {g.id: frozenset(t.term for name in names[i] for t in self.analyzer.word_tokens(name))
                               for i, g in enumerate(knowledge.guidelines)}
        self._qa = QAMatcher(knowledge.qa, [self._qa_terms(q) for q in knowledge.qa],
                             [self._topic_terms(q) for q in knowledge.qa], self._passage_index, self.tuning)
        self._glossary = AliasLists([e.aliases for e in knowledge.glossary], self.analyzer,
                                    english_stand_ins(knowledge.glossary), spread=self.tuning.alias_spread)
        self._glossary_tokens = [[t for term in e.terms for t in self.analyzer.word_tokens(term)]
                                 for e in knowledge.glossary]
        self._asked_as_written = {wording_key(t) for q in knowledge.qa for t in (q.question, *q.phrasings)}
        self._decline = DeclinePhrases(knowledge.decline, self.analyzer,
                                       [name for g in knowledge.guidelines for name in (g.issuer, g.id)])
        # read as a word inside a sentence (word_tokens): alone, Sudachi cuts 対等 into 対 + 等
        # a compound subject counts whole (役割分担): its parts alone name other things (病院と診療所の役割)
        self._subjects = frozenset(t.term for word in knowledge.subjects for t in self.analyzer.word_tokens(word)
                                   if not t.part)
        self._kyodo_compounds = KyodoCompounds(
            [s.heading + "\n" + s.text for g in knowledge.guidelines for s in g.sections]
            + [t for q in knowledge.qa for t in (q.question, q.answer, *q.phrasings)], self.analyzer)
        self._term_weights = TermWeights(self.tuning.part_weight, self.tuning.predicate_weight,
                                         self.tuning.expansion_weight)
        self._english_words = EnglishWords(self.analyzer)
        self._evidence = TopicEvidence(
            self.tuning, decline=self._decline, compounds=self._kyodo_compounds, subjects=self._subjects, qa=self._qa,
            passage_index=self._passage_index, asked_as_written=self._asked_as_written, query=self.query,
            shares=self._shares, texts=[p.text for p in self.passages], docs=self._passage_doc,
            issued={g.id: years[0] for g in knowledge.guidelines if (years := years_written(g.date))})

    @classmethod
    def load(cls, knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR) -> Engine:
        """The engine for a knowledge folder, from the on-disk cache when it holds this exact build."""
        from retrieval.search.engine_cache import load_engine

        return load_engine(knowledge_dir)

    # --- index documents -----------------------------------------------------------------
    def _passage_terms(self, passage: Passage, position: int) -> list[str]:
        # The section's own heading says what the passage is about; ancestors only frame it
        # (every chiba passage sits under the same chapter title).
        heading_terms = self.analyzer.terms(passage.section.heading)
        heading = heading_terms * self.tuning.heading_repeat
        ancestors = self.analyzer.terms(" ".join(passage.section.path[:-1]))
        tokens = self.analyzer.tokens(passage.text)
        located = tokens if offsets_fit(passage.text) else []
        self._passage_spans.append((
            np.array([self._vocabulary.setdefault(t.term, len(self._vocabulary)) for t in located], dtype=np.int32),
            np.array([t.begin for t in located], dtype=np.int32),
            np.array([t.end for t in located], dtype=np.int32),
        ))
        terms = heading + ancestors + [t.term for t in tokens]
        self._passage_words.append(passage_words(heading_terms, ancestors, [(t.term, t.begin) for t in tokens],
                                                 normalize_text(passage.text), position, len(terms),
                                                 normalize_text(" ".join(passage.section.path))))
        return terms

    def _qa_terms(self, entry) -> list[str]:
        terms = self.analyzer.terms(entry.question) * self.tuning.qa_question_repeat
        for phrasing in entry.phrasings:
            terms += self.analyzer.terms(phrasing)
        return terms + self.analyzer.terms(entry.answer)

    def _topic_terms(self, entry) -> frozenset[str]:
        terms = set(self.analyzer.terms(entry.question)) | set(self.analyzer.terms(entry.answer))
        for citation in entry.citations:
            for i in self._passages_of_section.get((citation.doc, citation.section), []):
                terms.update(self._passage_index.doc_freqs[i])
        return frozenset(terms)

    # --- the question ----------------------------------------------------------------------
    def query(self, question: str) -> Query:
        return build_query(question, self.analyzer, self._glossary, self._glossary_tokens, self._term_weights,
                           self._guideline_cited)

    def query_weights(self, question: str) -> dict[str, float]:
        return self.query(question).weights

    def ask(self, question: str, top: int = 3) -> Answer:
        scored = self._score(question)
        cleaned = scored.cleaned
        if scored.query is None:
            return Answer(cleaned.text, False, (), (), (), truncated=cleaned.truncated, empty=True,
                          courtesy=scored.courtesy)
        coverage = scored.coverage
        if not coverage:
            found = (coverage.found.phrase, coverage.found.kind.kind) if coverage.found else None
            return Answer(cleaned.text, False, (), (), (), truncated=cleaned.truncated, reason=coverage.reason,
                          declined_by=found, declined_why=coverage.why)
        hits, strengths = self._ranked_hits(scored, top)
        qa_hits = self._shown_entries(scored)
        checklists = self._checklists.choose(hits, qa_hits, self._checklist_words(scored.query), strengths)
        return Answer(cleaned.text, True, tuple(hits), tuple(qa_hits[:top]), tuple(checklists),
                      truncated=cleaned.truncated, reason=coverage.reason,
                      direct_answer=bool(qa_hits) and qa_hits[0].score >= self.tuning.qa_direct,
                      reading_path=asks_where_to_begin(scored.query.text))

    def _ranked_hits(self, scored: _Scored, top: int) -> tuple[list[PassageHit], list[float]]:
        """The answer's passages, best first — the reranked order, a named guideline's passages first, or else the
        home guideline's best one when it treats the question — and how well each matches the question's words
        (its `combined`): a hit's score is its place in the order, and the checklist votes need the match."""
        combined = scored.combined
        order, first = self._order(scored)
        priority = order.copy()
        named = scored.named
        if named and len(named) < len(self.knowledge.guidelines):
            # 「大阪市の指針だと…」: the asker wants that document's wording first, even where
            # another guideline matches the words better.
            priority[np.isin(self._passage_doc, list(named)) & (order > 0)] += order.max()
        elif self.home is not None:
            # The asker's own city first, when its guideline treats the question — never a home
            # passage that does not, above one that does.
            best = self._best_treating(self.home, order, scored)
            if best is not None and combined[best] >= self.tuning.home_relative * combined.max():
                priority[best] = priority.max() + 1.0
        ranked = self._best_per_section(priority, top)
        return ([self._hit(rank, i, float(priority[i]), scored, first) for rank, i in enumerate(ranked, start=1)],
                [float(combined[i]) for i in ranked])

    def _shown_entries(self, scored: _Scored) -> list[QAHit]:
        return [hit for hit in scored.qa_matches if hit.score >= self.tuning.qa_min]

    def compare(self, question: str) -> Comparison:
        """Each guideline's best passage on the question, side by side: the home guideline first, then
        the others by how well they match, then those with nothing on it. A guideline's passage is
        shown only if it treats the question's topic, by the evidence the engine declines on."""
        scored = self._score(question)
        cleaned = scored.cleaned
        answered = scored.answered
        found: list[tuple[float, Guideline, PassageHit | None]] = []
        order, first = self._order(scored) if answered else (scored.combined, None)
        for guideline in self.knowledge.guidelines:
            hit = None
            best = self._best_treating(guideline.id, order, scored) if answered else None
            if best is not None:
                hit = self._hit(1, best, float(order[best]), scored, first)
            found.append((hit.score if hit else -1.0, guideline, hit))
        found.sort(key=lambda item: (item[1].id != self.home, -item[0]))
        return Comparison(cleaned.text, answered, tuple(
            DocumentPassage(g.id, g.title, g.issuer, g.id == self.home, hit) for _, g, hit in found),
            truncated=cleaned.truncated, empty=scored.query is None,
            courtesy=scored.courtesy,
            declined_why=scored.coverage.why)

    def set_home(self, home: str | None) -> None:
        """The asker's own guideline, by id (KYODO_HOME); None for no home."""
        if home is not None and self.knowledge.guideline(home) is None:
            known = ", ".join(g.id for g in self.knowledge.guidelines)
            raise ValueError(f"unknown guideline {home!r}; known: {known}")
        self.home = home

    # --- scoring --------------------------------------------------------------------------------
    def _score(self, question: str) -> _Scored:
        cleaned = clean_question(question)
        query = self.query(cleaned.text)
        weights = query.weights
        if not weights:
            return _Scored(cleaned, None, np.zeros(len(self.passages)), np.zeros(len(self.passages)), [],
                           Coverage(False, "empty"), set())
        tuning = self.tuning
        named = self._documents_named(query.text)
        share = self._shares(weights)
        coverage_share = float(share.max(initial=0.0))
        if named and len(named) < len(self.knowledge.guidelines):
            # 「小平市の協働の原則は？」: the named guideline comes first anyway (_ranked_hits); within it, its
            # name says nothing of which section answers
            names = frozenset().union(*(self._name_terms_of[doc] for doc in named))
            unnamed = {t: w for t, w in weights.items() if t not in names}
            if unnamed and len(unnamed) < len(weights):  # scored again only when a name was among its terms
                weights = unnamed
                share = self._shares(weights)
        qa_matches = self._qa.hits(weights)
        # the verdict weighs the question's own words; the guidelines' words for its English ones only rank
        verdict_share = float(share.max(initial=0.0))
        translated = self._english_words.added(weights, tuning.english_word_weight)
        if translated:
            share = self._shares({**weights, **translated})
        lift = np.zeros(len(self.passages))
        for hit in qa_matches:
            for doc, section in hit.citations:
                for i in self._passages_of_section.get((doc, section), []):
                    lift[i] += tuning.qa_lift * hit.score  # summed: tried the best entry's alone, -2 points
        combined = share + lift
        # a guideline's name is no topic of it: 「網走で流氷が見られるのはいつ頃？」 matches passages on 網走 alone, so the
        # named-guideline exits weigh `verdict_share`, scored above without the names (the whole question's when none is named)
        coverage = self._evidence.verdict(query, coverage_share, qa_matches, frozenset(named), verdict_share,
                                          english_read=bool(translated))
        return _Scored(cleaned, query, share, combined, qa_matches, coverage, named)

    def _order(self, scored: _Scored) -> tuple[np.ndarray, FirstChoice | None]:
        """What the answer's passages are ranked by: positive for the reranked candidates, above every other
        passage that matches, which keeps its `combined` order below them; and the passage a first rule put on top."""
        combined = scored.combined
        if not self.tuning.rerank:
            return combined.copy(), None
        candidates, features = self._rerank_features(scored)
        if not len(candidates):
            return combined.copy(), None
        reranked = self._reranker.scores(features, self._uncited[candidates])
        order = np.where(combined > 0, combined / (combined.max() * 2), 0.0)  # the rest: in (0, 0.5]
        order[candidates] = 1.0 + reranked - reranked.min()
        first = self._first_rules.first(scored.query, order, scored.named) if scored.query else None
        if first is not None:
            order[first.index] = order.max() + 1.0
        return order, first

    def _rerank_features(self, scored: _Scored) -> tuple[np.ndarray, np.ndarray]:
        if scored.query is None:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0))
        candidates = self._reranker.candidates(scored.combined)
        top_entry = np.zeros(len(self.passages), dtype=bool)
        if scored.qa_matches:
            for doc, section in scored.qa_matches[0].citations:
                top_entry[self._passages_of_section.get((doc, section), [])] = True
        return candidates, self._reranker.features(candidates, scored.share, scored.combined, scored.query.weights,
                                                   scored.query.ask_weights, top_entry,
                                                   # the last ask: the one the message ends on (see rerank.py)
                                                   [normalize_text(sentence) for sentence in scored.query.asks[-1:]])

    def rerank_features(self, question: str) -> tuple[list[PassageHit], np.ndarray]:
        """The reranker's candidates for a question (best first by `combined`) and their feature rows, for
        fitting its weights (benchmarks/fit_weights.py); no candidates when the question is not answered."""
        scored = self._score(question)
        if not scored.answered:
            return [], np.zeros((0, 0))
        candidates, features = self._rerank_features(scored)
        return [self._hit(rank, int(i), float(scored.combined[i]), scored)
                for rank, i in enumerate(candidates, start=1)], features

    def checklist_votes(self, question: str) -> tuple[list[str], np.ndarray]:
        """Each checklist's votes by source (checklist_choice.VOTES) for the answer to a question, for fitting
        their weights (benchmarks/fit_weights.py); none when the question is not answered."""
        scored = self._score(question)
        if not scored.answered:
            return [], np.zeros((0, 0))
        hits, strengths = self._ranked_hits(scored, 3)
        return self._checklists.votes(hits, self._shown_entries(scored), self._checklist_words(scored.query), strengths)

    def _checklist_words(self, query: Query) -> dict[str, float]:
        return asked_first(query.weights, query.ask_weights, self.tuning.checklist_situation)

    def _best_treating(self, doc: str, order: np.ndarray, scored: _Scored) -> int | None:
        """A guideline's first passage in the answer's order that treats the question (`_treats`), if any: its
        passage in a side-by-side comparison, and the home guideline's passage put first."""
        mine = np.flatnonzero((self._passage_doc == doc) & (order > 0))
        for i in mine[np.argsort(-order[mine], kind="stable")]:
            if self._treats(int(i), scored):
                return int(i)
        return None

    def _treats(self, i: int, scored: _Scored) -> bool:
        """This passage is about the question: it matches enough of it, or an entry that matches the
        question on its topic's own words cites it."""
        if scored.share[i] >= self.tuning.covered_score:
            return True
        section = (self.passages[i].doc, self.passages[i].section.id)
        weights = scored.query.weights if scored.query else {}
        return any(section in hit.citations and self._qa.shares_topic(weights, hit.id) for hit in scored.qa_matches)

    def _hit(self, rank: int, i: int, score: float, scored: _Scored, first: FirstChoice | None = None) -> PassageHit:
        """Passage i as the answer shows it; `first`: the passage a first rule put on top — if this one, its excerpt
        opens where the rule found what answers (offsets in the normalized text, so only where they fit the text)."""
        passage = self.passages[i]
        anchor = first.anchor if first is not None and first.index == i else None
        if anchor is not None and not offsets_fit(passage.text):
            anchor = None
        return PassageHit(rank=rank, doc=passage.doc, doc_title=passage.doc_title, section=passage.section,
                          text=passage.text, snippet=snippet_from_spans(passage.text, self._spans(i, scored),
                                                                        anchor=anchor),
                          score=score, home=passage.doc == self.home)

    def _spans(self, i: int, scored: _Scored) -> list[tuple[int, int, float]]:
        """Where the question's terms are in passage i, each worth its weight times its rarity."""
        if scored.query is None:
            return []
        worth = {self._vocabulary[t]: w * self._passage_index.idf_of(t)
                 for t, w in scored.query.weights.items() if t in self._vocabulary}
        ids, begins, ends = self._passage_spans[i]
        return [(int(b), int(e), worth[int(t)]) for t, b, e in zip(ids, begins, ends, strict=True) if int(t) in worth]

    def qa_rank(self, question: str, qa_id: str) -> int | None:
        """Rank of one Q&A entry among all entries for a question (for the maintainers' self-test)."""
        return self._qa.rank(self.query_weights(clean_question(question).text), qa_id)

    # --- parts of an answer ------------------------------------------------------------------
    def _documents_named(self, text: str) -> set[str]:
        return {self.knowledge.guidelines[i].id for i in self._document_names.found_in(text)}

    def _best_per_section(self, scores: np.ndarray, limit: int) -> list[int]:
        """The `limit` best passage indexes by score, keeping only the best passage of each section.

        Only the top candidates are sorted (argpartition): at 12,000 passages, ranking them all in
        Python took most of an answer's time."""
        positive = int(np.count_nonzero(scores > 0))
        wanted = min(positive, limit * 4)
        while True:
            if wanted < len(scores):
                candidates = np.argpartition(-scores, wanted)[:wanted]
                candidates = candidates[np.argsort(-scores[candidates], kind="stable")]
            else:
                candidates = np.argsort(-scores, kind="stable")
            seen: set[tuple[str, str]] = set()
            ranked: list[int] = []
            for i in candidates:
                if scores[i] <= 0 or len(ranked) == limit:
                    break
                key = (self.passages[i].doc, self.passages[i].section.id)
                if key not in seen:
                    seen.add(key)
                    ranked.append(int(i))
            if len(ranked) == limit or wanted >= positive:
                return ranked
            wanted = min(positive, wanted * 4)  # many passages of few sections: look further

    def _shares(self, weights: dict[str, float]) -> np.ndarray:
        """Each passage's BM25 score as a share of the most the question could score."""
        ceiling = sum(w * self._passage_index.max_term_score(t) for t, w in weights.items())
        scores = self._passage_index.weighted_scores(weights)
        return scores / ceiling if ceiling else scores
