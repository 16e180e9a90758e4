"""A short excerpt of a passage: the whole sentences that answer, with the question's words marked.

The passage is cut into units — sentences (ending in 。！？) and lines (list items end at their
line break) — and each unit is scored by the question's words it holds, weighted by how rare
they are. The excerpt is the best unit and its neighbours, whole, as far as the width allows:
a sentence that leads into a list (「…の形態としては、」「次の点に留意します：」) is followed by its
items, since those are what answer. Only a single unit longer than the width is cut inside,
at a 、 near the words that matched. A passage a first rule put on top grows from the unit holding
the words the rule went by instead (the anchor): 網走市's 委託 cautions come first for trouble with
a partner by their one line on トラブル, and that line is what the asker needs to see.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from retrieval.answer import Snippet
from retrieval.search.question.analyzer import Analyzer, offsets_fit

SNIPPET_CHARS = 240
UNIT_END = re.compile(r"[。！？!?](?![」』）)])|\n")
LEADS_INTO = ("：", ":", "、", "は", "として", "としては")  # a unit ending so continues in the next one
LIST_MARKERS = ("- ", "* ", "+ ")  # the knowledge's Markdown, not the guideline's words: never shown


def make_snippet(analyzer: Analyzer, text: str, query_terms: set[str], width: int = SNIPPET_CHARS) -> Snippet:
    """The excerpt for `text`, analysing it here (the engine passes its stored analysis instead)."""
    spans: list[tuple[int, int, float]] = []
    if offsets_fit(text):
        spans = [(t.begin, t.end, 1.0) for t in analyzer.tokens(text) if t.term in query_terms]
    return snippet_from_spans(text, spans, width)


def snippet_from_spans(text: str, spans: Iterable[tuple[int, int, float]], width: int = SNIPPET_CHARS, *,
                       anchor: int | None = None) -> Snippet:
    """The excerpt for `text`, given where the question's words are in it and what each is worth; `anchor`: an offset
    the excerpt must show — it grows from the unit holding it, whatever words the others hold."""
    spans = sorted(spans)
    units = _units(text)
    if not units:
        return Snippet(((text, False),))
    scores = [_score(text, spans, start, end) for start, end in units]
    best = max(range(len(units)), key=lambda i: (scores[i], -i))
    if anchor is not None:
        best = next((i for i, (_, end) in enumerate(units) if anchor < end), best)
    first = last = best
    if units[best][1] - units[best][0] > width:
        start, end = _inside(text, units[best], spans, width, anchor)
    else:
        first, last = _grow(text, units, scores, best, width)
        start, end = units[first][0], units[last][1]
    return _marked(text, start, end, spans)


def _units(text: str) -> list[tuple[int, int]]:
    units = []
    start = 0
    for match in UNIT_END.finditer(text):
        end = match.end()
        if text[start:end].strip():
            units.append(_trimmed(text, start, end))
        start = end
    if text[start:].strip():
        units.append(_trimmed(text, start, len(text)))
    return units


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _score(text: str, spans: list[tuple[int, int, float]], start: int, end: int) -> float:
    """The worth of the different words of the question in text[start:end] (a word twice counts once)."""
    seen: dict[str, float] = {}
    for begin, finish, weight in spans:
        if start <= begin and finish <= end:
            word = text[begin:finish]
            seen[word] = max(seen.get(word, 0.0), weight)
    return sum(seen.values())


def _grow(text: str, units: list[tuple[int, int]], scores: list[float], best: int, width: int) -> tuple[int, int]:
    first = last = best

    def size(a: int, b: int) -> int:
        return units[b][1] - units[a][0]

    while True:
        after = last + 1 if last + 1 < len(units) and size(first, last + 1) <= width else None
        before = first - 1 if first > 0 and size(first - 1, last) <= width else None
        if after is None and before is None:
            return first, last
        leads_on = text[units[last][0]:units[last][1]].rstrip().endswith(LEADS_INTO) or _is_item(text, units, after)
        if after is not None and (leads_on or before is None or scores[after] >= scores[before]):
            last = after
        else:
            first = before


def _is_item(text: str, units: list[tuple[int, int]], index: int | None) -> bool:
    return index is not None and text.startswith((*LIST_MARKERS, "・"), units[index][0])


def _inside(text: str, unit: tuple[int, int], spans: list[tuple[int, int, float]], width: int,
            anchor: int | None = None) -> tuple[int, int]:
    """A window of one long unit around its matches — or the anchor, when it is in the unit — starting after a 、 when
    one is near."""
    start, end = unit
    inside = [s for s in spans if start <= s[0] and s[1] <= end]
    centre = anchor if anchor is not None and start <= anchor < end else inside[0][0] if inside else start
    window_start = max(start, centre - width // 4)
    comma = text.rfind("、", start, window_start + 1)
    if comma != -1 and window_start - comma < 40:
        window_start = comma + 1
    return window_start, min(end, window_start + width)


def _marked(text: str, start: int, end: int, spans: list[tuple[int, int, float]]) -> Snippet:
    """The excerpt text[start:end] in parts, the question's words marked; an excerpt opening on a list item opens on
    its words (inside, _flatten turns the markers into spaces)."""
    parts: list[tuple[str, bool]] = []
    shown = start + 2 if text.startswith(LIST_MARKERS, start) else start
    cursor = shown
    for begin, finish in _merge([(b, f) for b, f, _ in spans]):
        if finish <= shown or begin >= end:
            continue
        begin, finish = max(begin, shown), min(finish, end)
        if begin > cursor:
            parts.append((text[cursor:begin], False))
        parts.append((text[begin:finish], True))
        cursor = finish
    if cursor < end:
        parts.append((text[cursor:end], False))
    parts = [(_flatten(t), hit) for t, hit in parts if t]
    return Snippet(tuple(parts), leading_ellipsis=start > 0, trailing_ellipsis=end < len(text.rstrip()))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for begin, end in sorted(spans):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return merged


def _flatten(text: str) -> str:
    """One line: paragraph breaks and list markers become spaces."""
    return re.sub(r"\s*\n\s*(?:[-*+]\s+)?", " ", text)
