"""The passage that puts a quoted term in brackets itself, for a question quoting it: 「北九州市の方針を読んでいたら「狭義の
協働」という言葉が出てきました。どういう意味で…」 quotes a term one passage alone sets off the same way — 北九州市's 「市民活動
団体等と行政との公金の支出が伴う「狭義の協働」の場合…」, which says what it is and what follows from it.

A guideline brackets a term where it coins or defines it. The question's words (協働, 意味, 北九州市) stand in many
passages, and the reranker puts one about 協働 in general first. When the question quotes a term — no saying (those are
quoted_saying's) — that one or two passages bracket exactly, the best ranked of them goes first, among all the passages
the question matches: the term names the passage. A term many passages bracket (「協働」) or use (「協働事業」) names none
of them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

import numpy as np

from retrieval.search.question.analyzer import Analysis
from retrieval.search.rank.first.marked import first_marked
from retrieval.search.rank.first.quoted_saying import PASSAGE_QUOTE, is_saying

ASKED_TERM = re.compile(r"[「『]([^」』]{3,20})[」』]")  # in normalized text
MOST_PASSAGES = 2  # bracketed by more, a term is the guidelines' common word, not one passage's coinage
MOST_MENTIONS = 5  # written in more, plainly or not, it is a word of the guidelines' own (協働事業, 実行委員会)


class QuotedTerms:
    """Which passage, if any, brackets a term the question quotes."""

    def __init__(self, passage_texts: Sequence[str]) -> None:
        """`passage_texts`: normalized."""
        self._texts = passage_texts
        bracketing: dict[str, list[int]] = defaultdict(list)
        for i, text in enumerate(passage_texts):
            for term in set(PASSAGE_QUOTE.findall(text)):
                bracketing[term].append(i)
        # ... and that few passages speak of at all: 「協働事業」 is bracketed by two, written plainly by dozens
        self._bracketing: dict[str, np.ndarray] = {}
        for term, found in bracketing.items():
            if len(found) <= MOST_PASSAGES and sum(term in text for text in passage_texts) <= MOST_MENTIONS:
                self._bracketing[term] = np.zeros(len(passage_texts), dtype=bool)
                self._bracketing[term][found] = True

    def first(self, analysis: Analysis, order: np.ndarray) -> int | None:
        """The best-ranked passage bracketing a term the question quotes, if it matches the question at all."""
        for _, bracketing in self._asked(analysis):
            best = first_marked(bracketing, order, len(order))
            if best is not None:
                return best
        return None

    def where(self, i: int, analysis: Analysis) -> int | None:
        """Where passage i brackets the first term the question quotes that it brackets."""
        for term, bracketing in self._asked(analysis):
            if bracketing[i]:
                return re.search(f"[「『]{re.escape(term)}[」』]", self._texts[i]).start()
        return None

    def _asked(self, analysis: Analysis) -> Iterator[tuple[str, np.ndarray]]:
        """Each term the question quotes — no saying — that few passages bracket, and which passages do."""
        for quote in ASKED_TERM.finditer(analysis.text):
            bracketing = self._bracketing.get(quote.group(1))
            if bracketing is not None and not is_saying(analysis, *quote.span(1)):
                yield quote.group(1), bracketing
