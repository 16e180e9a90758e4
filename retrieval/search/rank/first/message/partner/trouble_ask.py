"""The passage on what to do when something has gone wrong, for a question asking how to respond to a partner after a
mistake, a complaint or an accident: 「団体側の連絡ミスでイベントが中止に。団体にどう対応すれば？」 asks what 網走市 says
in so many words — 「トラブルが発生したら、市民団体を責めるのではなく、原因を究明して対策を考えます」.

The situation (ミス, 苦情, けが) names no section and the ask (どう対応する？) stands beside every how-to, so the reranker puts
網走市's passage on prejudice or a section on roles first. When the question says something went wrong and asks how to
respond, among the passages the question matches, however low they rank, the first saying what to do about trouble
goes first. Whose fault an accident will be, asked before anything happened (「事故が起きたら誰の責任？」), is a question of roles,
and no such setting: the mishap must have happened.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# something went wrong: a mistake, a complaint, an accident, trouble that happened
WENT_WRONG = re.compile(r"トラブル(?:が|に)?(?:起き|発生|あっ|なっ)|手違い|ミス|苦情|クレーム|事故(?:が|に)?(?:あり|起き|発生|あっ)"
                        r"|(?:けが|ケガ)を(?:し|する)|もめごと|問題(?:が)?(?:起き|発生)"
                        r"|\bwent wrong\b|\bgoes wrong\b|\btrouble (?:happened|occurred)\b|\bmistakes?\b|\bmessed up\b"
                        # "sent participants the wrong venue" (tune136)
                        r"|\b(?:sent|gave|told|printed|posted)\b[^.?]{0,30}\bthe wrong\b")
# how to respond to it: どう対応する, 責める, 文句を言う, deal with, blame
RESPOND = re.compile(r"どう対応|対応(?:する|すべき|したら)|責め|文句|どう向き合"
                     r"|収め|\bblame\b|\bdeal with\b|\bhandle (?:it|this|trouble|that)\b|\bwhat should (?:we|i) do\b|\brespond\b")
# 「トラブルが発生したら、市民団体を責めるのではなく、原因を究明して対策を考えます」
SAYS_WHAT_TO_DO = re.compile(r"トラブルが発生したら")


class TroubleAsks(MarkedAsk):
    """Which passages say what to do when trouble happens, and which goes first for a question asking it."""

    ASK = RESPOND
    ANSWERED_BY = SAYS_WHAT_TO_DO
    SETTING = WENT_WRONG
    WHOLE_ORDER = True
