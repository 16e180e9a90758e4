"""The passage setting out what 協働 brings, for a question written in English that asks its effects: "According to
Kodaira's guideline, what effects can the city expect from 協働?" asks what 小平市 lists under 「協働により期待される効果」,
and 千葉県 under 「協働にはどのような効果があるの？」.

English says "effects" and "benefits", which only rank as the guidelines' 効果 and メリット at half a word's weight
(english_words.py), so the reranker put 小平市's definition, its actors or its purpose first and the effects sixth.
Among the passages ranked nearest the top (all of a named guideline's), the first under a heading of 協働's effects
goes first. A party named ("the benefits for residents") is the beneficiary rule's, tried before this one; the effect
on costs is 千葉県's note that 経費削減 is a secondary effect, whose heading this rule leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from retrieval.search.question.analyzer import written_in_english
from retrieval.search.rank.first.marked import MarkedAsk

# "what effects can the city expect", "list the expected effects of 協働", "what benefits does 協働 bring" — not the
# effects on costs or a budget, nor a side effect
EFFECTS_ASK = re.compile(r"^(?!.*\b(?:costs?|budget|savings?|side effects?)\b)"
                         r".*\b(?:what|which|list|expected|main)\b[^?.!]{0,40}\b(?:effects?|benefits?)\b")
# 小平市 「(3) 協働により期待される効果」, 千葉県 「2 協働にはどのような効果があるの？」, 網走市 「(3) 協働の効果」
EFFECTS_HEADING = re.compile(r"協働(?:により期待される|の|にはどのような)効果")


class EffectsAsks(MarkedAsk):
    """Which passages set out the effects of 協働, and which goes first for an English question asking them."""

    ASK = EFFECTS_ASK
    ANSWERED_BY = EFFECTS_HEADING
    READS_HEADINGS = True

    def first(self, asks: Sequence[str], order: np.ndarray, window: int | None = None, *,
              question: str = "") -> int | None:
        if not written_in_english(question):
            return None  # a Japanese question names 効果 in the guidelines' own word, at its full weight
        return super().first(asks, order, window, question=question)
