"""The passages on groups entering the city's commissions on fair terms, for a message asking whether NPOs should be
able to take part in its bids and tenders: 「委託の入札にNPOも参加できるようにしたいけど、何に気をつければいい？」 asks what
大阪市 sets as a principle (「市民活動団体が公正な競争原理と情報公開のもとで委託に参入できる仕組みづくり」) and 千葉県 counts
among 協働's effects (「公共サービスの多様な担い手の間で公正な競争が実現できる環境の構築」).

The message's words (委託, 入札, NPO, 参加) stand most in 千葉県's park case, which compares choosing by price with
choosing by proposals, and in 網走市's 委託, so the reranker put those first. When the message has groups take part in
the city's commissions — bids, tenders, proposals — among the passages ranked nearest the top the first of the two
goes first. A group's capacity to run one (capacity_ask) or how to choose among them (open_call_ask) is another
question.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

_GROUPS = r"(?:npo|団体|市民活動団体|ボランティア団体)"
_COMMISSIONS = r"(?:委託|入札|プロポーザル|見積合わせ|公募)"
_ENTER = r"(?:参加|参入|手を挙げ|応募)(?:でき|し(?:やすく|易く))"
# 「委託の入札にNPOも参加できるようにしたい」「NPOも委託や入札に参加しやすくしたほうがいい」
GROUPS_ENTERING = re.compile(
    rf"{_GROUPS}(?:も|が)[^。?？]{{0,12}}?{_COMMISSIONS}[^。?？]{{0,8}}?{_ENTER}"
    rf"|{_COMMISSIONS}[^。?？]{{0,10}}?に{_GROUPS}(?:も|が)[^。?？]{{0,4}}?{_ENTER}")
# 大阪市 「委託に参入できる仕組みづくり」, 千葉県 「公正な競争が実現できる環境の構築」
ON_FAIR_TERMS = re.compile(r"委託に参入できる|公正な競争が実現できる")


class GroupsEnteringAsks(MarkedAsk):
    """Which passages set groups entering the city's commissions fairly as a principle or an effect, and when one goes
    first."""

    SETTING = GROUPS_ENTERING
    ANSWERED_BY = ON_FAIR_TERMS
