"""網走市's word on turning a proposal down, for a message asking whether to say no to a group's proposal after looking
into it: 「子育てサークルから協働の提案をもらって課内で検討したんですが、難しいという結論になりました。はっきり断ってしまって
いいんでしょうか」 "A group pitched us a project but after looking into it properly we really can't do it. Is it OK to
just tell them no?" ask what 網走市 says among its cautions — 「市民団体からの提案で十分な検討をした結果、できないとなった
場合はできないと言うことが大切です」.

The message's words (提案, 検討, 団体) stand in every passage on proposal schemes and on the city's attitude, which the
reranker puts first; in English the ask's words match nothing. When the message is about a proposal, a plan or an
idea a group brought, and an asking sentence asks about turning it down or telling them no, among the passages the
question matches, however low they rank, the caution goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# a proposal, a plan or an idea brought to the city
PROPOSED = re.compile(r"提案|案|企画|申し出|持ち込|pitch|propos|\bidea")
# turning it down, telling them no (断る, not 判断)
SAYING_NO = re.compile(r"(?<!判)断(?:っ|る|り|れ|わ)|できないと(?:言|伝)|無理(?:だ|です)と(?:言|伝)"
                       r"|tell them (?:no|straight|plainly|we can)|say no|turn (?:it|them) down|\breject")
# 網走市 「できないとなった場合はできないと言うことが大切です」
SAY_SO_WHEN_YOU_CANNOT = re.compile(r"できないとなった場合はできないと言う")


class SayingNoAsks(MarkedAsk):
    """Which passage says to tell a group when its proposal cannot be done, and when it goes first."""

    ASK = SAYING_NO
    ANSWERED_BY = SAY_SO_WHEN_YOU_CANNOT
    SETTING = PROPOSED
    WHOLE_ORDER = True
