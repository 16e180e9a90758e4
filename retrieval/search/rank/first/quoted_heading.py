"""The section a question names by quoting its heading's words: 「時限性の原則」って何？ asks for
北九州市's 「7 定期的に評価しよう（時限性の原則）」, not the chapter that lists all seven principles.

The reranker seldom sees a quote (a few dozen of the thousands of questions it was fitted on), so it ranks such a
question by its words like any other, and a Q&A entry citing the chapter can lift the chapter above the section the
asker named. A phrase quoted in a sentence that asks, found in one section's own heading and in no other heading,
names that section, and it goes first. A quote in the situation (研修で「時限性の原則」を習いました。ところで後援と共催の
違いは？) is what was said or read, not what is asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.search.question.analyzer import normalize_text

QUOTED_PHRASE = re.compile(r"[「『\"“]([^」』\"”]{3,30})[」』\"”]")
# ... and the guideline's own words put in brackets after English ones: "an 'equal relationship' (対等関係)" names 小平市's
# 「エ 対等関係」 as a quote would (NFKC has made full-width brackets ASCII)
BRACKETED_JAPANESE = re.compile(r"\(([\u3040-\u30ff\u4e00-\u9fff・ー]{3,30})\)")
# ... but a word quoted as what something is called (「「実行委員会」って名前にしないとダメ？」「『実行委員会』みたいな正式な
# 会議に」「「実行委員会」じゃなくて「連絡会」って名前でも」, tune255, tune265, tune275: read) asks about the name, which
# 小平市 answers — 「実行委員会や打ち合わせなど、その名称にはとられません」 — not about the form the heading names
CALLED_SO = re.compile(r"(?:って|という|との|の)?(?:名前|名称|呼び方|呼び名)|みたいな|じゃなくて|ではなくて")
# brackets inside a heading a question quotes without them: 「なぜ協働が必要なの？」 names 千葉県's 「なぜ「協働」が必要なの？」
INNER_BRACKETS = str.maketrans("", "", " 「」『』")


class QuotedHeadings:
    """Which section, if any, a question names by quoting words of its heading."""

    def __init__(self, headings: Sequence[tuple[str, str, str]]) -> None:
        """`headings`: each section's guideline id, section id and own heading."""
        self._headings = [(doc, section, normalize_text(heading).translate(INNER_BRACKETS))
                          for doc, section, heading in headings]

    def named(self, text: str) -> tuple[str, str] | None:
        """The one section whose own heading holds a phrase the (normalized) question quotes."""
        for match in QUOTED_PHRASE.finditer(text):
            if CALLED_SO.match(text, match.end()):
                continue
            phrase = match.group(1).translate(INNER_BRACKETS)
            sections = [(doc, section) for doc, section, heading in self._headings if phrase in heading]
            if len(sections) == 1:
                return sections[0]
        for match in BRACKETED_JAPANESE.finditer(text):
            # only a heading it ends: "outsourcing (外部委託)" glosses a word, and 千葉県's 「「協働」と「支援」「外部委託」の
            # 違いを理解しよう」 holds it without being about it alone
            sections = [(doc, section) for doc, section, heading in self._headings
                        if heading.rstrip(")").endswith(match.group(1))]
            if len(sections) == 1:
                return sections[0]
        return None
