"""Whether a paragraph break falls inside a word or sentence: 「…ボラ」 / 「ンティア…」.

Sudachi reads the few characters on both sides of the break; a word that spans it (ボランティア,
事業, 市民), or a next paragraph that opens with a particle, an auxiliary or a suffix, means the
extraction cut one paragraph in two.
"""

from __future__ import annotations

from functools import lru_cache

from sudachipy import Dictionary, SplitMode

CONTEXT = 12  # characters read on each side of the break
# A paragraph cannot open with these parts of speech: they lean on the word before them.
LEANING_POS = {"助詞", "助動詞", "接尾辞"}
LEANING_CHARS = set("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮンー、。，．）」』】〕》")


@lru_cache(maxsize=1)
def _tokenizer():
    # SplitMode.A: the shortest units, so only a real word (not a compound) can span the break.
    return Dictionary().tokenizer(mode=SplitMode.A)


def leans_on_previous(right: str) -> bool:
    """`right` continues something: it opens with a particle, an auxiliary, a suffix or 」."""
    right = right.strip()
    if not right:
        return False
    if right[0] in LEANING_CHARS:
        return True
    first = next(iter(_tokenizer().tokenize(right[:CONTEXT])), None)
    return first is not None and first.part_of_speech()[0] in LEANING_POS


def splits_a_word(left: str, right: str) -> bool:
    """A word runs across the end of `left` into the start of `right`."""
    left, right = left.rstrip()[-CONTEXT:], right.strip()[:CONTEXT]
    if not left or not right:
        return False
    joint = len(left)
    return any(m.begin() < joint < m.end() for m in _tokenizer().tokenize(left + right))
