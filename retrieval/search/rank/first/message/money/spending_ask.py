"""How the city's money goes into a 協働 project, for a message asking whether the city pays the costs itself or hands
funds to the partner: 「協働事業の経費は市が全部持つもの？団体と分けるもの？」, "does the city pay the costs directly, or
hand the funds over to the partner?" asks what 小平市 says in so many words — 「市は、協働の役割に応じて、事業の経費を直接
支出したり、協働相手に支出する場合があります」, and that what goes to the partner is borne in agreed shares.

The money words (補助金, 委託料, subsidy, contract fee) are what 網走市's sections on each form are about, and "costs"
stands in 千葉県's section on saving them, so the reranker puts one of those first. When the message asks how the
money is paid or split, among the passages the question matches the first saying the city may pay directly or pay the
partner goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the city paying itself or paying the partner, the costs split or all the city's: not what 協働 saves (経費削減)
SPENDING = re.compile(
    # when or where the split is settled or written down (「経費分担はいつ、何を決めておくべき」「はっきりさせておく」, a
    # 協定書's items), and who bears an accident's costs, are matters of agreeing roles before starting, not how the
    # money goes
    r"^(?!.*(?:決め|はっきり|事前|協定書|責任|\bdecide|\bagree|\bsettle)).*(?:"
    r"\bpay (?:the |its |our )?(?:costs?|expenses?|share)\b[^.?]{0,40}\b(?:directly|itself|ourselves)\b"
    r"|\b(?:hand|give|pass)(?:ing|s)? (?:over )?(?:the )?(?:funds|money)\b"
    r"|\bmoney (?:side|flow)|\bmoney (?:is )?supposed to flow|\bhow should the city pay\b"
    r"|経費[^。？?]{0,12}(?:市が全部|全部市|市と団体で|分け|分担|持つ|負担す)"
    r"|お金[^。？?]{0,10}(?:出し方|どうやって出す|どう出す)|(?:団体|相手)側にお金を(?:渡す|出す)|予算でどう持つ)")
# 「事業の経費を直接支出したり、協働相手に支出する場合があります」
SAYS_HOW_SPENT = re.compile(r"経費を直接支出")


class SpendingAsks(MarkedAsk):
    """Which passages say how the city spends on a 協働 project, and which goes first for a message asking."""

    ANSWERED_BY = SAYS_HOW_SPENT
    SETTING = SPENDING
    WHOLE_ORDER = True
