"""The passage recording groups' complaint of the city's 縦割り, for a message that tells of one: 「団体さんに「役所は縦割り
だ」と言われてしまいました。指針では何て言ってる？」 asks what 北九州市's hearings found — 「市民活動団体等からは、市役所組織の
縦割り組織の弊害が、強く指摘されています」 — and what the city is to do about it begins there.

The message's words (庁内, 連携, 課) stand in 北九州市's plan for cross-departmental bodies as much as in the complaint,
and the plan is what the reranker puts first. When the message tells of 縦割り, of being passed from counter to
counter or of counters scattered, and asks anything but which body or mechanism there is (「庁内で連絡窓口をまとめる
仕組みってあるの？」 asks for the plan), among the passages ranked nearest the top the complaint goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# 縦割り, たらい回し, counters scattered: the complaint itself, anywhere in the message (not 「課ごとに言うことが違う」, which
# 大阪市 answers as departments treating groups each in their own way)
SILO = re.compile(r"縦割り|たらい回し|窓口が(?:バラバラ|ばらばら|分かれ|別々)|\bsiloe?d?s?\b|\bbounced\b")
# an ask for the body, mechanism or stance meant to overcome it is answered by the plan or the staff's attitude
NOT_FOR_A_BODY = re.compile(r"^(?!.*(?:仕組み|体制|姿勢|心構え|心がけ|会議|\bbody\b|mechanism|\bsystem\b))")
# 北九州市 「市役所組織の縦割り組織の弊害が、強く指摘されています」
RECORDS_THE_COMPLAINT = re.compile(r"縦割り組織の弊害")


class SiloAsks(MarkedAsk):
    """Which passage records the complaint of 縦割り, and when it goes first."""

    ASK = NOT_FOR_A_BODY
    ANSWERED_BY = RECORDS_THE_COMPLAINT
    SETTING = SILO
