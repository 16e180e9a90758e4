"""Read the file a maintainer hands in: its encoding, its line endings, and whether it is Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Japanese extractions come as UTF-8, or as Shift_JIS / EUC-JP from older tools.
ENCODINGS = ("utf-8-sig", "cp932", "euc_jp")
MARKDOWN_SUFFIXES = {".md", ".markdown"}
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S")


class SourceUnreadable(Exception):
    """The file cannot be read as text; carries a Japanese message."""


@dataclass(frozen=True)
class SourceText:
    text: str  # with "\n" line endings; line numbers are those of the file
    encoding: str
    markdown: bool


def read_source(path: Path) -> SourceText:
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise SourceUnreadable(f"{path} を読めません（{error.strerror}）。") from None
    if b"\x00" in raw:
        raise SourceUnreadable(f"{path} はテキストファイルではないようです（PDF や Word の場合は、先にテキストとして書き出してください）。")
    for encoding in ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SourceUnreadable(f"{path} の文字コードが分かりません（UTF-8・Shift_JIS・EUC-JP のどれでもありません）。")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    markdown = Path(path).suffix.lower() in MARKDOWN_SUFFIXES or any(
        MARKDOWN_HEADING.match(line) for line in text.splitlines())
    return SourceText(text, "utf-8" if encoding == "utf-8-sig" else encoding, markdown)
