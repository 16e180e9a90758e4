"""Which single lines may be headings, and of what kind.

A numbered line (第1章, 1., (1), ①, ア …) may be a heading when it is short and not a sentence.
An unnumbered line may be one when it is short: 【…】, 《…》 and 〔…〕 titles, ★…★ titles,
a line in bold, or plain words such as 「協働の意義」. Labels are not headings: lines opening
with a bullet (○, ・), <課題>, [取り組み], ※ notes and parenthesised remarks.
Whether a candidate is a heading also depends on what surrounds it (outline.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.knowledge.importer.structure.numbering import Numbering, parse_numbering

BULLET = re.compile(r"^[○●◆◇■□・☆]\s*")
LABEL = re.compile(r"^(?:[＜\[［※(（]|<(?![A-Za-z/])|注\s*\d|出典|資料\s*[:：])")
BRACKETS = {"【": "】", "《": "》", "≪": "≫", "〔": "〕"}
# Words that name a top-level part of any document, numbered or not.
TOP_LEVEL_WORDS = {"はじめに", "おわりに", "まえがき", "あとがき", "序", "序文", "序章", "終章", "結びに", "参考資料", "資料編",
                   "用語解説"}
NUMBERED_MAX = 60  # characters after the number
UNNUMBERED_MAX = 40
BOLD_MAX = 60


@dataclass(frozen=True)
class Candidate:
    text: str  # as the heading will read: bold markers and a leading bullet removed
    numbering: Numbering | None
    kind: str  # the numbering style, or "plain" / "【】" / "《》" / "〔〕" for unnumbered lines
    bold: bool = False
    bullet: str = ""  # a bullet removed from the start ("○" of "○③…")

    @property
    def bracketed(self) -> bool:
        return self.kind in ("【】", "《》", "〔〕")

    @property
    def top_level(self) -> bool:
        return self.numbering is None and self.text.strip() in TOP_LEVEL_WORDS


def heading_candidate(line: str) -> Candidate | None:
    text = line.strip()
    if not text or text.startswith(("- ", "* ", "+ ", "|", "#")):
        return None
    bold = len(text) > 4 and text.startswith("**") and text.endswith("**") and "**" not in text[2:-2]
    if bold:
        text = text[2:-2].strip()
    bullet = ""
    if match := BULLET.match(text):
        bullet, text = match.group(0).strip(), text[match.end():]
        if parse_numbering(text) is None:
            return None  # ○協働推進員の役割: a label above a list
    numbering = parse_numbering(text)
    if numbering is not None:
        rest = numbering.rest
        if len(rest) > NUMBERED_MAX or (rest.endswith("。") and len(rest) > 30) or rest.endswith(("、", ",", "，")):
            return None
        return Candidate(text, numbering, numbering.style, bold, bullet)
    if LABEL.match(text) or len(text) > (BOLD_MAX if bold else UNNUMBERED_MAX):
        return None
    if text.endswith(("、", ",", "，")) or (text.endswith(("。", "．")) and not bold):
        return None
    if re.search(r"[：:]\s*\S", text):
        return None  # 今後のステップ：実際に… is a label running into text
    closing = BRACKETS.get(text[0])
    if closing and text.endswith(closing):
        kind = "《》" if text[0] == "≪" else text[0] + closing
        return Candidate(text, None, kind, bold)
    return Candidate(text, None, "plain", bold)
