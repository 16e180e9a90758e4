"""The passage that quotes the saying a question quotes: 「課内で「協働なんて仕事が増えるだけ」という声が多くて」 reports an
objection the guidelines quote and answer (千葉県: 「協働を行うと仕事が増える」と考えて…), and 「そもそもなぜやるのか」の議論
ばかり is the question 網走市 turns around (「なぜやるのか」ではなく「どのようにやるのか」).

The words of such a message (仕事, 増える, 課内) say little about where the answer is, and the reranker seldom sees a
quoted saying; the quote itself says it. So among the passages ranked nearest the top, the one with a quote most like
the asker's goes first, if alike enough: about a third of their character pairs in common (Jaccard ≥ 0.3 —
「仕事が増えるだけでしょ」 and 「協働を行うと仕事が増える」 have 0.31). Only a saying counts — a quote that holds a verb, an adjective or an
auxiliary. A quoted term (「協働事業一覧」, 「公共的サービス」) names a thing many passages speak of; QuotedHeadings
(quoted_heading.py) takes a term that is a heading. Unlike a quoted heading, a saying counts wherever it stands in the
message: it is what someone said, and a message reports it in its situation (上司に「…」と言われました).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from retrieval.search.question.analyzer import Analysis

ASKER_QUOTE = re.compile(r"[「『\"“]([^」』\"”]{6,40})[」』\"”]")  # in normalized text
PASSAGE_QUOTE = re.compile(r"[「『]([^」』]{4,60})[」』]")
SAYING_POS = frozenset({"動詞", "形容詞", "助動詞"})


def is_saying(analysis: Analysis, begin: int, end: int) -> bool:
    """The quoted span holds a verb, an adjective or an auxiliary: something said, not a term."""
    return any(m.pos[0] in SAYING_POS for m in analysis.slice(begin, end).morphemes)


def _pairs(text: str) -> frozenset[str]:
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def _in_common(ours: frozenset[str], theirs: frozenset[str]) -> float:
    """The share of character pairs two quotes have in common (Jaccard)."""
    return len(ours & theirs) / len(ours | theirs)


class QuotedSayings:
    """Which passage, if any, quotes a saying like the one a question quotes."""

    def __init__(self, passage_texts: Sequence[str], window: int, alike: float) -> None:
        """`passage_texts`: normalized; `window`: how near the top (in passages) the quoting passage must already
        stand; `alike`: the share of character pairs (Jaccard) two quotes must have in common."""
        self._quotes = [[(_pairs(q.group(1)), q.start()) for q in PASSAGE_QUOTE.finditer(text)] for text in passage_texts]
        self._window = window
        self._alike = alike

    @staticmethod
    def sayings(analysis: Analysis) -> list[frozenset[str]]:
        """The character pairs of each saying the question quotes, read from the question's own analysis."""
        return [_pairs(quote.group(1)) for quote in ASKER_QUOTE.finditer(analysis.text)
                if is_saying(analysis, *quote.span(1))]

    def first(self, analysis: Analysis, order: np.ndarray, window: int | None = None) -> int | None:
        """The passage among the `window` best of `order` whose quote is most like a saying the question quotes."""
        sayings = self.sayings(analysis)
        if not sayings:
            return None
        best, chosen = self._alike, None
        for i in np.argsort(-order, kind="stable")[:window or self._window]:
            if order[i] <= 0:
                break
            for theirs, _ in self._quotes[i]:
                for ours in sayings:
                    alike = _in_common(ours, theirs)
                    if alike > best or (chosen is None and alike == best):  # a tie: the higher-ranked
                        best, chosen = alike, int(i)
        return chosen

    def where(self, i: int, analysis: Analysis) -> int | None:
        """Where the quote of passage i most like a saying the question quotes begins (its first, on a tie)."""
        sayings = self.sayings(analysis)
        alike = [(max(_in_common(ours, theirs) for ours in sayings), -start)
                 for theirs, start in self._quotes[i]] if sayings else []
        return -max(alike)[1] if alike else None
