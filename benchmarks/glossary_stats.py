"""The size and shape of knowledge/glossary.yaml, and the aliases that add nothing; prints, asserts nothing.

    python benchmarks/glossary_stats.py            # figures
    python benchmarks/glossary_stats.py --detail   # ... and the aliases a maintainer can drop

An alias adds nothing when the question would match without it: it holds one of its entry's own
terms (the term is searched for anyway), or another alias of the same entry is a run inside it
(「丸投げ」 matches wherever 「丸投げしたい」 does), or two aliases are the same words once the
analyzer has unified spellings and inflections (引継ぎ/引き継ぎ). An alias in two entries adds
both entries' terms, which is rarely meant.
"""

from __future__ import annotations

import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.knowledge import load_knowledge  # noqa: E402
from retrieval.search.aliases import _words_and_gaps  # noqa: E402
from retrieval.search.analyzer import normalize_text, shared_analyzer  # noqa: E402

GLOSSARY = ROOT / "knowledge" / "glossary.yaml"


def _key(alias: str) -> tuple[str, ...]:
    """What the matcher compares: English words, or the analyzer's normalized forms."""
    text = normalize_text(alias).strip()
    if text.isascii():  # words and the separators between them: "long-term" is not "long term"
        words, gaps = _words_and_gaps(text)
        return tuple(f"en:{w}" if i == 0 else f"en:{gaps[i - 1]}{w}" for i, w in enumerate(words))
    return shared_analyzer().forms(text)


def _holds(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    return bool(inner) and any(outer[i:i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


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
    owners: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
    for i, entry in enumerate(entries):
        term_keys = [_key(t) for t in entry.terms]
        keys = {a: _key(a) for a in entry.aliases}
        for alias, key in keys.items():
            owners[key].append((i, alias))
            if any(_holds(key, t) for t in term_keys):
                print(f"holds a term: {alias}  (terms {', '.join(entry.terms)})")
            for other, other_key in keys.items():
                if other != alias and other_key != key and _holds(key, other_key):
                    print(f"covered by 「{other}」: {alias}")
    for found in owners.values():
        if len(found) > 1:
            print("same words: " + " / ".join(f"{a} (entry {i + 1})" for i, a in found))


if __name__ == "__main__":
    main("--detail" in sys.argv[1:])
