"""What the kind-of-ask rules share: among the passages ranked nearest the top, the first of those a rule marks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

import numpy as np

# how far down a WIDE rule's passage may stand: 25 for the rules whose answers the engine's ten missed most
# (staff_change, hierarchy, outsourcing_or_together, volunteer_matching) put six hidden-shape questions' answer first
# and lowered none; 25 for every rule lowered thirteen. A rule is made WIDE only on such a count (open_door since, and
# the beneficiary rule: one party's gains, whose words stand in every passage on effects — five up, none down; 40 and
# the whole order lowered some).
WIDE_WINDOW = 25


def wide(window: int) -> int:
    """The window of a WIDE rule, given the engine's."""
    return max(window, WIDE_WINDOW)
# the ask of a rule whose setting says all it is about: whatever the message asks (see MarkedAsk's `setting`)
ANY_ASK = re.compile("")


def first_marked(marked: np.ndarray, order: np.ndarray, window: int) -> int | None:
    """The best-ranked passage among the `window` best of `order` that is `marked` and matches the question at all
    (ties ranked by index, as a stable sort would). Some twenty rules ask this of every question, most of them about a
    passage or two: finding the best marked one and counting what ranks above it costs one pass, not a sort."""
    candidates = np.flatnonzero(marked & (order > 0))
    if not len(candidates):
        return None
    best = int(candidates[np.argmax(order[candidates])])  # argmax: the lowest index among equal scores
    above = int(np.count_nonzero(order > order[best])) + int(np.count_nonzero(order[:best] == order[best]))
    return best if above < window else None


def marks(pattern: re.Pattern[str], texts: Sequence[str]) -> np.ndarray:
    """Which of `texts` (each passage's heading, or its normalized text) `pattern` finds something in."""
    return np.array([bool(pattern.search(text)) for text in texts], dtype=bool)


class MarkedAsk:
    """A kind of ask and the passages that answer it: which of them goes first for a question that asks it. Each rule
    is a subclass that declares its patterns:

    - `ASK`: found in an asking sentence (normalized) when the question asks this kind of thing — or in all of them
      joined, when `ACROSS_SENTENCES` (「目的なの？手段なの？」); `ANY_ASK` when the setting says all;
    - `ANSWERED_BY`: found in the passages that answer it — in their own section heading when `READS_HEADINGS`, else
      in their normalized text;
    - `SETTING`: when given, found anywhere in the question too, its situation included — an ask that means this kind
      of thing only in such a setting (「向いてる？」 asks about a rushed project only when the message says it is
      rushed);
    - `WHOLE_ORDER`: the marked passage goes first from wherever it stands among the passages the question matches at
      all, not only from near the top — for a setting so particular that its passage is the answer even when the
      question shares hardly a word with it;
    - `WIDE`: the marked passage goes first from among the best `WIDE_WINDOW` rather than the engine's window — for an
      ask whose everyday words stand in many passages, so that its answer ranks lower than most rules' do."""

    ASK: ClassVar[re.Pattern[str]] = ANY_ASK
    ANSWERED_BY: ClassVar[re.Pattern[str]]
    SETTING: ClassVar[re.Pattern[str] | None] = None
    ACROSS_SENTENCES: ClassVar[bool] = False
    READS_HEADINGS: ClassVar[bool] = False
    WHOLE_ORDER: ClassVar[bool] = False
    WIDE: ClassVar[bool] = False

    def __init__(self, texts: Sequence[str], window: int) -> None:
        """`texts`: each passage's own section heading if the rule `READS_HEADINGS`, else its normalized text;
        `window`: how near the top (in passages) one must already stand to be put first."""
        self._marked = marks(self.ANSWERED_BY, texts)
        self._texts = None if self.READS_HEADINGS else texts
        self._window = wide(window) if self.WIDE else window

    @property
    def answering(self) -> np.ndarray:
        """Which passages answer this kind of ask."""
        return self._marked

    def where(self, i: int) -> int | None:
        """Where in passage i's normalized text the words that mark it as answering begin — where its excerpt is to
        open — or None when a heading marks it (the whole section answers)."""
        found = self.ANSWERED_BY.search(self._texts[i]) if self._texts is not None else None
        return found.start() if found else None

    def asked(self, asks: Sequence[str]) -> bool:
        if self.ACROSS_SENTENCES:
            return bool(self.ASK.search(" ".join(asks)))
        return any(self.ASK.search(sentence) for sentence in asks)

    def first(self, asks: Sequence[str], order: np.ndarray, window: int | None = None, *, question: str = "") -> int | None:
        """The passage to put first, if the asking sentences ask this kind of thing (in its setting, when the rule has
        one, found in the whole normalized `question`) and a marked passage stands among the `window` best of `order`
        (all of them when the question names one guideline, or when the rule reaches the `WHOLE_ORDER`)."""
        if not self.asked(asks) or (self.SETTING is not None and not self.SETTING.search(question)):
            return None
        return first_marked(self._marked, order, len(order) if self.WHOLE_ORDER else window or self._window)
