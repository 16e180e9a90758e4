"""`kyodo gaps`: the questions the knowledge base missed — declined, or voted unhelpful — grouped by wording.

Grouping uses the engine's own analysis of a question (Engine.query_weights: Sudachi's
normalised terms, compound parts at half weight, verbs lighter, glossary expansions, so
"subsidy" meets 補助金), each term weighted by how rare it is in the guidelines' passages
(Lucene's IDF, as the engine's BM25): words most passages have (協働, 事業, 団体) say little
about which gap a question is, and words no passage has (会議室, 予約) say the most. The
weights do not depend on what else was asked, so a question's group does not either.
Two wordings belong together when their weighted Jaccard similarity reaches GROUP_AT.

Questions are taken oldest first and each joins the group whose members it is closest to
on average (or starts one), so a group's id — a hash of its first wording — stays the same
while new questions arrive, and `kyodo gaps --draft ID` finds what `kyodo gaps` listed.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.store.records import LoggedQuestion
from retrieval.search.engine import Engine
from retrieval.search.question.cleaning import wording_key

# Weighted Jaccard similarity from which two wordings are one gap. Set by hand on a few dozen made-up
# office questions: 会議室の予約方法 / 会議室を予約したい / 来週の会議室予約 meet, and so do 実行委員会の会計は
# 誰がやる？ / 実行委員会の会計を団体に任せていい？, while 協働事業の評価の仕方 and 協働事業のPRのしかた (sharing
# only 協働事業) stay apart. Splitting one gap in two costs less than hiding one in another.
GROUP_AT = 0.4
# Words that frame a question rather than name its topic, which the analyzer keeps because they can
# matter to search (方法 is a heading word) but which make unrelated questions look alike here.
FRAME_WORDS = frozenset({"仕方", "遣り方", "方法", "必要", "ポイント", "場合", "check"})


def is_gap(question: LoggedQuestion) -> bool:
    return not question.answered or question.unhelpful > 0


@dataclass
class GapGroup:
    id: str
    questions: list[LoggedQuestion] = field(default_factory=list)  # oldest first
    _vectors: list[dict[str, float]] = field(default_factory=list, repr=False)
    # what the knowledge as it is now does with the group's first wording: answers it, or declines it by a
    # decline.yaml phrase or grammar rule (phrase, kind, as Answer.declined_by) or for want of a topic — a refused
    # question the guidelines answer wants decline.yaml fixed, not a new Q&A entry
    answered_now: bool = False
    declined_now_by: tuple[str, str] | None = None

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def declined(self) -> int:
        return sum(not q.answered for q in self.questions)

    @property
    def unhelpful(self) -> int:
        return sum(q.unhelpful for q in self.questions)

    @property
    def last_asked(self) -> datetime:
        return max(q.asked_at for q in self.questions)

    @property
    def wordings(self) -> list[str]:
        """Distinct wordings: the most asked first, then the one closest to all the others (the most typical)."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for i, question in enumerate(self.questions):
            key = wording_key(question.question)
            counts[key] += 1
            first.setdefault(key, i)

        def typical(i: int) -> float:
            return sum(similarity(self._vectors[i], other) for other in self._vectors)

        order = sorted(first, key=lambda k: (-counts[k], -typical(first[k]), first[k]))
        return [self.questions[first[k]].question for k in order]

    @property
    def comments(self) -> list[str]:
        """Distinct comments on the group's answers, the newest first."""
        return list(dict.fromkeys(c for q in reversed(self.questions) for c in q.comments))

    def shown(self) -> dict[str, list[tuple[str, int]]]:
        """What the answers showed, most often first: passages (doc#section), Q&A ids, checklists."""
        return {kind: Counter(item for q in self.questions for item in getattr(q, kind)).most_common()
                for kind in ("passages", "qa", "checklists")}

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "count": self.count,
            "declined": self.declined,
            "unhelpful": self.unhelpful,
            "last_asked": _iso(self.last_asked),
            "wordings": self.wordings,
            "shown": {kind: [{"id": item, "times": n} for item, n in items] for kind, items in self.shown().items()},
            "comments": self.comments,
            "now": {"answered": self.answered_now,
                    "declined_by": ({"kind": self.declined_now_by[1], "phrase": self.declined_now_by[0]}
                                    if self.declined_now_by else None)},
        }


def group_gaps(asked: Iterable[LoggedQuestion], engine: Engine) -> list[GapGroup]:
    """Groups of gap questions, the one to write first on top: most questions, then most recent."""
    gaps = sorted((q for q in asked if is_gap(q)), key=lambda q: q.asked_at)
    rarity = _rarity(engine)
    groups: list[GapGroup] = []
    by_wording: dict[str, GapGroup] = {}
    for question in gaps:
        key = wording_key(question.question)
        vector = _weigh(engine.query_weights(question.question), rarity)
        group = by_wording.get(key) or _closest(groups, vector)
        if group is None:
            group = GapGroup(hashlib.sha1(key.encode()).hexdigest()[:6])
            groups.append(group)
        group.questions.append(question)
        group._vectors.append(vector)
        by_wording[key] = group
    for group in groups:
        now = engine.ask(group.wordings[0])
        group.answered_now = now.answered
        group.declined_now_by = now.declined_by
    return sorted(groups, key=lambda g: (-g.count, -g.last_asked.timestamp()))


def _rarity(engine: Engine) -> dict[str, float]:
    """Inverse document frequency of each term over the guidelines' passages, in the form the engine's BM25
    uses (Lucene's): near zero for a term in almost every passage, never negative."""
    frequency: Counter[str] = Counter()
    for passage in engine.passages:
        frequency.update(set(engine.analyzer.terms(f"{passage.section.heading} {passage.text}")))
    total = len(engine.passages)
    return {term: _idf(total, n) for term, n in frequency.items()} | {"": _idf(total, 0)}  # "": a term no passage has


def _idf(total: int, frequency: int) -> float:
    return math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))


def _weigh(weights: Mapping[str, float], rarity: Mapping[str, float]) -> dict[str, float]:
    unseen = rarity[""]
    return {term: weight * rarity.get(term, unseen) for term, weight in weights.items() if term not in FRAME_WORDS}


def similarity(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Weighted Jaccard: shared weight over total weight."""
    terms = a.keys() | b.keys()
    union = sum(max(a.get(t, 0.0), b.get(t, 0.0)) for t in terms)
    return sum(min(a.get(t, 0.0), b.get(t, 0.0)) for t in terms) / union if union else 0.0


def _closest(groups: list[GapGroup], vector: dict[str, float]) -> GapGroup | None:
    best, best_score = None, GROUP_AT
    for group in groups:
        score = sum(similarity(vector, member) for member in group._vectors) / len(group._vectors)
        if score >= best_score:
            best, best_score = group, score
    return best


def _iso(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")


def parse_since(text: str, now: datetime) -> datetime:
    """"30d", "12h", "2w" before `now` (naive UTC), or a local date/time such as 2026-11-01; ValueError otherwise."""
    text = text.strip()
    amount, unit = text[:-1], text[-1:].lower()
    if amount.isascii() and amount.isdigit() and unit in UNITS:
        return now - timedelta(**{UNITS[unit]: int(amount)})
    moment = datetime.fromisoformat(text)  # raises ValueError
    return moment.astimezone(UTC).replace(tzinfo=None)


UNITS = {"h": "hours", "d": "days", "w": "weeks"}
