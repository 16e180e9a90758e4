"""The principles of making a project public, for a question asking how far a 協働事業's course and results are to
be disclosed: 「協働事業の情報公開はどこまでやる必要がありますか」 asks what 北九州市 sets as its principle of openness —
「協働事業のプロセスや成果などを公開し、説明責任を果たす」 — and 大阪市 「協働のプロセスと内容が広く市民に公開され」.

The question's words (情報, 公開, 市民) stand as much in 北九州市's plan for publicity (情報発信) and in sections on
evaluation, which the reranker puts first. When an asking sentence asks how far, or whether, to make a project's
information public — not how a partner or a subsidy was chosen (fair_choice_ask, subsidy_fairness_ask answer those) —
among the passages ranked nearest the top the first principle of openness goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# how far, or whether, to disclose — not the choosing of a partner or a subsidy
DISCLOSURE_ASK = re.compile(
    r"^(?!.*(?:補助|選定|選ん|選び|選考|選択|基準|subsid|select|criteria))"
    r".*(?:(?:どこまで|範囲)[^。?？]{0,15}(?:公開|公表|情報を出|載せ)|(?:公開|公表)[^。?？]{0,10}(?:どこまで|範囲)|(?:公開|公表)(?:する|は)?(?:必要|義務)"
    r"|(?:公開|公表)するところまで|\bhow much\b[^?]{0,60}\b(?:public|disclos)|\bto what extent\b[^?]{0,60}\b(?:public|disclos))")
# 北九州市 「協働事業のプロセスや成果などを公開し、説明責任を果たす」; 大阪市 「協働のプロセスと内容が広く市民に公開され」
OPENNESS_PRINCIPLE = re.compile(r"プロセスや成果などを公開し|プロセスと内容が広く市民に公開")


class DisclosureAsks(MarkedAsk):
    """Which passages make openness a principle, and which goes first for a question asking how far to disclose."""

    ASK = DISCLOSURE_ASK
    ANSWERED_BY = OPENNESS_PRINCIPLE
