"""A question made ready for searching: its weighted terms, its sentences, and which of them ask.

The words that only say who is asking (「子育て支援課の係長です」) are left out of every term
list: they never say what is asked about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from retrieval.search.question.aliases import AliasLists
from retrieval.search.question.analyzer import Analysis, Analyzer, Token
from retrieval.search.question.asking import Sentence, asker_spans, sentences


@dataclass(frozen=True)
class TermWeights:
    """How much each kind of term of a question counts in a query."""

    part: float = 0.5  # mode-A parts of a compound
    predicate: float = 0.7  # verbs and adjectives
    expansion: float = 0.8  # terms the glossary adds


@dataclass(frozen=True)
class Query:
    text: str  # the question after normalize_text
    weights: dict[str, float]  # every term of the question, with the glossary's additions
    ask_weights: dict[str, float]  # only those of the sentences that ask (of all sentences when none does)
    asks: tuple[str, ...]  # the sentences that ask (all of them when none does)
    analysis: Analysis  # the analyzer's one reading of the question
    ask_analyses: tuple[Analysis, ...]  # ... and of each sentence in `asks`, sliced from it
    situation: tuple[str, ...] = ()  # the sentences that do not ask, when some do
    situation_analyses: tuple[Analysis, ...] = ()
    glossary_terms: frozenset[str] = frozenset()  # the terms the glossary added


def build_query(question: str, analyzer: Analyzer, glossary: AliasLists,
                glossary_tokens: list[list[Token]], weights: TermWeights) -> Query:
    analysis = analyzer.analyse(question)
    normalized = analysis.text
    morphemes = analysis.morphemes
    asker = asker_spans(morphemes)
    parts = sentences(normalized, morphemes)
    asking = [s for s in parts if s.asks] or parts
    in_ask = _membership(asking)

    whole: dict[str, float] = {}
    ask: dict[str, float] = {}
    added: set[str] = set()
    for token in analysis.tokens():
        if any(begin <= token.begin < end for begin, end in asker):
            continue
        weight = weights.part if token.part else 1.0
        if not token.content:
            weight *= weights.predicate
        _keep_max(whole, token.term, weight)
        if in_ask(token.begin):
            _keep_max(ask, token.term, weight)
    for sentence in parts or [Sentence(0, len(normalized), True)]:
        found_here = {match.index for match in glossary.matches(normalized[sentence.begin:sentence.end],
                                                                 analysis.slice(sentence.begin, sentence.end))
                      if not any(begin <= sentence.begin + match.begin and sentence.begin + match.end <= end
                                 for begin, end in asker)}
        for found in found_here:
            for token in glossary_tokens[found]:
                added.add(token.term)
                weight = weights.expansion * (weights.part if token.part else 1.0)
                _keep_max(whole, token.term, weight)
                if sentence in asking or not parts:
                    _keep_max(ask, token.term, weight)
    if not asking:
        return Query(normalized, whole, ask, (normalized,), analysis, (analysis,), glossary_terms=frozenset(added))
    told = [s for s in parts if not s.asks] if len(asking) < len(parts) else []
    return Query(normalized, whole, ask, tuple(normalized[s.begin:s.end] for s in asking), analysis,
                 tuple(analysis.slice(s.begin, s.end) for s in asking),
                 tuple(normalized[s.begin:s.end] for s in told), tuple(analysis.slice(s.begin, s.end) for s in told),
                 frozenset(added))


def _membership(chosen: list[Sentence]) -> Callable[[int], bool]:
    return lambda offset: any(s.begin <= offset < s.end for s in chosen)


def _keep_max(weights: dict[str, float], term: str, weight: float) -> None:
    weights[term] = max(weights.get(term, 0.0), weight)
