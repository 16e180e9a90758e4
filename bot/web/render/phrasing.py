"""Japanese text in HTML with <wbr> between BudouX phrases.

Styled with `word-break: keep-all` (style.css), a line may then break only where a <wbr>
stands (or, as a last resort, anywhere in a phrase wider than the column), so 協働 is never
split across lines and 「 never ends one.
"""

from __future__ import annotations

import functools
import html
import re
from itertools import accumulate, pairwise

from markupsafe import Markup, escape

from bot.phrases import phrases
from retrieval.answer import Snippet

WBR = "<wbr>"
TAG = re.compile(r"(<[^>]*>)")
# A browser may break after 「・」 even under keep-all, so a list bullet (「・」 after a space: excerpts put a list on one
# line) could end a line with its item on the next: U+2060 WORD JOINER after it keeps the two together
WORD_JOINER = "\u2060"
# the bullet as it stands in our HTML: after the space, where a <wbr> begins its item's phrase (bot/phrases.py)
BULLET_HTML = re.compile(rf"(?<=\s)((?:{WBR})?)・")


def _joined_bullets(html_text: str) -> str:
    return BULLET_HTML.sub(r"\1・" + WORD_JOINER, html_text)


def _breaks(text: str) -> set[int]:
    """Offsets inside `text` where one phrase ends and the next begins."""
    return set(accumulate(len(p) for p in phrases(text))) - {0, len(text)}


def _broken(text: str, start: int, breaks: set[int]) -> str:
    """`text` (found at `start` of the whole) escaped, with <wbr> at the breaks strictly inside it."""
    cuts = [0] + [b - start for b in sorted(breaks) if start < b < start + len(text)] + [len(text)]
    return WBR.join(str(escape(text[a:b])) for a, b in pairwise(cuts))


# The same guideline and Q&A texts come back on every page (/qa shows them all): BudouX, in pure
# Python, took most of a page's time, so each text is phrased once per process.
CACHE_SIZE = 4096


@functools.lru_cache(maxsize=CACHE_SIZE)
def phrased(text: str) -> Markup:
    """Plain text, escaped, with <wbr> between its phrases."""
    return Markup(_joined_bullets(_broken(text, 0, _breaks(text))))


@functools.lru_cache(maxsize=CACHE_SIZE)
def snippet_html(snippet: Snippet) -> Markup:
    """An excerpt: the question's words in <mark>, <wbr> between phrases, … where it was cut."""
    body = "".join(text for text, _ in snippet.parts)
    breaks = _breaks(body)
    out = ["…"] if snippet.leading_ellipsis else []
    start = 0
    for text, hit in snippet.parts:
        if start in breaks:
            out.append(WBR)  # a phrase begins with this part: break before its <mark>, not inside
        inner = _broken(text, start, breaks)
        out.append(f"<mark>{inner}</mark>" if hit else inner)
        start += len(text)
    if snippet.trailing_ellipsis:
        out.append("…")
    return Markup(_joined_bullets("".join(out)))


@functools.lru_cache(maxsize=CACHE_SIZE)
def phrased_html(markup: Markup) -> Markup:
    """HTML we built ourselves (bot/web/render/markdown.py), with <wbr> between the phrases of each text run."""
    parts = TAG.split(str(markup))
    return Markup("".join(part if part.startswith("<") else str(phrased(html.unescape(part))) for part in parts))
