"""The passage on volunteers as no free labour, for a message counting on volunteers because they cost nothing:
「ボランティアだから謝礼も交通費もなしでいいよね」「use volunteers as free staff」 is what 網走市 answers in so many words
— 「ボランティアは無償ではあるが、無料ではありません。市民のボランティア活動を安い労働力として使おうとすると失敗します」.

The message's words (謝礼, 交通費, 予算, event) stand in every section on money and on forms of 協働, so the reranker puts
千葉県's 経費削減 or 網走市's 協力 first. When the message has the city use volunteers — ボランティアだから, ボランティアに お願い, "use
volunteers", "volunteers to staff" — and speaks of what it costs or saves, among the passages the question matches,
however low they rank, the one on volunteers as no free labour goes first. Partnering with volunteer groups to cut
costs, with no volunteers used as labour ("collaborating with volunteer groups mainly to cut costs"), asks whether
saving money is a purpose of 協働, which 千葉県 answers; lending a room 無償 is no setting.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the city using volunteers as hands, and what that costs or saves, anywhere in the message
VOLUNTEERS_FOR_NOTHING = re.compile(
    r"^(?=.*(?:ボランティア(?:さん)?(?:だから|なら|に(?:お願い|手伝|頼|協力)|で(?:賄|まかな|埋め|補|済))|ボランティア(?:さん)?の方に"
    r"|\b(?:use|using|count on|rely on|ask|staff[^.?]{0,40}with) (?:the |some )?(?:local )?volunteers"
    r"|\bvolunteers (?:as|to (?:staff|cover|run|help|fill))))"
    r"(?=.*(?:タダ|無料|お金|謝礼|交通費|費用|経費|人件費|安く|安上が|コスト|予算(?:が|は)?(?:な|ゼロ)"
    r"|\bfree\b|\bcosts?\b|\bcheap|\bsave\b|\bbudget\b|\bnothing\b|\bunpaid\b|\bpay\b))",
    re.S)
# 網走市 「ボランティアは無償ではあるが、無料ではありません」「…安い労働力として使おうとすると失敗します」
NO_FREE_LABOUR = re.compile(r"無料ではありません|安い労働力")


class FreeLabourAsks(MarkedAsk):
    """Which passage says volunteers are no free labour, and when it goes first."""

    ANSWERED_BY = NO_FREE_LABOUR
    SETTING = VOLUNTEERS_FOR_NOTHING
    WHOLE_ORDER = True
