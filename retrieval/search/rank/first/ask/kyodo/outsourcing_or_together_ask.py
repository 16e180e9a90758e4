"""The passages setting 協働 against outsourcing, for a question asking, in everyday words, how having a group do what
the city decided differs from working it out together: 「中身を全部こっちで決めて外の団体にやってもらうのと、最初から一緒
に考えてやるのとでは、何が違うんですか」 asks what 大阪市 answers — 「外注先は、いわば行政の下請け的な関係となる」 while in
協働 「その内容や展開方法を両者の話し合いの中でまとめていく」 — and 網走市's 委託 (「単なるアウトソーシング事業とは異なります」
「丸投げではなく、一緒に考え進めていく必要があります」).

Such a question avoids the guidelines' nouns (委託, 外注, 協働), and its words (一緒, 団体, 決める, 仕事) stand in many
passages, so the reranker puts one on the city's cautions or on which projects suit 協働 first (sixteen read
paraphrases had the answer second to ninth). When an asking sentence sets a job done for the city (お願いしてやってもらう,
頼む, 発注, 外に出す, 肩代わり) against one done together (一緒に, 組んで, 話し合い) and asks the difference, among the passages
ranked nearest the top the first setting 協働 against outsourcing goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

_FOR_THE_CITY = r"(?:やってもら|頼む|頼んで|お願いする|お願いして|発注|外に出す|外注|肩代わり|代わりにやって|丸投げ)"
_TOGETHER = r"(?:一緒に|組んで|話し合い|共に)"
_DIFFERENCE = r"(?:違い|違う|異なる)"
OUTSOURCING_OR_TOGETHER_ASK = re.compile(
    rf"{_FOR_THE_CITY}[^。?？!！]{{0,40}}?{_TOGETHER}[^。?？!！]{{0,30}}?{_DIFFERENCE}"
    rf"|{_TOGETHER}[^。?？!！]{{0,40}}?{_FOR_THE_CITY}[^。?？!！]{{0,30}}?{_DIFFERENCE}")
# 大阪市 「外注先は、いわば行政の下請け的な関係となる」; 網走市 「単なるアウトソーシング事業とは異なります」
SETS_AGAINST_OUTSOURCING = re.compile(r"外注先は、いわば行政の下請け的な関係|単なるアウトソーシング事業とは異なります")


class OutsourcingOrTogetherAsks(MarkedAsk):
    """Which passages set 協働 against outsourcing, and which goes first for a question asking the difference."""

    ASK = OUTSOURCING_OR_TOGETHER_ASK
    ANSWERED_BY = SETS_AGAINST_OUTSOURCING
    WIDE = True
