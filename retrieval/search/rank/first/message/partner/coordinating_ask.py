"""千葉県's attitude of staff who coordinate inside the office themselves, for a message whose project reaches other
departments and which asks what the asker is to do: 「協働事業が道路課の所管にもまたがっています。他課への連絡や調整は、
担当の私から動くべきなんでしょうか」 asks for 「協働の現場では、自らの責務として率先して行政内部で連携し、相乗効果を得ること」.

The message's words (他課, 庁内, 連携) stand in 北九州市's plan for cross-departmental bodies (NPO窓口庁内連絡会議), which the
reranker puts first; the plan is the city's answer, the attitude the asker's. When the message tells of other
departments and an asking sentence asks how the asker should move, whether to carry it alone, or who takes the lead,
among the passages ranked nearest the top the attitude goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# another department in the project: 他課, 他部署, ほかの課, 課をまたぐ …, or several divisions in English
OTHER_DEPARTMENTS = re.compile(r"他課|他部署|他の(?:課|部署)|ほかの(?:課|部署)|別の(?:課|部署)|(?:課|部署)をまたい|(?:課|部署)にまたが"
                               r"|複数の(?:課|部署)|所管にもまたが"
                               r"|\b(?:across|several|other|multiple)\s+(?:\w+\s+)?(?:divisions|departments|sections)\b")
# the asker's own move: how to act, whether to carry it alone, who takes the lead — not which body or mechanism exists
OWN_MOVE = re.compile(r"^(?!.*(?:仕組み|体制|会議|連絡会|窓口|\bbody\b|mechanism|\bsystem\b|committee))"
                      r".*(?:どう動|動くべき|動けば|動いたら|抱え込|率先|私から|自分から|担当の(?:私|自分)|誰が(?:調整|動)"
                      r"|\btake the lead\b|\bwho (?:is supposed to|should) (?:coordinate|lead|take)\b)")
# 千葉県 「(5) 協働の現場では、自らの責務として率先して行政内部で連携し、相乗効果を得ること」
ATTITUDE_OF_COORDINATING = re.compile(r"率先して行政内部で連携")


class CoordinatingAsks(MarkedAsk):
    """Which passage holds the attitude of coordinating inside the office, and when it goes first."""

    ASK = OWN_MOVE
    ANSWERED_BY = ATTITUDE_OF_COORDINATING
    SETTING = OTHER_DEPARTMENTS
