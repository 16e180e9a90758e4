"""大阪市's principle of choosing by open call, for a question asking whether a partner must be chosen by 公募: "Do we
have to do an open call to choose a partner group, or can we just go with a group we already know?",
「前から関わってくれてる団体にそのままお願いしようと思ってるんだけど、公募にしないとまずい？」 ask what 大阪市 sets as a
principle — 「特定の団体との契約が既得権化したり、行政の一方的な委託化にならないよう、公募を原則とした仕組みづくり」.

The question's words (選ぶ, 委託, 団体) stand as much in 千葉県's park case, which compares choosing by price with
choosing by proposals, and the reranker puts the case first. When an asking sentence asks whether an open call is
required, or the message asks it of a group already known, among the passages ranked nearest the top the principle
goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

OPEN_CALL = r"(?:公募|\bopen (?:call|recruitment|competition)|\bkoubo\b|\bcall for proposals\b)"
# whether the open call is required: 公募にしないとまずい？, 公募が原則？, "Do we have to do an open call …?"
MUST_IT_BE_OPEN = re.compile(
    rf"{OPEN_CALL}[^。?？]{{0,6}}(?:に|で)?(?:しないと|しなければ|する必要|にする必要|すべき|じゃないと|でないと|が原則|は原則"
    r"|必須|が必要|は必要|しなきゃ)"
    r"|(?:必ず|絶対|やっぱり)[^。?？]{0,6}" + OPEN_CALL
    + r"|\b(?:have to|must|required|always|need to|necessary)\b[^?]{0,40}" + OPEN_CALL
    + r"|\bshould\b[^?]{0,30}\bby (?:an? )?" + OPEN_CALL
    + r"|" + OPEN_CALL + r"[^?]{0,30}\b(?:required|necessary|mandatory)\b")
# 大阪市 「公募を原則とした仕組みづくり」
OPEN_CALL_PRINCIPLE = re.compile(r"公募を原則とした")


class OpenCallAsks(MarkedAsk):
    """Which passage makes the open call the principle of choosing, and when it goes first."""

    ASK = MUST_IT_BE_OPEN
    ANSWERED_BY = OPEN_CALL_PRINCIPLE
