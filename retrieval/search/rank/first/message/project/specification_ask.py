"""The passages contrasting outsourcing with 協働 — who writes the specification, and whether price decides — for a
message asking whether the city may write it alone or pick the cheapest: 「協働で委託する場合も、仕様書は市が先に全部
決めて団体に示すもの？」「見積の安さだけで決めていい？」 ask what 千葉県's park example sets side by side (「行政の目的に
基づいた仕様書」「より低廉な価格で…選考基準」 against 「提案された内容に基づいて協議を行い…仕様書を作成」) and 大阪市 says
in a sentence (「仕様書の設定などの委託内容は行政が決め、外注先は、いわば行政の下請け的な関係となる」).

The message's words (委託, 仕様書, 見積, 団体) stand in 網走市's section on 委託 — where a 仕様書 is where personal data
rules go — and in its checklist of 協働のポイント, so the reranker puts those first. When the message says the city
writes the specification by itself or asks about choosing by price, among the passages ranked nearest the top the first
of those contrasting the two goes first. A message about personal data in the specification is left alone: 網走市's
section answers it.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the city writes it alone (市が全部作って, こちらで全部決めて, 仕様書を固めて), or price decides (一番安い, 安さ, 価格で,
# 入札で) — and not the personal data a specification must cover
SPECIFIED_OR_PRICED = re.compile(
    r"^(?!.*(?:個人情報|名簿|守秘))"
    r".*(?:仕様書?[^。?？]{0,12}(?:市が|行政が|こっちで|こちらで|うちが|全部|先に|固め|ガチガチ|そのまま)"
    r"|(?:市が|行政が|こっちで|こちらで|全部)[^。?？]{0,8}仕様"
    r"|(?:一番|いちばん|最も)安い|安さ|価格(?:だけ|で)|入札(?:で|みたいに)|見積(?:額|金額)?[^。?？]{0,8}安)")
# 千葉県's table (仕様書, selection by price or by proposal, the contract) and 大阪市's sentence on 外注
SETS_SIDE_BY_SIDE = re.compile(r"低廉な価格|提案された内容に基づいて協議|行政の目的に基づいた仕様書|仕様書の設定などの委託内容は行政が決め")


class SpecificationAsks(MarkedAsk):
    """Which passages contrast outsourcing with 協働, and which goes first for a message asking who specifies or
    whether price decides."""

    ANSWERED_BY = SETS_SIDE_BY_SIDE
    SETTING = SPECIFIED_OR_PRICED
