"""The best candidates by BM25, put in order by what a bag of words does not see.

BM25 saturates: a passage that repeats one word of a long Slack message can outscore the one whose
heading names what is asked, or whose one sentence holds every word of the ask. The reranker looks
at the top `CANDIDATES` passages again with sixteen features — how much of the question (and of its
asking sentences) the heading, the whole passage and its best sentence hold, whether the best Q&A
entry cites it, its place in the BM25 order, its place in its section (a section's first paragraph
states its point), its length, and how many of the asking sentences' character pairs its text and headings
hold — and orders them by the score of boosted trees (trees.py).

Character pairs see what whole words miss: the analyzer cuts 情報発信力 and 発信 into words that never meet, and
自立していない shares 自立 with 自立した団体 but not with 自立性; two kanji or katakana side by side (「情報」「発信」
「自立」) meet wherever they are written. Only the pairs of the sentence a message ends its asking on count: a
situation's pairs are its names and places (paired cross-validation over 1,713 questions: hit@1 +0.008 to +0.010
with the last asking sentence, +0.004 with all of them). The
trees are fitted, not set by hand: `benchmarks/fit_weights.py` fits them on the read question sets.

A guideline no Q&A entry cites yet (one just imported) gets no lift, so to trees that learnt how much a citation
says, its passages look like those the entries pass over. They are scored instead by trees fitted without the Q&A
features (UNCITED_FEATURES): both sets of trees estimate the log-odds that a passage answers the question, so the
two scores can be ranked together. Nor do they read a passage's length: among the 124 shipped passages a length all
but names the passage, and trees fitted on them learn which passages are often right — no guide to a guideline they
never saw (they gave an imported guideline's shortest paragraphs, shorter than any shipped one, the best odds of all).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from retrieval.search.question.analyzer import JAPANESE_LETTER
from retrieval.search.rank.trees import TreeEnsemble

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
    "bm25_order",  # 1 / (1 + its place among the candidates by `combined`)
    "position",  # its place in its section, 0 for the first paragraph (3 and later read as 3)
    "length",  # log(1 + the number of terms indexed for it)
    "ask_pairs",  # share of the last asking sentence's character pairs (weighted by IDF) in the passage text
    "ask_heading_pairs",  # ... in its heading path
)
_COLUMN = {name: k for k, name in enumerate(FEATURES)}
# what the Q&A entries say of a passage: nothing, for a guideline they do not cite
QA_FEATURES = ("combined", "lift", "top_entry")
UNCITED_FEATURES = tuple(name for name in FEATURES if name not in (*QA_FEATURES, "length"))
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|\n")
_KATAKANA_OR_KANJI = re.compile(r"[\u30a1-\u30ff\u3400-\u9fff]")


def character_pairs(text: str) -> frozenset[str]:
    """Each two adjacent Japanese characters of the (normalized) text of which one at least is a kanji or katakana:
    pairs of hiragana are endings and particles."""
    return frozenset(text[k:k + 2] for k in range(len(text) - 1)
                     if JAPANESE_LETTER.match(text[k]) and JAPANESE_LETTER.match(text[k + 1])
                     and _KATAKANA_OR_KANJI.search(text[k:k + 2]))


@dataclass(frozen=True)
class PassageWords:
    """The terms of one passage the features read, kept from indexing."""

    heading: frozenset[str]
    path: frozenset[str]
    every: frozenset[str]  # heading path and text: what BM25 indexed
    sentences_of: dict[str, tuple[int, ...]]  # each term of the text: the sentences it is in
    sentence_count: int
    position: int  # its place in its section, from 0
    length: float  # log(1 + the number of terms indexed for it)
    pairs: frozenset[str]  # character_pairs of the text
    path_pairs: frozenset[str]  # ... of the heading path


def passage_words(heading: Sequence[str], ancestors: Sequence[str], text_terms: Sequence[tuple[str, int]],
                  text: str, position: int = 0, indexed: int = 0, heading_path: str = "") -> PassageWords:
    """`text_terms`: each term of the passage text with the offset where it begins in `text`; `position`: its
    place in its section; `indexed`: how many terms the index holds for it; `heading_path`: the headings' text,
    normalized as `text` is."""
    ends = sorted({m.start() for m in _SENTENCE_END.finditer(text)} | {len(text)})
    of_sentence = [min(int(np.searchsorted(ends, begin, side="right")), len(ends) - 1) for _, begin in text_terms]
    numbered = {k: n for n, k in enumerate(sorted(set(of_sentence)))}  # sentences without a term are dropped
    sentences_of: dict[str, set[int]] = {}
    for (term, _), k in zip(text_terms, of_sentence, strict=True):
        sentences_of.setdefault(term, set()).add(numbered[k])
    return PassageWords(frozenset(heading), frozenset(heading) | frozenset(ancestors),
                        frozenset(heading) | frozenset(ancestors) | frozenset(t for t, _ in text_terms),
                        {t: tuple(sorted(k)) for t, k in sentences_of.items()}, max(len(numbered), 1), position,
                        math.log1p(indexed), character_pairs(text), character_pairs(heading_path))


_NOWHERE = np.zeros(0, dtype=np.int64)


def _postings(held: Sequence[frozenset[str]]) -> dict[str, np.ndarray]:
    found: dict[str, list[int]] = {}
    for i, pairs in enumerate(held):
        for pair in pairs:
            found.setdefault(pair, []).append(i)
    return {pair: np.array(where, dtype=np.int64) for pair, where in found.items()}


class Reranker:
    def __init__(self, words: Sequence[PassageWords], idf: Callable[[str], float], known: Callable[[str], bool],
                 model: TreeEnsemble | None, uncited_model: TreeEnsemble | None = None) -> None:
        """`model`: the fitted trees, over FEATURES in that order; None keeps the candidates' `combined` order.
        `uncited_model`: the trees for passages of guidelines no Q&A entry cites, over UNCITED_FEATURES."""
        if model is not None and model.features != FEATURES:
            raise ValueError(f"the reranker's trees were fitted on other features: {model.features}")
        if uncited_model is not None and uncited_model.features != UNCITED_FEATURES:
            raise ValueError(f"the trees for uncited guidelines were fitted on other features: {uncited_model.features}")
        self._words = list(words)
        self._idf = idf
        self._known = known
        self._model = model
        self._uncited_model = uncited_model
        self._uncited_columns = [_COLUMN[name] for name in UNCITED_FEATURES]
        # which passages hold each character pair, in their text and in their headings: a question's pairs are
        # then summed over all passages at once
        self._text_pairs = _postings([passage.pairs for passage in self._words])
        self._path_pairs = _postings([passage.path_pairs for passage in self._words])
        count = len(self._words)
        # BM25's IDF, over the passages' text: a pair no passage holds weighs most and is held by none
        self._pair_idf = {pair: math.log1p((count - len(held) + 0.5) / (len(held) + 0.5))
                          for pair, held in self._text_pairs.items()}
        self._unseen_pair_idf = math.log1p((count + 0.5) / 0.5)

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
                 top_entry: np.ndarray, asks: Sequence[str] = ()) -> np.ndarray:
        """One row per candidate, one column per name in FEATURES. `top_entry`: for every passage, whether the
        best-matching Q&A entry cites its section; `asks`: the asking sentences, normalized as passages are."""
        whole, whole_total = self._worth(weights)
        ask, ask_total = self._worth(ask_weights or weights)
        # each term as (its share of the whole question's weight, of the asking sentences'), in the question's
        # order: a set's order changes with the process's hash seed, and so would the sums' last bits
        shares = {t: (whole.get(t, 0.0) / whole_total if whole_total else 0.0,
                      ask.get(t, 0.0) / ask_total if ask_total else 0.0) for t in dict.fromkeys([*whole, *ask])}
        rows = np.zeros((len(candidates), len(FEATURES)))
        if not len(candidates):
            return rows
        for name, values in (("combined", combined), ("share", share), ("lift", combined - share)):
            best = float(values[candidates].max())
            rows[:, _COLUMN[name]] = values[candidates] / best if best > 0 else 0.0
        pairs = {pair: self._pair_idf.get(pair, self._unseen_pair_idf)
                 for pair in sorted(frozenset().union(*map(character_pairs, asks)))}
        pairs_total = sum(pairs.values())
        if pairs_total:
            for column, postings in (("ask_pairs", self._text_pairs), ("ask_heading_pairs", self._path_pairs)):
                held = np.zeros(len(self._words))
                for pair, weight in pairs.items():
                    held[postings.get(pair, _NOWHERE)] += weight
                rows[:, _COLUMN[column]] = held[candidates] / pairs_total
        heading, ask_heading, path = _COLUMN["heading"], _COLUMN["ask_heading"], _COLUMN["path"]
        ask_cover, cover = _COLUMN["ask_cover"], _COLUMN["cover"]
        for row, i in enumerate(candidates):
            words = self._words[int(i)]
            sentences = np.zeros((words.sentence_count, 2))  # per sentence: (whole, ask) held
            for t, (of_whole, of_ask) in shares.items():
                if t not in words.every:
                    continue
                rows[row, ask_cover] += of_ask
                rows[row, cover] += of_whole
                if t in words.heading:
                    rows[row, heading] += of_whole
                    rows[row, ask_heading] += of_ask
                if t in words.path:
                    rows[row, path] += of_whole
                for k in words.sentences_of.get(t, ()):
                    sentences[k] += (of_whole, of_ask)
            rows[row, _COLUMN["sentence_cover"]], rows[row, _COLUMN["ask_sentence_cover"]] = sentences.max(axis=0)
            rows[row, _COLUMN["top_entry"]] = float(top_entry[int(i)])
            rows[row, _COLUMN["bm25_order"]] = 1.0 / (1 + row)
            rows[row, _COLUMN["position"]] = min(words.position, 3)
            rows[row, _COLUMN["length"]] = words.length
        return rows

    def scores(self, features: np.ndarray, uncited: np.ndarray | None = None) -> np.ndarray:
        """Higher first; without a model, the candidates' `combined` order. `uncited`: for each candidate, whether
        no Q&A entry cites its guideline."""
        if self._model is None:
            return features[:, 0] if len(features) else np.zeros(0)
        scores = self._model.decision(features)
        if uncited is not None and self._uncited_model is not None and uncited.any():
            scores[uncited] = self._uncited_model.decision(features[uncited][:, self._uncited_columns])
        return scores

    def _worth(self, weights: Mapping[str, float]) -> tuple[dict[str, float], float]:
        worth = {t: w * self._idf(t) for t, w in weights.items() if self._known(t)}
        return worth, sum(worth.values())
