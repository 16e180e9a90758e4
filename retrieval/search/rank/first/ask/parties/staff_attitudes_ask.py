"""千葉県's eight attitudes of staff who work with groups, for a question asking what staff should keep in mind:
「協働に取り組む職員の心構えとしてまとまったものがあれば教えてください」 "Is there a list of mindset points for staff who
work with NPOs?" ask for what 千葉県 lists as 「市民活動団体と協働する行政職員の8つの姿勢」.

Such questions come most often from whoever prepares a training (研修), and 研修 and 意識 stand in 網走市's and
北九州市's sections on the city changing its staff's awareness (職員研修, 基本研修), so the reranker puts one of those
first. When an asking sentence asks for staff's 心構え, 心得 or attitude, among the passages ranked nearest the top the
eight attitudes go first; what the city does to change its staff's awareness (意識改革) is those sections' ask.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# what staff should keep in mind as staff — not what the city does about it (意識改革), nor the 心構え of one matter
# (「団体の自主性を尊重するって、具体的にはどういう心構え」「相手の団体を見るときの心構え」, which their sections answer)
STAFF_ATTITUDE_ASK = re.compile(r"^(?!.*意識改革).*(?:職員|役所の人間|行政の人間|\bstaff\b|私たち)[^。?？]{0,25}"
                                r"(?:心構え|心得|姿勢|mindset|attitude)"
                                r"|\b(?:mindset|attitude)s?\b[^.?]{0,25}\bstaff\b")
# 千葉県's heading 「★市民活動団体と協働する行政職員の8つの姿勢★」
EIGHT_ATTITUDES = re.compile(r"協働する行政職員の8つの姿勢")


class StaffAttitudesAsks(MarkedAsk):
    """Which passage lists the attitudes of staff working with groups, and which goes first for a question asking."""

    ASK = STAFF_ATTITUDE_ASK
    ANSWERED_BY = EIGHT_ATTITUDES
    READS_HEADINGS = True
