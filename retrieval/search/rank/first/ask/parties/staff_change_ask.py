"""The passages on what 協働 changes in the city's own staff, for a question asking whether it does: 「住民の皆さんと組んで
仕事をすると、役所の中の人の考え方って変わるものなんですか？」 asks of an effect of 協働 — 網走市's 「職員自らの意識改革と資質
向上につながります」 among the city's gains, 千葉県's 「行政の構造や職員の意識改革を生み出す」.

The question's words (職員, 考え方, 意識) stand in the sections on staff's attitudes and on what the city does to reform
its staff (北九州市's 「職員の協働に対する意識改革」, 網走市's 「職員の意識改革に努めます」), so the reranker puts one of
those first, or a passage on 協働 in general; in every set read, not one such question had the effect first. When an
asking sentence asks whether the staff's or the city's thinking changes, among the passages ranked nearest the top the
first saying 協働 brings that change goes first. A question asking what the staff gain by 協働 (「担当する職員にとって何か
プラスになることあります？」) is answered by the same passages: it is the one gain the guidelines name for staff.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the city's side (its staff, the office, ourselves) and its way of thinking or working, asked whether it changes
STAFF_CHANGE_ASK = re.compile(
    r"(?:職員|役所|行政|市役所|役場|公務員|自分たち|私たち)[^。?？]{0,12}"
    # (変わる, changing of itself: how to change it, 「考え方を変えるには」, is what the city undertakes, which its own
    # sections answer)
    r"(?:考え方|意識|見方|発想|仕事の仕方|仕事の進め方|仕事のやり方)(?:って|が|は|も|まで)?[^。?？]{0,10}(?:変わ|かわ|変化)"
    # or what the staff gain by it: 「協働って、担当する職員にとって何かプラスになることあります？」「職員の側にはどんなプラスが
    # あると書かれていますか」 (tune230, tune74, tune68: 9th, 4th, 8th) — the gain the guidelines name for staff is this change
    r"|職員(?:の側|側)?(?:にとって|には|にも)(?:は|も)?[^。?？]{0,16}(?:メリット|プラス|いいこと|良いこと|利点|得(?:する|になる|がある))")
# 網走市 「職員自らの意識改革と資質向上につながります」, 千葉県 「市民や行政職員の意識改革を促す」「…意識改革を生み出す」: the change
# told as what 協働 brings, not as what the city undertakes (「意識改革に努めます」「意識改革に取り組む」)
BRINGS_STAFF_CHANGE = re.compile(r"意識改革(?:と資質向上)?(?:に|を)(?:つながり|生み出|促)")


class StaffChangeAsks(MarkedAsk):
    """Which passages say 協働 changes the city's staff, and which goes first for a question asking whether it does."""

    ASK = STAFF_CHANGE_ASK
    ANSWERED_BY = BRINGS_STAFF_CHANGE
    WIDE = True
