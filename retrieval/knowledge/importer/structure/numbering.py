"""Recognise the numbering at the start of a line: 第1章, 1章, 1-2, 1., 1, (1), ①, ア, (ア), 一.

Each numbering has a style (which kind of counter it is) and a value (where it counts to),
so the outline can tell a sibling (same style, next value) from a child (a new style, or a
style counting again from 1) and from a line that only looks numbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One character for one character, so offsets in the folded text are offsets in the original.
_FOLD = str.maketrans("０１２３４５６７８９（）．\u3000", "0123456789(). ")
_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
KANA_ORDER = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_KANA = f"[{KANA_ORDER}]"
_KANJI = "[一二三四五六七八九十]+"
# A bare number followed by one of these is a quantity ("6 割", "2020 年"), not a heading number.
_UNIT = "年月日時分秒件個割回%％倍歳円万億千百か週"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("第{unit}", re.compile(rf"^第\s*(?P<n>\d+|{_KANJI})\s*(?P<unit>[章節部編条款項])\s*")),
    ("章", re.compile(r"^(?P<n>\d+)\s*章\s*")),
    ("dec{depth}", re.compile(r"^(?P<all>\d+(?:[.\-]\d+)+)\.?\s+")),
    ("N.", re.compile(r"^(?P<n>\d+)\.(?!\d)\s*")),
    ("N)", re.compile(r"^(?P<n>\d+)\)\s*")),
    ("(N)", re.compile(r"^\((?P<n>\d+)\)\s*")),
    ("circled", re.compile(r"^(?P<c>[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])\s*")),
    ("(kana)", re.compile(rf"^\((?P<k>{_KANA})\)\s*")),
    ("kana", re.compile(rf"^(?P<k>{_KANA})[ .、]\s*")),
    ("kanji", re.compile(rf"^(?P<n>{_KANJI})[ 、.]\s*")),
    ("N", re.compile(rf"^(?P<n>\d{{1,2}}) +(?=[^\s{_UNIT}])")),
]


@dataclass(frozen=True)
class Numbering:
    style: str  # the kind of counter: "第章", "N.", "(N)", "circled", "kana", ...
    value: int  # where it counts to: ③ → 3, ウ → 3, 第二章 → 2
    label: str  # the number as written in the line, e.g. "(1) " or "③"
    rest: str  # the line after the number


def parse_numbering(text: str) -> Numbering | None:
    """The numbering that starts `text` (leading white space ignored), or None."""
    stripped = text.strip()
    folded = stripped.translate(_FOLD)
    for style, pattern in _PATTERNS:
        match = pattern.match(folded)
        if not match:
            continue
        rest = stripped[match.end():].strip()
        if not rest:
            return None
        groups = match.groupdict()
        if "all" in groups and groups["all"]:
            parts = re.split(r"[.\-]", groups["all"])
            value, style = int(parts[-1]), f"dec{len(parts)}"
        elif groups.get("c"):
            value = _circled_value(groups["c"])
        elif groups.get("k"):
            value = KANA_ORDER.index(groups["k"]) + 1
        else:
            value = _number(groups["n"])
            if groups.get("unit"):
                style = f"第{groups['unit']}"
        return Numbering(style, value, stripped[: match.end()], rest)
    return None


def _circled_value(char: str) -> int:
    code = ord(char)
    if code <= 0x2473:
        return code - 0x2460 + 1
    if code <= 0x325F:
        return code - 0x3251 + 21
    return code - 0x32B1 + 36


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    # 十, 十二, 二十, 二十三: enough for chapter and item numbers
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_KANJI_DIGITS.get(tens, 1) if tens else 1) * 10 + (_KANJI_DIGITS.get(ones, 0) if ones else 0)
    value = 0
    for char in text:
        value = value * 10 + _KANJI_DIGITS[char]
    return value
