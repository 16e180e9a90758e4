"""Find the parts of a source that are not guideline passages: the cover (title, issuer, date —
they go to the front matter), the table of contents, and a city charter or city emblems at the end.

Each part is excluded block by block, with its reason; nothing here is dropped silently.
"""

from __future__ import annotations

import re
import unicodedata

from retrieval.knowledge.importer.model import Block, Excluded, Note
from retrieval.knowledge.importer.structure.numbering import parse_numbering

TOC_TITLE = re.compile(r"^\s*(目\s*次|もくじ|contents|table\s+of\s+contents)\s*$", re.IGNORECASE)
# "(1) 協働とは何か\t2", "協働とは ………… 12", "1. 各種計画と協働\t"
TOC_PAGE = re.compile(r"(?:\t+|\s*[.…‥・･·]{2,}\s*|\s+)[0-9０-９]{1,3}\s*$|\t\s*$")
# The end pages of Japanese municipal documents: 市民憲章, 市の花, 市の木, 市の鳥 and the like.
EMBLEM = re.compile(r"(?:[市町村県区都道府]民憲章|[市町村県区都道府]の(?:花|木|鳥|歌|魚|蝶|色))\s*$")

COVER_REASON = "表紙（front matter に記載）"
TOC_REASON = "目次"
EMBLEM_REASON = "市民憲章・市の花など（指針の本文ではない）"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def cover_blocks(blocks: list[Block], title: str, issuer: str, date: str) -> int:
    """How many blocks at the top are the cover: lines that repeat the title, issuer or date."""
    known = {squeeze(value) for value in (title, issuer, date) if squeeze(value)}
    count = 0
    for block in blocks:
        if not all(squeeze(line.text) in known for line in block.lines):
            break
        count += 1
    return count


def toc_span(blocks: list[Block]) -> tuple[int, int] | None:
    """[start, end) of the table of contents: the block its title opens, then its entries, up to
    the block where the first entry comes back as the body's first heading."""
    start = next((i for i, block in enumerate(blocks) if TOC_TITLE.match(block.lines[0].text)), None)
    if start is None:
        return None
    entries = [line.text for line in blocks[start].lines[1:]] + [line.text for b in blocks[start + 1:] for line in b.lines]
    if not entries:
        return None
    first = _entry_text(entries[0])
    opening = start + 1 if len(blocks[start].lines) > 1 else start + 2  # the first entry's own block is not its return
    for end in range(opening, len(blocks)):
        if _entry_text(blocks[end].lines[0].text) == first:
            return start, end
    # The first entry never comes back: the contents end where lines stop looking like entries.
    end = start + 1
    while end < len(blocks) and all(_looks_like_entry(line.text) for line in blocks[end].lines):
        end += 1
    return start, end


def _entry_text(line: str) -> str:
    return squeeze(TOC_PAGE.sub("", line))


def _looks_like_entry(line: str) -> bool:
    return bool(TOC_PAGE.search(line)) or (parse_numbering(line) is not None and len(line.strip()) <= 50)


def emblem_start(blocks: list[Block]) -> int | None:
    """Index of the first block of a charter or emblem page at the end of the document, if any:
    after it, no line may look like a numbered heading (that would be more guideline)."""
    for index, block in enumerate(blocks):
        if any(len(line.text.strip()) <= 30 and EMBLEM.search(line.text) and parse_numbering(line.text) is None
               for line in block.lines):
            later = blocks[index + 1:]
            if not any(len(b.lines) == 1 and parse_numbering(b.lines[0].text) for b in later):
                return index
            return None
    return None


def find_leftouts(blocks: list[Block], title: str, issuer: str, date: str) -> tuple[list[Block], list[Excluded], list[Note]]:
    """The blocks to convert, the blocks excluded (with reasons) and notes for the maintainer."""
    reasons: dict[int, str] = {}
    for index in range(cover_blocks(blocks, title, issuer, date)):
        reasons[index] = COVER_REASON
    notes: list[Note] = []
    span = toc_span(blocks)
    if span:
        for index in range(*span):
            reasons.setdefault(index, TOC_REASON)
    tail = emblem_start(blocks)
    if tail is not None:
        for index in range(tail, len(blocks)):
            reasons.setdefault(index, EMBLEM_REASON)
        notes.append(Note(blocks[tail].first, f"ここから文書の終わりまで（{len(blocks) - tail} 段落）を市民憲章・市の花などとして除きました。",
                          blocks[tail].lines[0].text))
    kept = [block for index, block in enumerate(blocks) if index not in reasons]
    excluded = [Excluded(blocks[index].first, blocks[index].text, reason) for index, reason in sorted(reasons.items())]
    return kept, excluded, notes
