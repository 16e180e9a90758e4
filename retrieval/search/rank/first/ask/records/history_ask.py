"""The passage on what was done so far, for a question that asks it: 「小平市では指針を作る前から協働の事業ってどのくらい
あったんですか？」 asks what had been done before the guideline, and 小平市 answers under 「これまでの協働の取り組み」.

Such a question holds hardly a word of its own (これまで, 前 are no index terms; 協働, 事業 stand everywhere), so the
passage it asks for, long and full of plan names, ranks below the guideline's shorter ones. A heading that says これまで
or 今まで names what the question asks: among the passages ranked nearest the top — or anywhere in the one guideline
the question names, which has no more than one such section — the first under such a heading goes first. Not any
これまで: 「これまでの外注と協働の違い」「これまでの流れ」 name the usual way, not what was done.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

HISTORY_ASK = re.compile(
    r"(?:これまで|今まで)(?:に|で)?(?:どんな|どのような|どういう|どのくらい|どれくらい|どれぐらい|何|なに|の(?:協働の)?取り?組み?)"
    r"|(?:指針|ガイドライン|方針|計画)を(?:作る|つくる|策定する|作成する|定める)(?:前|まで)"
    r"|\balready (?:been|being|had|did|done)\b|\bbefore (?:it|they|the city|the guideline) (?:wrote|made|drew|adopted|issued|came)"
    r"|\bso far\b|\bto date\b|(?<!\bno )\bprecedents?\b"
    # how far 協働 stood in the plans when the guideline was written: 「指針を作った頃、市の計画のうちいくつで協働が」,
    # "before Kodaira wrote its guideline", "how many city plans already mentioned collaboration"
    r"|(?:指針|ガイドライン)を(?:作った|つくった|策定した)(?:頃|ころ|時点|当時)|計画のうち(?:いくつ|何)"
    r"|\bbefore\b[^.?]{0,25}\b(?:wrote|was written|were written|drew up|was drawn up|was adopted)\b"
    r"|\bhow many (?:city |of (?:the|its) )?plans\b|\balready\b[^.?]{0,25}\bplans\b")
HISTORY_HEADING = re.compile(r"これまで|今まで")


class HistoryAsks(MarkedAsk):
    """Which passages tell what was done so far, and which goes first for a question asking it."""

    ASK = HISTORY_ASK
    ANSWERED_BY = HISTORY_HEADING
    READS_HEADINGS = True
