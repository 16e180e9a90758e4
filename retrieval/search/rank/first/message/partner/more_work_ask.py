"""千葉県's answer to "協働 only adds work", for a message that reports or feels that objection: 「先輩に「協働なんてやった
ら仕事が増えるだけだよ」と言われました」「市民団体と組むと仕事が増えるだけだと正直思ってしまう」 ask what 千葉県 answers in
so many words — 「「協働を行うと仕事が増える」と考えて協働に消極的となってしまうことがあります」 and why 協働 still pays.

The quoted saying rule (quoted_saying.py) finds the passage when the message quotes the objection closely enough; told
in other words or not quoted (「調整が増えて仕事が倍になるだけ」「やること増えるだけでしょ」), the reranker put 網走市's
「どのようにやるのか」 or its cautions first. When the message says 協働 (or working with a group) makes more work, the
passage answering it goes first from wherever it stands among the passages the question matches.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the objection: work, or what there is to do, grows or doubles — beside 協働 or working with a group
_MORE_WORK = r"(?:仕事|やること|業務)(?:が|は|って)?(?:増える|増え|倍)"
_WORKING_TOGETHER = r"(?:協働|団体と|npoと|市民と|住民と|一緒に|組む|組ん|組ま)"
MORE_WORK = re.compile(rf"{_WORKING_TOGETHER}[^。?？!！]{{0,30}}?{_MORE_WORK}|{_MORE_WORK}[^。?？!！]{{0,10}}?{_WORKING_TOGETHER}")
# 千葉県 「「協働を行うと仕事が増える」と考えて協働に消極的となってしまうことがあります」
ANSWERS_MORE_WORK = re.compile(r"「協働を行うと仕事が増える」")


class MoreWorkMessages(MarkedAsk):
    """Which passage answers "協働 only adds work", and when it goes first."""

    SETTING = MORE_WORK
    ANSWERED_BY = ANSWERS_MORE_WORK
    WHOLE_ORDER = True
