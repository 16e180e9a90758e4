"""The passage naming the rules that 協働 with public money cannot do without, for a question asking which rules matter
most when money changes hands: 「補助金を出す協働で、特に外しちゃいけない約束ごとってある？」 asks what 北九州市 says
in so many words — 「公金の支出が伴う「狭義の協働」の場合、…「6 公開の原則」、「7 時限性の原則」は欠かせない行動規範です」.

The money words (補助金, 委託料) are what 網走市's sections on 補助 and 委託 are about, and the ask (特に守るべき原則) stands beside every
code of conduct, so the reranker puts a form of 協働 or the list of principles first. When the question names money
given and asks for the rules or principles that matter, among the passages the question matches, however low they
rank, the first saying which of them 公金 makes indispensable goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# money the administration gives: 公金, 補助金, 委託料, お金を出す…; 狭義の協働 is 協働 with public money
MONEY = re.compile(r"公金|補助金|委託料|委託費|負担金|交付金|税金|(?:市|県)のお金|狭義"
                   r"|(?:お金|費用|経費|予算)(?:を|が)?(?:出す|出して|出し|出る|絡|入る|伴|支出)|支出が伴"
                   r"|\bpublic (?:money|funds)\b|\bgrants?\b|\bsubsid|\bfunding\b|\bfund\b|\bmoney\b")
# the rules that matter most: 特に守るべき, 欠かせない, 外しちゃいけない, 原則, 行動規範, 約束ごと
RULES = re.compile(r"特に|欠かせ|外(?:し|せ)ちゃ|外せない|守るべき|守らな|大事にすべき|大切にすべき|原則|行動規範"
                   r"|約束(?:ごと|事)|ルール|\bprinciples?\b|\brules?\b|\bespecially\b|\bin particular\b")
# 「公金の支出が伴う「狭義の協働」の場合、…欠かせない行動規範です」
SAYS_PUBLIC_MONEY = re.compile(r"公金の支出が伴う")


class PublicMoneyAsks(MarkedAsk):
    """Which passages name the rules public money makes indispensable, and which goes first for a question asking."""

    ASK = RULES
    ANSWERED_BY = SAYS_PUBLIC_MONEY
    SETTING = MONEY
    WHOLE_ORDER = True
