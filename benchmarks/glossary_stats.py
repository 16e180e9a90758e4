"""The size and shape of knowledge/glossary.yaml, and the aliases that add nothing; prints, asserts nothing.

    python benchmarks/glossary_stats.py            # figures
    python benchmarks/glossary_stats.py --detail   # ... and the aliases a maintainer can drop

An alias adds nothing when the question would match without it: it holds one of its entry's own
terms (the term is searched for anyway), or another alias of the same entry matches inside it
(「丸投げ」 matches wherever 「丸投げしたい」 does, 引き継ぐ wherever 引き継いだ does). An alias that
is the same words as one in another entry adds both entries' terms, which is rarely meant.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.knowledge import load_knowledge  # noqa: E402
from retrieval.search.question.aliases import AliasLists  # noqa: E402
from retrieval.search.question.analyzer import normalize_text, shared_analyzer  # noqa: E402

GLOSSARY = ROOT / "knowledge" / "glossary.yaml"


def main(detail: bool) -> None:
    entries = load_knowledge().glossary
    counts = [len(e.aliases) for e in entries]
    aliases = [a for e in entries for a in e.aliases]
    english = [a for a in aliases if normalize_text(a).isascii()]
    lines = GLOSSARY.read_text("utf-8").splitlines()
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    widest = max(range(len(lines)), key=lambda i: len(lines[i].encode("utf-8")))
    largest = max(range(len(entries)), key=lambda i: counts[i])
    print(f"entries: {len(entries)}")
    print(f"aliases: {len(aliases)} (English {len(english)}, Japanese {len(aliases) - len(english)})")
    print(f"aliases per entry: median {statistics.median(counts):g}, max {counts[largest]} "
          f"(terms {', '.join(entries[largest].terms)})")
    print(f"longest line: {len(lines[longest])} characters (line {longest + 1}); "
          f"{len(lines[widest].encode('utf-8'))} bytes in UTF-8 (line {widest + 1})")

    if not detail:
        return
    # The matcher itself decides: an alias adds nothing when, in its own text, the engine already
    # finds one of its entry's terms or another alias of the same entry. English and Japanese are
    # compared only among themselves: Sudachi reads "volunteer" as ボランティア, but a question's own
    # English word is searched as written, and an English alias also matches its plural.
    analyzer = shared_analyzer()
    owner = [i for i, entry in enumerate(entries) for _ in entry.aliases]
    english_alias = [normalize_text(a).isascii() for a in aliases]
    each_alias = AliasLists([[a] for a in aliases], analyzer)
    terms_by_script = {
        script: AliasLists([[t for t in e.terms if normalize_text(t).isascii() == script] for e in entries], analyzer)
        for script in (True, False)
    }
    for k, alias in enumerate(aliases):
        text = normalize_text(alias)
        if owner[k] in terms_by_script[english_alias[k]].found_in(text):
            print(f"holds a term: {alias}  (terms {', '.join(entries[owner[k]].terms)})")
        for other in sorted(each_alias.found_in(text) - {k}):
            if english_alias[other] != english_alias[k]:
                continue
            if owner[other] == owner[k]:
                print(f"covered by 「{aliases[other]}」: {alias}")
            elif k in each_alias.found_in(normalize_text(aliases[other])) and k < other:
                print(f"in two entries: {alias} (entry {owner[k] + 1}) / {aliases[other]} (entry {owner[other] + 1})")

if __name__ == "__main__":
    main("--detail" in sys.argv[1:])
