"""The passage on one party's gain, for a question that asks what that party gains: 「行政にとって、団体と組むと何が
ありがたいの？」 asks the effects of 協働 for the administration, and 大阪市 and 網走市 set those out under a heading of
their own for each party (【行政にとって】, ②市への効果, 【市民活動団体にとって】, ①市民への効果).

The words of such a question (行政, 協働, メリット) stand in every passage on effects, and the reranker puts first the
one that lists every party's gains (小平市's 「協働により期待される効果」). So among the passages ranked nearest the top,
the first whose heading names the party the question names goes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from retrieval.search.rank.first.marked import first_marked, marks

# the parties the guidelines set gains out for, and how staff name each
PARTIES = {
    "government": r"行政|市役所|役所|市|県",
    "groups": r"団体|npo|グループ|サークル|町内会|自治会",
    "citizens": r"市民|住民",
}
# ... or 「行政側にとって何がいいの？」 (tune272): what is good for the party, asked with 何が or どこが
_GAIN = r"(?:メリット|効果|いいこと|良いこと|ありがた|プラス|得|利点|変化|意義|意味|(?:何が|なにが|どこが)(?:いい|良い|よい|うれし|嬉し))"
# a party asked about: 「行政にとって」「行政の側には」「役所側から見て」「団体側に」 followed, within the sentence, by a gain
# … or, the party's side named, what changes for it (「役所の側には何が変わるんですか」「役所側に跳ね返ってくる良い影響」, tune134,
# tune71) — 「グループに公園の管理をお願いしたら何が変わるの」 asks of the project, not of the group
_CHANGE = r"(?:変わ|良い影響|いい影響)"
ASKED = {party: re.compile(rf"(?:{names})(?:さん|一人ひとり|一人一人)?(?:側|の側)?(?:にとって|から見(?:て|ると|た)|には|に)[^。?？!！]{{0,30}}?{_GAIN}"
                           rf"|(?:{names})(?:側|の側)(?:の|にとっての)?{_GAIN}"
                           rf"|(?:{names})(?:側|の側)(?:には|に|では)[^。?？!！]{{0,30}}?{_CHANGE}")
         for party, names in PARTIES.items()}
# a party named in a list with another (「市民や団体、行政には」): one of several asked about together
LISTED = {party: re.compile(rf"(?:{names})(?:さん)?(?:や|と|、|・)(?:{'|'.join(PARTIES[other] for other in PARTIES if other != party)})"
                            rf"|(?:{'|'.join(PARTIES[other] for other in PARTIES if other != party)})(?:さん)?(?:や|と|、|・)(?:{names})")
          for party, names in PARTIES.items()}
# English names the party as the one that gains ("what does an NPO actually gain", "how do residents benefit") or as
# the one a gain is for ("the benefits of 協働 for the city government")
PARTIES_EN = {
    "government": r"city|city hall|government|administration|municipality|prefecture",
    "groups": r"npos?|groups?|organi[sz]ations?|associations?",
    "citizens": r"residents?|citizens?",
}
_GAIN_EN = r"(?:gain|gains|get out of|gets out of|benefit|benefits)"
ASKED_EN = {party: re.compile(rf"\b(?:{names})(?:'s)?(?: side| itself| themselves)?(?: \w+){{0,2}}? {_GAIN_EN}\b"
                              rf"|\b(?:benefits?|advantages?|merits?|upsides?|gains?)\b(?: [^ .?!]+){{0,4}}? (?:for|to) "
                              rf"(?:the |an? |our |local |ordinary )?(?:{names})\b"
                              # "From the administration's point of view, what does 協働 give us?" (tune129, tune99)
                              rf"|\bfrom (?:the |our )?(?:{names})(?:'s)? (?:point of view|perspective|side)\b[^?]{{0,60}}"
                              rf"\b(?:gain|gains|give|gives|bring|brings|benefit|benefits|get|gets)\b")
            for party, names in PARTIES_EN.items()}
# a heading of one party's gains: 【行政にとって】, ②市への効果, 【市民活動団体にとって】
HEADING = {"government": re.compile(r"(?:行政|市)(?:にとって|への効果)"),
           "groups": re.compile(r"団体(?:にとって|への効果)"),
           "citizens": re.compile(r"市民(?:にとって|への効果)")}


class BeneficiaryAsks:
    """Which passages set out one party's gains, and which goes first for a question asking that party's."""

    def __init__(self, headings: Sequence[str], window: int) -> None:
        """`headings`: each passage's own section heading; `window`: how near the top the passage must already
        stand to be put first."""
        self._of = {party: marks(rx, headings) for party, rx in HEADING.items()}
        self._window = window

    def first(self, asks: Sequence[str], order: np.ndarray, window: int | None = None) -> int | None:
        parties = {party for party, rx in ASKED.items() for sentence in asks if rx.search(sentence)}
        parties |= {party for party, rx in ASKED_EN.items() for sentence in asks if rx.search(sentence)}
        # 「市民や団体、行政にはそれぞれ」: the party asked about is one of several named together
        parties |= {party for sentence in asks for party, rx in LISTED.items() if rx.search(sentence)}
        if len(parties) != 1:
            return None  # every party's gains, or none: the passage listing them all answers
        return first_marked(self._of[parties.pop()], order, window or self._window)
