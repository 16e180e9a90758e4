"""千葉県's collection of cases, for a question asking where examples of 協働 are gathered: 「他の自治体の協働事例を調べ
られる資料があれば教えてください」「千葉県内の協働の事例を参考にしたいんだけど、どこで見られる？」 "Are there collections of
real collaboration examples anywhere that I could browse?" ask what 千葉県 lists among its sources of information —
「協働事例集ちばコラボナビ（協働の取組紹介サイト）」.

The question's words (事例, 協働, 参考) stand in every passage naming a project and in 北九州市's plans to gather cases,
so the reranker puts one of those first, and the list of 千葉県's sources, holding few of the words, ranks low. When an
asking sentence asks where examples are collected, put together or can be looked up, among all the passages the
question matches the first naming the collection goes first. Which examples the guidelines themselves give (ExampleAsks,
「ガイドラインにはどんな事例が載っていますか」), other departments' projects (庁内) and a page the asker is making are
other questions.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# where examples are gathered, put together or looked up — not the guidelines' own examples, the office's, or a
# collection the asker is making
CASES_WHERE = re.compile(
    r"^(?!.*(?:ガイドライン|指針|庁内|ほかの課|他の課|作りたい|作って|\bcases where\b))"
    r".*(?:(?:事例|うまくいった(?:例|取組)|取組の例|\bexamples?\b)[^。?？]{0,30}"
    r"(?:まとめ|集め|載って|調べられ|見られ|資料|どこ|\bcollections?\b|\bbrowse\b|\bwhere\b|\blook up\b)"
    r"|(?:どこ|\bwhere\b)[^。?？]{0,30}(?:事例|\bexamples?\b))")
# 千葉県 「協働事例集ちばコラボナビ（協働の取組紹介サイト）」
NAMES_THE_COLLECTION = re.compile(r"協働事例集ちばコラボナビ")


class CaseCollectionAsks(MarkedAsk):
    """Which passage names a collection of cases, and when it goes first."""

    ASK = CASES_WHERE
    ANSWERED_BY = NAMES_THE_COLLECTION
    WHOLE_ORDER = True
