"""The passage on keeping a subsidy transparent and fair, for a message about a 補助金 that asks how to keep it so:
「市民団体向けの補助金の交付要綱を見直しています。透明性や公平性の面で、要綱ではっきりさせておくべきことは何でしょう」
asks what 網走市 says of 補助 — 「補助の透明性、公平性を確保するため、補助基準や期間、選定方法、事業内容や成果の情報公開
などについて、明確にしておくことが大切です」.

The message's words (公平, 透明, 明確) stand in 千葉県's point on fairness in choosing a partner and in 北九州市's
principle of openness, which the reranker puts first. When the message is about a subsidy and speaks of fairness
or transparency anywhere, among the passages ranked nearest the top the one on a subsidy's goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# a subsidy, and its fairness or transparency, both somewhere in the message
SUBSIDY_FAIRNESS = re.compile(r"^(?=.*(?:補助|subsid|\bgrants?\b|hojokin))(?=.*(?:公平|透明|公正|\bfair|transparen))",
                              re.DOTALL)
# 網走市 「補助の透明性、公平性を確保するため」
KEEPS_A_SUBSIDY_FAIR = re.compile(r"補助の透明性、公平性を確保")


class SubsidyFairnessAsks(MarkedAsk):
    """Which passage says how to keep a subsidy transparent and fair, and when it goes first."""

    ANSWERED_BY = KEEPS_A_SUBSIDY_FAIR
    SETTING = SUBSIDY_FAIRNESS
