"""Where Japanese text may break a line: between BudouX's phrases, as browsers do with <wbr>.

BudouX (the phrase segmenter Chrome uses for `word-break: auto-phrase`) splits a sentence into
the chunks a reader takes in at once (「協働とは、」「市民活動団体と」…), so a line never
breaks inside 協働 and 「 never dangles at a line end. Where BudouX cuts between two kanji it
sometimes cuts a word (後|援), so a run of kanji is kept whole. The terminal wraps on these
phrases, the web pages put <wbr> between them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from itertools import accumulate, pairwise

import budoux

# Phrases of one character of an opening bracket attach to what follows; closing ones to what precedes.
OPENING = "「『（(［[【〈《"
# What Japanese typesetting never starts a line with (行頭禁則): BudouX leaves the 中点 of 「団体・市民」 at a
# phrase's start, which put it at the head of a wrapped line
NO_LINE_START = "・、。，．」』）)］]】〉》？！"
BULLET = re.compile(r"(?<=\s)・")


def _kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char == "々"


@functools.cache
def _parser() -> budoux.Parser:
    return budoux.load_default_japanese_parser()


def phrases(text: str) -> list[str]:
    """The text cut at the places a line may break; joined, they are the text again."""
    if not text:
        return []
    result: list[str] = []
    for chunk in _parser().parse(text):
        # never leave an opening bracket at the end of a phrase: move it to the next one
        while chunk and result and result[-1] and result[-1][-1] in OPENING:
            chunk = result[-1][-1] + chunk
            result[-1] = result[-1][:-1]
        while chunk and result and chunk[0] in NO_LINE_START:
            result[-1] += chunk[0]
            chunk = chunk[1:]
        if chunk and result and result[-1] and _kanji(result[-1][-1]) and _kanji(chunk[0]):
            # between two kanji BudouX sometimes cuts a word (後|援, 情報共|有): keep compounds whole
            result[-1] += chunk
            continue
        result.append(chunk)
    return _bullets_lead([p for p in result if p])


def _bullets_lead(parts: list[str]) -> list[str]:
    """A 「・」 after a space is a list bullet (excerpts join 「・人材不足 ・活動資金の不足」 on one line): it begins
    the phrase of its item, never ends the phrase before it, or a line would end on the bullet."""
    text = "".join(parts)
    cuts = set(accumulate(len(p) for p in parts))
    for bullet in BULLET.finditer(text):
        cuts.discard(bullet.end())
        cuts.discard(bullet.start() - 1)  # the space stays with the phrase it follows
        cuts.add(bullet.start())
    ends = sorted(cuts - {0} | {len(text)})
    return [text[a:b] for a, b in pairwise([0, *ends])]


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` columns, broken between phrases (inside one only when it alone is wider)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for phrase in phrases(paragraph):
            if line and display_width(line + phrase) > width:
                lines.append(line.rstrip())
                line = ""
            while display_width(phrase) > width:  # a phrase longer than a line: cut it by characters
                head = _fit(phrase, width - display_width(line))
                lines.append((line + head).rstrip())
                line, phrase = "", phrase[len(head):]
            line += phrase.lstrip() if not line else phrase
        lines.append(line.rstrip())
    return lines


def _fit(text: str, width: int) -> str:
    taken = ""
    for char in text:
        if display_width(taken + char) > max(width, 2):
            break
        taken += char
    return taken or text[:1]
