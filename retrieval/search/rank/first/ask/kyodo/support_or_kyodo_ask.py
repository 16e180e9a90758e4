"""The passages drawing the line between 支援 and 協働, for a question asking where it runs: 「団体への支援と協働って何が
違うの？補助金を出すのはどっち？」 asks what 千葉県 sets out — the relationship sorted into 「支援」「協働」「外部委託」,
支援 as 「相手を支援すること自体を目的として行う」, 協働 as 「一つの事業を行う上で、各主体の目的のすり合わせ…互いに協力して」.

A subsidy named in the question (補助金, 助成) puts 網走市's 補助 form first, which says what a subsidy is, not where
支援 ends and 協働 begins. When an asking sentence asks how 支援 and 協働 differ, or which of the two something is,
among the passages ranked nearest the top the first of 千葉県's three goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# 支援 and 協働 named together, and how they differ or which one something is
SUPPORT_OR_KYODO_ASK = re.compile(
    r"(?:(?:支援|応援)[^。?？]{0,25}協働|協働[^。?？]{0,25}(?:支援|応援))[^。?？]{0,25}"
    r"(?:違|区別|線引き|線を引|どっち|どちら|別物|同じ|見分け)"
    r"|(?:支援|応援)(?:じゃなくて|ではなく)協働|協働(?:じゃなくて|ではなく)(?:支援|応援)"
    # in everyday words: 「活動にお金を出して応援するのと、一緒に事業を組み立てるのとでは、何が違う？」
    r"|応援(?:する|して)?(?:の|こと)[^。?？]{0,40}一緒に[^。?？]{0,30}(?:違|区別|線引き|同じ扱い|どっち|どちら)"
    r"|\b(?:support|支援)\b[^?]{0,40}\b(?:or|vs|versus)\b[^?]{0,20}(?:協働|collaborat)"
    r"|(?:協働|\bcollaborat\w*)[^?]{0,20}\b(?:or|vs|versus)\b (?:just |simply |merely )?(?:支援|\bsupport\b)")
# 千葉県 「「支援」「協働」「外部委託」の3つに分類」, 「相手を支援すること自体を目的として行う」, 「一つの事業を行う上で、各主体の
# 目的のすり合わせ」
DRAWS_THE_LINE = re.compile(r"「支援」「協働」「外部委託」|支援すること自体を目的|一つの事業を行う上で、各主体の目的のすり合わせ")


# 「これは協働なのか単なる支援なのかで課内の意見が割れています。どう区別すればいいですか？」: the two told in the
# situation as the question at issue, and the ask only asks how to tell
EITHER_TOLD = re.compile(r"協働」?なのか[^。?？]{0,15}支援」?なのか|支援」?なのか[^。?？]{0,15}協働」?なのか")
TELL_APART = re.compile(r"区別|違い|線引き|線を引|どっち|どちら|見分け")


class SupportOrKyodoMessages(MarkedAsk):
    """The same passages, for a message telling that whether something is 支援 or 協働 is in question."""

    ASK = TELL_APART
    ANSWERED_BY = DRAWS_THE_LINE
    SETTING = EITHER_TOLD
    WHOLE_ORDER = True


class SupportOrKyodoAsks(MarkedAsk):
    """Which passages draw the line between 支援 and 協働, and which goes first for a question asking where it runs."""

    ASK = SUPPORT_OR_KYODO_ASK
    ANSWERED_BY = DRAWS_THE_LINE
