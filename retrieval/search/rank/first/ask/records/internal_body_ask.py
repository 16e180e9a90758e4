"""The passages naming a body inside the administration that carries 協働 across its departments, for a question asking
whether there is one: 「役所の中で部署をまたいで横につなぐ場ってあるんですか？」「協働を全庁で進めるために、役所の中には
どんな体制をつくればいいんでしょうか」 asks what 北九州市 names (「NPO窓口庁内連絡会議」), 小平市 (「庁内に協働の推進委員会を
設置します」) and 千葉県 (「千葉県県民活動推進会議を設置しています」).

The question's words (庁内, 連携, 体制) stand in 北九州市's survey finding that staff want more places to talk with
the groups (協働推進体制の課題), so the reranker at times puts that first: it says what is missing, not what body
there is. When an asking sentence asks about a place, a system or a body across the administration, among the
passages ranked nearest the top the first naming such a body goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# a place, a system or a body across the administration's departments
INTERNAL_BODY_ASK = re.compile(
    r"(?:庁内|役所の中|部署をまたい|部署を横断|課同士|課をまたい|全庁|横のつながり|横につな|縦割り"
    r"|\bacross (?:departments|city hall)|\bcross-department)[^。?？]{0,30}"
    r"(?:場|仕組み|体制|会議(?!室)|連絡|委員会|組織|\bbody\b|\bcommittee\b|\bstructure\b|\bsystem\b|\bmechanism\b)")
# 北九州市 「NPO窓口庁内連絡会議」, 小平市 「庁内に協働の推進委員会を設置します」, 千葉県 「千葉県県民活動推進会議を設置」
NAMES_A_BODY = re.compile(r"npo窓口庁内連絡会議|協働の推進委員会を設置|県民活動推進会議を設置")


class InternalBodyAsks(MarkedAsk):
    """Which passages name a body carrying 協働 across the departments, and which goes first for a question asking
    whether there is one."""

    ASK = INTERNAL_BODY_ASK
    ANSWERED_BY = NAMES_A_BODY
