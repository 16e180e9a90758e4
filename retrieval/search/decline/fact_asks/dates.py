"""The date of one event: when something is scheduled, was opened, founded or published, or when a notice arrives. The
guidelines describe how to plan and do the work, never the calendar of one event, so these readings find EVENT_DATE —
except that what a plan was, as a guideline recorded it, is the guideline's own content (AS_PLANNED, recorded_plan).
The years written in a question or a passage are read here too (years_written, holds_a_year): a plan's date is in a
passage only as a year.
"""

from __future__ import annotations

import re

# When something is scheduled or was done by others (「次の計画っていつ頃策定される予定ですか」「実践編はいつ公表され
# ましたか」「フェスティバルって毎年何月に開催してますか」) asks for the date of one event; 「いつ決めればいい？」 asks
# how to plan, and いつも is "always". A notice or a result arriving (「交付決定通知って、例年だと何月ごろに届きますか」
# 「審査結果はいつ出るのか」) is one event too; of every set's questions, the 78 read ones that ask so are all to decline.
WHEN_SCHEDULED = re.compile(r"(いつ(?!も)|何月)(頃|ごろ|から|まで)?[^。?？!]{0,20}(予定|され|公表|開催|行われ|始ま|届|決まる|決まり|発表"
                            r"|やって(る|い))"  # 「まなび塾フェスティバルって例年何月ごろやってる？」 (tune144)
                            # 「人事異動の内示っていつ頃出ますか」 (tune186, tune190, tune192): when the notice comes
                            r"|(通知|結果|締切|締め切り|支払|振込|入金|内示)(は|って|が)[^。?？]{0,8}(いつ|何月)")
# Opening, founding or publishing is one event, and so is each of these.
EVENTS = "オープン|開設|開館|開所|策定|公表|設立|発足|施行|完成|発行|改定|改訂"
# The date an event happened on is the date of one event too (「何年何月にオープンしたんですか」「オープンはいつなの？」
# 「何年度に策定されたものですか」): 何年何月 names a day in the calendar.
WHEN_HAPPENED = re.compile(rf"何年何月|(何年度?|いつ)(に|頃|ごろ)?[^。?？、]{{0,8}}({EVENTS})(し|さ)|(何年度?|いつ)(に|頃|ごろ)?出(た|され)"
                           # 「次に改定されるのはいつ頃になりそう」 (tune187): the next one as well
                           rf"|({EVENTS})(した|された|される)?(の)?(は|って)[^。?？]{{0,6}}(いつ|何年|何月)"
                           rf"|({EVENTS})(した|された)(日付|年月日|日にち)"  # 「公表された日付も分かれば」
                           # 「策定年月が知りたいです」「最新版の日付を知りたいです」 (tune135)
                           rf"|({EVENTS})(年月日?|日付)(が|は|を|って)|最新版の(日付|発行日)|最新版(が|は|って)いつ"
                           # 「何年度版が最新ですか」 (tune162): which year's edition
                           r"|何年度?版"
                           # 「実践編って、公表日はいつでしたっけ」 (tune137)
                           rf"|({EVENTS})日(は|って)[^。?？]{{0,6}}(いつ|何年|何月)")
# The month or year an event happened or is scheduled, or its release date (tune103), asked in English (tune99, all
# English, declined 27 of 50 at its first run; each pattern scanned over every read and fitted set and the calibration
# first).
ENGLISH_WHEN = re.compile(r"\b(in )?what (month|year|date)\b"
                          r"|\bwhen (exactly |roughly )?(is|was|will)\b[^?]{0,90}\b(scheduled|adopted|enacted"
                          r"|established|founded|published|open|opens|opened|opening|launched|held)\b"
                          r"|\brelease date\b"
                          # "When did Osaka actually publish …", "When did Kodaira enact its 自治基本条例" (tune115, tune118)
                          r"|\bwhen did\b[^?]{0,90}\b(publish|release|put out|open|launch|establish|found|adopt|enact|hold"
                          # "When did Kitakyushu's collaboration policy take effect" (tune141)
                          r"|take effect|come into (effect|force)|go into effect)"
                          r"|\bwhen (was|is|will be) (its|the) (first|next|last) (meeting|session)\b"
                          # "When is the public comment period?" (tune112): one call's or consultation's dates
                          r"|\bwhen (is|was|will)\b[^?]{0,40}\b(comment|application|submission|entry|recruitment)"
                          r" (period|window)\b")
# What a plan was, as recorded (「支援センターはいつ開設される予定になってた？」「いつ本格的に開設されることに
# なっていましたか」), asks what a guideline wrote, not the date of an event: 小平市's sets out when its centre was to
# open. Three helpers writing blind asked it so, and four more with 計画: 「いつ本格的に開設される計画だった？」.
AS_PLANNED = re.compile(r"((予定|こと)(に|と)?なって(い)?(た|ました)|(予定|計画)(だった|でした))(?!っけ)")
# The same in English (tune99): "when was it supposed to open" or "when was Kodaira planning to open it" is what
# Kodaira's guideline planned ("when is the planned plaza scheduled to open" is not).
ENGLISH_AS_PLANNED = re.compile(r"\bsupposed to\b|\bwas\b[^?]{0,30}\bplann(ed|ing)\b|\bplans?\b")
# With a city whose guideline the knowledge holds named, a plan asked about at all is the plan it recorded (「小平市の
# 市民活動支援センターはいつ本格的に開設する予定になっていますか」).
A_PLAN = re.compile(r"予定(?!日)")
# Asking for the next or this year's one (「網走市総合計画の次の計画って、いつ頃策定される予定ですか」) asks for no
# recorded plan.
NEXT_ONE = re.compile(r"次の|次回|今年|来年|今度|今後")
# A year as the guidelines write one (「平成22年度に…本格的に開設します」): a plan's date is in a passage only so.
A_YEAR = re.compile(r"(?:平成|令和|昭和)[0-9元一二三四五六七八九十]+年|[0-9]{4}年|[0-9]+年度")
# A year as staff write it: 平成22年度, 令和5年, 2018年度以降, fiscal 2022, FY2023 (the text is already NFKC-normalised).
YEAR_WRITTEN = re.compile(r"(昭和|平成|令和)\s*([0-9]+|元)\s*年|(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
# The western year before each era's first (平成元年 is 1989).
ERA_START = {"昭和": 1925, "平成": 1988, "令和": 2018}


def years_written(text: str) -> list[int]:
    """The years a text names, in the western calendar."""
    years = []
    for match in YEAR_WRITTEN.finditer(text):
        if match.group(1):
            years.append(ERA_START[match.group(1)] + (1 if match.group(2) == "元" else int(match.group(2))))
        else:
            years.append(int(match.group(3)))
    return years


def recorded_plan(sentence: str) -> bool:
    """The sentence asks when something was planned, not when the next one is: of a named city, its guideline's plan."""
    return bool(A_PLAN.search(sentence)) and not NEXT_ONE.search(sentence)


def holds_a_year(text: str) -> bool:
    """The passage gives a year (A_YEAR): Kodaira's plan dates its centre, while Kitakyushu's names its plaza
    (（仮称）「市民みらい創造プラザ」) with no date, so asking when the plaza opens asks a date no guideline holds."""
    return bool(A_YEAR.search(text))
