"""The passage on 大阪市's planned 【実践編】, for a question asking what follows its basic edition: 「大阪市の協働指針って、
基本編のほかに何か作る予定があるんですか？」 asks what the guideline says of its next step — 「手引書となるような【実践編】の
策定を行う必要がある」 and the items it is to treat.

Naming 大阪市 puts its passages first, but the question's words (指針, 作る, 予定) stand nearer its statement of purpose
than its closing section, which the reranker therefore puts first. When the question names 大阪市 and an asking
sentence asks about more than the basic edition (基本編のほか, 基本編しか, 実践編, 手引き, a practical edition), the
passage on the 【実践編】 goes first. When it was published, or where to find it, is declined before ranking.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

OSAKA = re.compile(r"大阪|\bosaka")
# beyond the basic edition: what else, what next, a handbook for practice
BEYOND_THE_BASIC_EDITION = re.compile(
    r"基本編(?:の(?:ほか|次|あと)|以外|しか|だけ)|手引き|実践編|考え方の部分しか|practical|follow-up|basic'? edition")
# 大阪市 「手引書となるような【実践編】の策定を行う必要がある」
PLANS_A_PRACTICE_EDITION = re.compile(r"手引書となるような【実践編】")


class NextEditionAsks(MarkedAsk):
    """Which passage plans 大阪市's 【実践編】, and when it goes first."""

    ASK = BEYOND_THE_BASIC_EDITION
    ANSWERED_BY = PLANS_A_PRACTICE_EDITION
    SETTING = OSAKA
