"""Which municipality a question asks about when kyodo holds no guideline of it: 「横浜市の協働契約の制度では…」, "How does
Yokohama's 協働契約 differ …"."""

from __future__ import annotations

import re
from collections.abc import Collection

from retrieval.search.decline.fact_kinds import OTHER_MUNICIPALITY, Found
from retrieval.search.question.analyzer import Analysis

# 「横浜市の協働契約の制度では…」「埼玉県や神奈川県にもありますか」: an ask about a municipality whose guideline the
# knowledge does not hold. Only a place the analyzer names as one (固有名詞・地名) with a municipal suffix, and only as
# what is asked about — followed by の, では, って, は, にも, や — never as who is asking (「横浜市の職員です」「横浜市から
# 異動してきました」), as a model to follow (「横浜市みたいに」「横浜市のように協定を結ぶには」), as a region
# (「北海道の自治体でも参考になる？」) or as part of an address (「東京都の小平市」).
MUNICIPAL_SUFFIXES = ("都", "道", "府", "県", "市", "区", "町", "村")
# each particle and what must follow it (None: anything): で only as では, に as にも or には (「横浜市には協働契約という
# 仕組みがあると聞いたけど、どんな中身？」, tune148, tune156), だ as だと (「横浜市だと協働契約っていう仕組みがあるって
# 聞いたんですが」, tune186)
ABOUT_IT: dict[str, tuple[str, ...] | None] = {"の": None, "って": None, "は": None, "や": None, "が": None,
                                             "で": ("は",), "に": ("も", "は"), "だ": ("と",)}
ASKER_NOUNS = {"職員", "者", "人", "担当", "担当者", "出身", "役所", "市役所", "区役所", "町役場", "村役場", "役場", "庁",
               "県庁", "都庁", "府庁"}
REGION_NOUNS = {"自治体", "市町村", "市区町村", "地域", "各地", "各市", "市", "町", "村", "中"}
# (どのように asks how: 「横浜市の協働条例では、協働の原則をどのように定めていますか」, tune182)
LIKE_IT = re.compile(r"(みたいに|(?<!どの)ように|並みに|と同じように)")

# In English a place is a capitalised word that owns something, is named a city, or is asked whether it has or how it
# handles something ("How does Yokohama's 協働契約 differ …", "Sapporo City's rule", "Does Sapporo have a collaboration
# ordinance?", "How does Yokohama handle collaboration contracts?", "What changes did Sapporo make when it revised …") —
# not as a sentence's first word, which may be a contraction (What's, It's), not as a model to follow ("like
# Yokohama's"), and not as the name of the asker's section ("Watanabe, Children's Affairs.": a possessive before
# Affairs, Division, Section … names a department). "Yokohama apparently has …" opens its sentence with the city and
# is not read.
DEPARTMENT = r"(?:Affairs|Division|Section|Department|Dept|Office|Bureau|Desk|Team|Unit)\b"
ENGLISH_PLACE = re.compile(rf"\b([A-Z][a-z]{{2,}})(?:'s\b(?!\s+{DEPARTMENT})|\s+(?:[Cc]ity|Prefecture|Ward|Town)\b)"
                           r"|\b(?:[Dd]oes|[Dd]id) ([A-Z][a-z]{2,}) (?:have|has|handle|manage|require|run|deal|make|revise"
                           r"|change)\b")
NOT_PLACES = frozenset({"what", "it", "where", "who", "when", "that", "there", "here", "he", "she", "how", "let",
                        "today", "japan", "english", "japanese"})
ENGLISH_LIKE = ("like", "as in", "similar to", "following")


def english_municipality(written: str, known: Collection[str]) -> Found | None:
    """A municipality an English question, as typed, asks about whose guideline is not among `known` (the guidelines'
    issuers and ids: kodaira, abashiri …)."""
    known_lower = [place.lower() for place in known]
    for match in ENGLISH_PLACE.finditer(written):
        name, before = match.group(1) or match.group(2), written[:match.start(match.lastindex or 1)].rstrip()
        if not before or before[-1] in ".?!>。？！" or name.lower() in NOT_PLACES or \
                before.lower().endswith(ENGLISH_LIKE) or any(name.lower() in place for place in known_lower):
            continue
        return Found(OTHER_MUNICIPALITY, name)
    return None


def other_municipality(analysis: Analysis, known: Collection[str]) -> Found | None:
    """A municipality the sentence asks about whose guideline is not among `known` (the guidelines' issuers, which may
    name a department after the city: 横浜市市民局)."""
    if LIKE_IT.search(analysis.text):
        return None
    words = [m for m in analysis.morphemes if m.pos[0] not in ("補助記号", "空白")]
    for i, word in enumerate(words):
        if word.pos[1:3] != ("固有名詞", "地名"):
            continue
        name, after = word.surface, words[i + 1:]
        if not name.endswith(MUNICIPAL_SUFFIXES) and after and after[0].surface in MUNICIPAL_SUFFIXES:
            name, after = name + after[0].surface, after[1:]  # 大沼 + 町
        if not name.endswith(MUNICIPAL_SUFFIXES) or any(name in place for place in known) or not after:
            continue
        particle, following = after[0].surface, after[1].surface if len(after) > 1 else ""
        if particle not in ABOUT_IT or (ABOUT_IT[particle] is not None and following not in ABOUT_IT[particle]):
            continue
        if particle == "の" and (following in ASKER_NOUNS | REGION_NOUNS or following.endswith(("課", "係", "局", "部"))
                                or len(after) > 1 and _municipality_at(after[1:])):
            continue  # who asks; a region (北海道の自治体); an address (東京都の小平市)
        return Found(OTHER_MUNICIPALITY, name)
    return None


def _municipality_at(words: list) -> bool:
    """The words begin with a municipality's name (小平市, or 大沼 + 町): 「東京都の小平市」 is an address; 「横浜市の
    「横浜コード」」 names a place in a code's name, and asks about the city."""
    if words[0].pos[1:3] != ("固有名詞", "地名"):
        return False
    return words[0].surface.endswith(MUNICIPAL_SUFFIXES) or (len(words) > 1 and words[1].surface in MUNICIPAL_SUFFIXES)
