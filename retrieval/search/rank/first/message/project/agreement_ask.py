"""The passage that names 連携協定, for a message about a partnership agreement with a university or a company:
「地元の大学から包括連携協定を結びたいという話が来ました。協働の中でどう位置づければ？」 asks about what 網走市 writes once —
「市民団体や企業、大学、NPOなどとの連携協定の推進に努めます」.

The analyzer cuts 連携協定 into 連携 and 協定, words that stand in every passage on 協定書 and on working across departments, so
the reranker puts those first. When the message names such an agreement (in its situation as often as in its ask),
among the passages the question matches, however low they rank, the one naming 連携協定 goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# 連携協定, 包括(的な)連携, "partnership agreement"
NAMES_AGREEMENT = re.compile(r"連携協定|包括(?:的な)?連携|\b(?:partnership|cooperation|collaboration) agreements?\b")
# 「…大学、NPOなどとの連携協定の推進に努めます」
WRITES_AGREEMENT = re.compile(r"連携協定")


class AgreementAsks(MarkedAsk):
    """Which passages name 連携協定, and which goes first for a message about such an agreement."""

    ANSWERED_BY = WRITES_AGREEMENT
    SETTING = NAMES_AGREEMENT
    WHOLE_ORDER = True
