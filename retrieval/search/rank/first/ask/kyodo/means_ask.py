"""The passage saying 協働 is a means, for a question that asks whether it is an end: 「協働って目的なの？手段なの？」 asks
what the guidelines say in so many words — 網走市 「協働は「方法・手段」であって目的ではありません」, 千葉県
「★「協働」自体が目的ではない★」, and 網走市's definition, 「目的実現のための手段・方法」.

The question's own words, 目的 and 手段, make up the heading of 網走市's passage on sharing methods as well as aims
(「目的の共有だけではなく、方法・手段の共有…」), which the reranker then puts first. So among the passages ranked
nearest the top, the first that says 協働 is a means and no end goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# an end and a means set against each other, or 協働 itself as the goal (the asks joined: 「目的なの？手段なの？」)
MEANS_ASK = re.compile(r"(?:目的|ゴール)(?:なの|なん|です|でしょう|か|[?？])[^。]{0,12}?(?:手段|方法)"
                       r"|(?:手段|方法)(?:なの|なん|です|でしょう|か|[?？])[^。]{0,12}?(?:目的|ゴール)"
                       r"|自体が(?:目的|ゴール)"
                       r"|\b(?:an? )?(?:end|goal) in itself\b|\b(?:end|goal) or (?:a )?means\b|\bmeans or (?:an? )?(?:end|goal)\b")
SAYS_MEANS = re.compile(r"手段[^。]{0,12}目的では(?:な|あり)|自体が目的では(?:な|あり)|目的実現のための手段")


class MeansAsks(MarkedAsk):
    """Which passages say 協働 is a means and no end, and which goes first for a question asking it."""

    ASK = MEANS_ASK
    ANSWERED_BY = SAYS_MEANS
    ACROSS_SENTENCES = True
