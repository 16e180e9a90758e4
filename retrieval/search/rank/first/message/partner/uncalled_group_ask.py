"""What NPOs and partners look for, for a message telling of a group never asked to work with the city and asking what
it lacks: 「相談に来たNPOの方が「市と協働したいのに全然声がかからない」とこぼしていました。団体側にはどんなアドバイスを
すればいいでしょう？」 asks what 北九州市 found — NPOs needing the planning skill to propose projects and the expertise to
run them, and partners wanting a group whose staff can be trusted and who has ties with residents and other groups.

The message's words (団体, 協働, 市) stand in every passage, and the reranker put first the groups' shortage of hands or
a principle. When the message tells of a group the city does not call on (「声がかからない」「相手にされない」) and asks
about the group's side — what it lacks, what to advise it — that passage goes first from wherever it ranks. A group
complaining that the same few are always chosen asks how the city chooses (fair_choice_ask).
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# 「協働の声が全然かからない」「他課に紹介してもなかなか相手にされません」 — not 「いつも決まったところばかり」 (fairness)
NOT_CALLED = re.compile(r"^(?!.*(?:ばかり|決まったところ|いつも同じ)).*(?:声(?:が|も)[^。?？]{0,6}(?:かから|掛から)|相手にされ)",
                        re.S)
# what the group lacks or should mind: 「団体側にはどんなアドバイスを」「何が足りないんでしょう」「団体の側で意識した方がいいこと」
GROUPS_SIDE = re.compile(r"団体(?:の)?側|何が足りな|足りないもの|アドバイス|意識した(?:方|ほう)がいい|団体の課題")
# 北九州市 「協働事業を提案できる企画力や事業を実行する上での専門性・ノウハウ等を高めることが必要」
WHAT_PARTNERS_NEED = re.compile(r"協働事業を提案できる企画力")


class UncalledGroupMessages(MarkedAsk):
    """Which passage says what groups need to become partners, for a message telling of a group never called on."""

    ASK = GROUPS_SIDE
    SETTING = NOT_CALLED
    ANSWERED_BY = WHAT_PARTNERS_NEED
    WHOLE_ORDER = True
