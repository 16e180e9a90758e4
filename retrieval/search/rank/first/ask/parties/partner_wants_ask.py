"""北九州市's finding on what groups look for in a partner, for a question asking it: 「団体が協働の相手に求めていること
について、調査の結果などはありますか？」 "What do NPOs say they're looking for in the groups they partner with?" ask what
its hearings found — 「協働相手となる団体には、事業担当者に信頼性があることや地域住民や他団体とのネットワークを持っている
ことを求めています」, and that groups which cannot show their strengths miss their chances.

The question's words (団体, 相手, 調査) stand in the survey's other findings and in the passages on choosing a partner,
which the reranker puts first. When an asking sentence asks what a partner is looked for, hoped for or chosen for —
not the conditions the city sets (「相手に求める条件はありますか」 asks who may be a partner) — among the passages
ranked nearest the top the finding goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# what a partner is looked for or hoped for, or which groups get chosen — not the city's conditions
PARTNER_WANTS_ASK = re.compile(
    r"^(?!.*(?:条件|指針が求め))"
    r".*(?:相手に(?:何を|どんなことを)?(?:求めて|期待して)|(?:求めて|期待して)いる(?:こと|もの)|look(?:ing)? for in"
    r"|選ばれやすい|声がかか)")
# 北九州市 「協働相手となる団体には、事業担当者に信頼性があることや」
WHAT_GROUPS_LOOK_FOR = re.compile(r"協働相手となる団体には")


class PartnerWantsAsks(MarkedAsk):
    """Which passage says what groups look for in a partner, and when it goes first."""

    ASK = PARTNER_WANTS_ASK
    ANSWERED_BY = WHAT_GROUPS_LOOK_FOR
