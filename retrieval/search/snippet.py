"""A short excerpt of a passage around the question's terms, with the matches marked."""

from __future__ import annotations

import re

from retrieval.answer import Snippet
from retrieval.search.analyzer import Analyzer, normalize_text

SNIPPET_CHARS = 160
SENTENCE_END = re.compile(r"(?<=[。！？!?])|\n")


def make_snippet(analyzer: Analyzer, text: str, query_terms: set[str], width: int = SNIPPET_CHARS) -> Snippet:
    """The window of `text` with the most distinct query terms, cut at sentence edges when possible."""
    # Offsets from Sudachi refer to the normalized text; NFKC can change lengths, so
    # match on the normalized text only when it lines up with the original.
    normalized = normalize_text(text)
    spans = []
    if len(normalized) == len(text):
        spans = [(t.begin, t.end) for t in analyzer.tokens(text) if t.term in query_terms]
    spans = _merge(sorted(spans))
    start = _best_start(text, spans, width)
    end = min(len(text), start + width)
    if start > 0 or end < len(text):
        start, end = _snap_to_sentences(text, start, end)
    parts: list[tuple[str, bool]] = []
    cursor = start
    for begin, finish in spans:
        if finish <= start or begin >= end:
            continue
        begin, finish = max(begin, start), min(finish, end)
        if begin > cursor:
            parts.append((text[cursor:begin], False))
        parts.append((text[begin:finish], True))
        cursor = finish
    if cursor < end:
        parts.append((text[cursor:end], False))
    parts = [(_flatten(t), hit) for t, hit in parts if t]
    return Snippet(tuple(parts), leading_ellipsis=start > 0, trailing_ellipsis=end < len(text))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for begin, end in spans:
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return merged


def _best_start(text: str, spans: list[tuple[int, int]], width: int) -> int:
    if not spans:
        return 0
    best, best_count = spans[0][0], 0
    for begin, _ in spans:
        window = {text[b:e] for b, e in spans if begin <= b and e <= begin + width}
        if len(window) > best_count:
            best, best_count = begin, len(window)
    return max(0, best - width // 4)


def _snap_to_sentences(text: str, start: int, end: int) -> tuple[int, int]:
    boundaries = [m.end() for m in SENTENCE_END.finditer(text)]
    before = [b for b in boundaries if b <= start and start - b < 60]
    if before:
        start = before[-1]
    after = [b for b in boundaries if end <= b and b - end < 40]
    if after:
        end = after[0]
    return start, end


def _flatten(text: str) -> str:
    """One line: paragraph breaks and list markers become spaces."""
    return re.sub(r"\s*\n\s*(?:[-*+]\s+)?", " ", text)
