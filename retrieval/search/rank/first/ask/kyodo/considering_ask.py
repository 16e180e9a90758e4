"""小平市's rule of considering 協働 whenever a project is planned or reviewed, for a question asking whether or when it
must be considered: 「新しい事業を立ち上げるとき、協働でできないか毎回考えないといけないの？」 "When we launch a new 事業 or
review an existing one, are we expected to consider 協働 as an option?" ask for 「新規事業を検討するときや事業を見直すときは、
その事業の目的や内容等を踏まえて協働を検討します」.

The question's words (新規事業, 協働, 検討) stand as much in the points for judging whether a project suits 協働, which
the reranker puts first; those say how to judge, this one when to ask. When an asking sentence asks whether 協働 must
be considered every time, or when to consider switching a project to it, among all the passages the question matches
(the ask is particular, and its words — 毎回, 立ち上げる — stand in none of them) the rule goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# whether 協働 must be considered every time a project is planned or reviewed, or when to consider switching
CONSIDERING_ASK = re.compile(
    r"(?:毎回|いつも|必ず)[^。?？]{0,15}(?:考え|検討)(?:しな|ないと|なきゃ|なければ|すべき|する必要)"
    r"|協働に切り替える(?:か|の)[^。?？]{0,12}(?:タイミング|いつ|時期)"
    # a new project weighed for 協働 from its start (「最初から市民団体との協働を検討すべきなんでしょうか」, tune265)
    r"|(?:最初から|初めから|はじめから|立ち上げ(?:の段階|時|る時|るとき)から)[^。?？]{0,15}協働を?(?:検討|考え)"
    r"(?:すべき|した方|したほうが|する必要|しないと)"
    r"|\b(?:expected|supposed|required|meant) to consider (?:協働|kyodo|collaborat)"
    r"|\bshould we (?:be )?(?:looking at|consider(?:ing)?) (?:協働|kyodo|collaborat)")
# 小平市 「新規事業を検討するときや事業を見直すときは、その事業の目的や内容等を踏まえて協働を検討します」
SAYS_WHEN_TO_CONSIDER = re.compile(r"新規事業を検討するときや事業を見直すとき")


class ConsideringAsks(MarkedAsk):
    """Which passage says when 協働 is considered, and when it goes first."""

    ASK = CONSIDERING_ASK
    ANSWERED_BY = SAYS_WHEN_TO_CONSIDER
    WHOLE_ORDER = True
