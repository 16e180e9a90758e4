"""Compare a source extraction with its guideline file, ignoring only markup and white space.

Both sides go through the same `comparable()`: NFKC, Markdown block markers, table pipes,
bold markers, list bullets at line start and all white space removed. What remains is
the wording, which must be identical.
"""

from __future__ import annotations

import re
import unicodedata

ANCHOR = re.compile(r"\{#[^}]*\}")
BLOCK_MARKER = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|>\s?)")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
BULLET = re.compile(r"^[・●○◆◇■□]+")
SPACE = re.compile(r"\s+")


def comparable(text: str) -> str:
    text = unicodedata.normalize("NFKC", ANCHOR.sub("", text))
    kept = []
    for line in text.splitlines():
        if TABLE_RULE.match(line):
            continue
        previous = None
        while previous != line:  # "- ・text" carries two markers
            previous = line
            line = BULLET.sub("", BLOCK_MARKER.sub("", line).lstrip())
        kept.append(line)
    joined = "".join(kept).replace("**", "").replace("|", "")
    return SPACE.sub("", joined)


def blocks(text: str) -> list[str]:
    """Blank-line separated paragraphs, as they stand in the text."""
    return [b for b in re.split(r"\n\s*\n", text) if b.strip()]


def front_matter_end(text: str) -> int:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return 0
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return sum(len(x) for x in lines[: i + 1])
    return 0
