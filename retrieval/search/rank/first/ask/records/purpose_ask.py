"""The passage on why a guideline was written, for a question that asks it: 「網走市の職員向け協働指針って、どういう
問題意識で作られたんですか？」 asks what moved the city to write its guideline, and each guideline says so under a
heading of its own — 網走市 「はじめに」, 大阪市 「「協働指針」策定の趣旨」, 小平市 「協働の背景認識と指針の意義」.

The words of such a question (指針, 職員, 協働, 問題) stand in many passages, and the reranker ranks first the one on
staff awareness or on the background of 協働 at large. So among the passages ranked nearest the top — all of the named
guideline's — the first under such a heading goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

_DOCUMENT = r"(?:指針|ガイドライン|方針|マニュアル)"
# not 「指針を作ったあと」: what came after it
_WRITTEN = r"(?:作った|作られた|つくった|つくられた|作成した|作成された|策定した|策定された|定めた|まとめた|作る|つくる)(?!あと|後)"
_WHY = r"(?:理由|きっかけ|経緯|問題意識|目的|狙い|ねらい|趣旨|なぜ|なんで|どうして|どういう|何のため|なんのため|困りごと|困り事)"
PURPOSE_ASK = re.compile(
    rf"{_DOCUMENT}[^。?？!！]{{0,12}}?{_WRITTEN}[^。?？!！]{{0,12}}?{_WHY}"
    rf"|{_WHY}[^。?？!！]{{0,16}}?{_DOCUMENT}[^。?？!！]{{0,6}}?{_WRITTEN}"
    rf"|{_DOCUMENT}[^。?？!！]{{0,8}}?{_WHY}[^。?？!！]{{0,12}}?{_WRITTEN}"
    rf"|{_DOCUMENT}(?:策定|作成)の(?:趣旨|目的|理由|経緯)"
    r"|\bwhy did \S+ (?:write|make|create|draw up|adopt|produce|put together)\b"
    r"|\bwhat (?:prompted|led) \S+ to (?:write|make|create|draw up|adopt)\b"
    # "why would a city bother writing a formal guideline …", "the problem the 協働指針 was written to fix"
    r"|\bwhy\b[^.?!]{0,30}\b(?:writ(?:e|ing)|draw(?:ing)? up|adopt(?:ing)?)\b[^.?!]{0,30}(?:guideline|指針|\bpolicy\b)"
    r"|(?:guideline|指針|\bpolicy\b)[^.?!]{0,12}\b(?:was|were) (?:written|created|made|drawn up) to (?:fix|solve|address)\b")
PURPOSE_HEADING = re.compile(r"趣旨|はじめに|指針の意義")


class PurposeAsks(MarkedAsk):
    """Which passages tell why a guideline was written, and which goes first for a question asking it."""

    ASK = PURPOSE_ASK
    ANSWERED_BY = PURPOSE_HEADING
    READS_HEADINGS = True
