"""千葉県's two bodies for 協働, for a question asking about either: 「今年度から課の「協働推進員」に指名されました。何をする役
なんでしょうか？」 asks for 「千葉県県民活動推進会議」, whose section says what the 協働推進員 do; 「千葉県の県民活動推進懇談会
って、傍聴できる公開の会議なんですか？」 asks for 「千葉県県民活動推進懇談会」 (全て公開で開催); a question naming both asks for
the two sections, not the lead sentence listing them.

The lead of 「協働推進のための組織」 names both bodies and stands above their sections, so the reranker puts it first.
When the question names the 協働推進員 (or asks for the liaison placed in each section), the 推進会議's section goes
first from near the top; when it names the 懇談会 or asks for the prefecture's body hearing groups' views, the
懇談会's; when it names both, the better ranked of the two.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the liaison staff: 協働推進員 (formerly パートナーシップ推進員), or someone placed in each section to connect them
OFFICER_ASK = re.compile(r"^(?!.*懇談会)(?=.*(?:千葉|県))"
                         r".*(?:協働推進員|パートナーシップ推進員|(?:各課|課ごと)[^。?？]{0,25}(?:つなぎ役|まとめ役|担当者))",
                         re.DOTALL)
# the body hearing groups' views: the 懇談会, or a meeting where groups give their views, at the prefecture
COUNCIL_ASK = re.compile(r"^(?!.*推進会議)(?=.*(?:千葉|県|prefect))"
                         r".*(?:懇談会|(?:声|意見)を[^。?？]{0,10}(?:聞く|求め|反映)[^。?？]{0,20}(?:会議|集まり|場)"
                         r"|body where[^?]{0,40}(?:views|voices|opinions))", re.DOTALL)
BOTH_ASK = re.compile(r"(?=.*懇談会)(?=.*推進会議)", re.DOTALL)
# 千葉県 「協働推進員（旧：パートナーシップ推進員）」, in the 推進会議's section
NAMES_THE_OFFICERS = re.compile(r"協働推進員\(旧")
# 千葉県 「千葉県県民活動推進懇談会は、全て公開で開催しています」
THE_COUNCIL = re.compile(r"県民活動推進懇談会は、全て公開")


class PromotionOfficerAsks(MarkedAsk):
    """Which passage says what the 協働推進員 do, and when it goes first."""

    ANSWERED_BY = NAMES_THE_OFFICERS
    SETTING = OFFICER_ASK


class PrefecturalCouncilAsks(MarkedAsk):
    """Which passage describes 千葉県's 懇談会, and when it goes first."""

    ANSWERED_BY = THE_COUNCIL
    SETTING = COUNCIL_ASK


class BothBodiesAsks(MarkedAsk):
    """Which of the two bodies' sections goes first for a question naming both."""

    ANSWERED_BY = re.compile(f"{NAMES_THE_OFFICERS.pattern}|{THE_COUNCIL.pattern}")
    SETTING = BOTH_ASK


# Where to consult at the prefecture: "Who at the prefecture can I talk to about a 協働 project I'm planning?", "Where
# can I ask for advice about collaboration in Chiba prefecture?" ask what 千葉県 says of its 県民生活課 — 「市民活動団体
# との協働に関する相談にいつでも対応します」 — where the lead of 「協働推進のための組織」 and the 推進会議, holding the
# prefecture's words, went first (six read English questions; the Japanese ones already had it).
CONSULT_ASK = re.compile(
    r"^(?=.*(?:県|\bchiba\b|\bprefect))"
    r"(?=.*(?:相談(?:先|窓口|でき|に乗|したい)|どこに相談|誰に相談|だれに相談|\bconsult\b|\bask for advice\b"
    r"|\btalk to (?:someone|somebody)\b|\bwho can i (?:ask|talk)|\bwho (?:at|in) the prefecture\b"
    # 「asked me … who they can talk to about working with the prefecture」 (tune138)
    r"|\bwho (?:they|we) (?:can|could|should) (?:ask|talk to)\b))", re.DOTALL)
# 千葉県 「県民生活課では、市民活動団体との協働に関する相談にいつでも対応します」
TAKES_CONSULTATIONS = re.compile(r"協働に関する相談にいつでも対応")


class PrefecturalConsultationAsks(MarkedAsk):
    """Which passage says where the prefecture takes consultations on 協働, and when it goes first."""

    ANSWERED_BY = TAKES_CONSULTATIONS
    SETTING = CONSULT_ASK
