"""Slack mrkdwn text: escaping, quoting, links and cutting to Slack's length limits."""

from __future__ import annotations

ELLIPSIS = "…"


def escape(text: str) -> str:
    """Escape the three characters Slack treats as markup, so quoted text shows as written."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """Cut text to at most `limit` characters, ending with … when cut."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + ELLIPSIS


def clip_escaped(escaped: str, limit: int) -> str:
    """Like `clip`, for already escaped text: never leaves half an entity such as `&am`."""
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: max(limit - 1, 0)]
    amp = cut.rfind("&", max(len(cut) - 4, 0))  # the longest entity, &amp;, is 5 characters
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + ELLIPSIS


def plain(text: str, limit: int) -> str:
    """User or guideline text shown inline: escaped and cut."""
    return clip_escaped(escape(text), limit)


def quote(text: str, limit: int) -> str:
    """Every line as a `>` quote, escaped, the whole at most `limit` characters."""
    lines = [escape(line.strip()) for line in text.strip().splitlines()]
    return clip_escaped("\n".join(f"> {line}" if line else ">" for line in lines), limit)


def link(url: str, label: str, limit: int = 300) -> str:
    """A Slack link; the label is escaped so headings like 「3. 協働 > (3) 形態」 stay inside it."""
    return f"<{url}|{plain(label.replace('|', '｜'), limit)}>"
