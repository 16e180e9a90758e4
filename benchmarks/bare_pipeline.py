"""The bare pipeline kyodo is measured against: Sudachi mode C + rank-bm25 over the same paragraphs.

    python benchmarks/bare_pipeline.py "質問"      # a cold process: prints the top 3 paragraphs

No glossary, no Q&A, no declining, no snippets: the least a search over the knowledge can do.
retrieval_speed.py runs it beside kyodo in one run and prints the ratios.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rank_bm25 import BM25Okapi
from sudachipy import Dictionary, SplitMode

ROOT = Path(__file__).resolve().parent.parent
GUIDELINES = ROOT / "knowledge" / "guidelines"


def paragraphs() -> list[str]:
    result = []
    for path in sorted(GUIDELINES.glob("*.md")):
        body = path.read_text("utf-8").split("\n---\n", 1)[-1]
        result += [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    return result


class Bare:
    def __init__(self, texts: list[str]) -> None:
        self.tokenizer = Dictionary().create(SplitMode.C)
        self.texts = texts
        self.index = BM25Okapi([self.terms(t) for t in texts])

    def terms(self, text: str) -> list[str]:
        return [m.normalized_form() for m in self.tokenizer.tokenize(text)]

    def top(self, question: str, k: int = 3) -> list[str]:
        scores = self.index.get_scores(self.terms(question))
        return [self.texts[i] for i in scores.argsort()[::-1][:k]]


if __name__ == "__main__":
    for text in Bare(paragraphs()).top(sys.argv[1] if len(sys.argv) > 1 else "後援は協働ですか"):
        print(text[:60].replace("\n", " "))
