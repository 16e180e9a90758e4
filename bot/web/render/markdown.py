"""Render the small Markdown subset of guideline sections as HTML that cannot carry markup of its own.

Guideline bodies use paragraphs, "- " lists (nested by indentation, items may hold
indented paragraphs), "|" tables and **bold**; one file underlines with <u>…</u> and
lists addresses as <https://…>. Every character of the source is escaped first, so
only the elements built here can appear: p, ul, li, table, thead, tbody, tr, th, td,
strong, u and a (http/https only). A Markdown library would accept raw HTML, which
guideline files must never be able to inject.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from retrieval.knowledge.markup import TABLE_RULE

LIST_ITEM = re.compile(r"^( *)- (.*)$")
TABLE_ROW = re.compile(r"^\s*\|")
INLINE = re.compile(r"\*\*(?P<bold>.+?)\*\*|<u>(?P<under>.+?)</u>|<(?P<url>https?://[^\s<>\"]+)>")


def render(text: str) -> Markup:
    """HTML for a section body; safe to insert into a template as is."""
    return Markup("".join(_blocks(text.splitlines())))


def _blocks(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif LIST_ITEM.match(line):
            i = _list(lines, i, out)
        elif TABLE_ROW.match(line):
            i = _table(lines, i, out)
        else:
            paragraph = []
            while i < len(lines) and lines[i].strip() and not LIST_ITEM.match(lines[i]) \
                    and not TABLE_ROW.match(lines[i]):
                paragraph.append(lines[i].strip())
                i += 1
            out.append(f"<p>{inline(' '.join(paragraph))}</p>")
    return out


def _list(lines: list[str], start: int, out: list[str]) -> int:
    """One list at the indentation of its first item; deeper lines belong to the items above them."""
    indent = len(LIST_ITEM.match(lines[start]).group(1))
    items: list[list[str]] = []
    i = start
    while i < len(lines):
        line = lines[i]
        match = LIST_ITEM.match(line)
        if match and len(match.group(1)) == indent:
            items.append([match.group(2)])
        elif not line.strip() or _indent(line) > indent:
            items[-1].append(line[indent + 2:] if _indent(line) >= indent + 2 else line.strip())
        else:
            break
        i += 1
    out.append("<ul>")
    for item in items:
        while item and not item[-1].strip():
            item.pop()
        body = _blocks(item)
        # As in CommonMark, an item without blank lines is "tight": its text is not a paragraph.
        if all(line.strip() for line in item):
            body = [block[3:-4] if block.startswith("<p>") else block for block in body]
        out.append("<li>" + "".join(body) + "</li>")
    out.append("</ul>")
    return i


def _table(lines: list[str], start: int, out: list[str]) -> int:
    rows: list[list[str]] = []
    i = start
    has_rule = False
    while i < len(lines) and TABLE_ROW.match(lines[i]):
        if TABLE_RULE.match(lines[i]):
            has_rule = True
        else:
            rows.append(_cells(lines[i]))
        i += 1
    header = rows.pop(0) if has_rule and rows else []
    out.append("<table>")
    # Some tables have an empty header row only because Markdown requires one.
    if any(cell for cell in header):
        out.append("<thead><tr>" + "".join(f'<th scope="col">{inline(c)}</th>' for c in header) + "</tr></thead>")
    out.append("<tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>")
    out.append("</tbody></table>")
    return i


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [cell.strip() for cell in line.split("|")]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def inline(text: str) -> Markup:
    """Escape a line, then turn only **bold**, <u>…</u> and <https://…> into elements."""
    parts: list[str] = []
    cursor = 0
    for match in INLINE.finditer(text):
        parts.append(str(escape(text[cursor:match.start()])))
        if match.group("bold") is not None:
            parts.append(f"<strong>{inline(match.group('bold'))}</strong>")
        elif match.group("under") is not None:
            parts.append(f"<u>{inline(match.group('under'))}</u>")
        else:
            url = escape(match.group("url"))
            parts.append(f'<a href="{url}" rel="noopener noreferrer">{url}</a>')
        cursor = match.end()
    parts.append(str(escape(text[cursor:])))
    return Markup("".join(parts))
