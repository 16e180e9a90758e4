"""The passage saying to look back together once a project is done, for a message asking whether something should
be done after its end: 「事業が終わったあと、相手の団体と一緒に振り返る場を設けたほうがいいんでしょうか」 asks what 網走市
says — 「事業実施後は、お互いでふりかえりのための機会を設け」. 北九州市's 「期限を定めて定期的に双方で評価し、見直しを
しましょう」 is a cycle of evaluation rather than what to do once it is over; marked too, it went first where readers
wanted 網走市's words (with 網走市's alone marked, 8 more read and validation questions had the wanted passage first and
none fewer, the thirty-fourth session).

The message's words (終わる, 振り返る, 評価) stand in 網走市's list of verification items and in 北九州市's time limits as
much, and those are what the reranker puts first. When the message tells that a project has ended and asks whether to do
something, or what, rather than which points to check (「どんな観点で見ればいい？」 asks for the list), among the passages
ranked nearest the top the look back together goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the project has ended, or the asker looks past its end to next year
ENDED = re.compile(r"終わった(?:あと|後|ら)|終わったら|終了後|(?:無事に?|先月|今月|年度末で)終わ|一区切り|最終回"
                   r"|次年度に(?:どう)?つなげ|来年度?に(?:どう)?(?:つなげ|活か|生か)"
                   # "After a commissioned collaborative project ends, should we hold some kind of debrief with the
                   # group?" (tune251, tune70: seventh, second)
                   r"|\b(?:after|once) (?:a |the |our |this )?[^?.]{0,40}\b(?:ends|ended|is over|finishes|finished"
                   r"|wraps up|is done)\b")
# whether to do something after it, or what — not which points to check, what to publish, or the cycle as a whole
WHAT_TO_DO = re.compile(
    r"^(?!.*(?:観点|項目|チェック|何を見|どこを見|見る|判断|どんな点|どういう点|どのような点|公表|公開|報告書|流れ|順番"
    r"|サイクル|その後|そのあと|期限|何日|評価は|検証|選び方|deadline|which items|check|evaluat|how (?:do|should) we"
    r"|\bpoints?\b|\blook at\b|verif))"
    r".*(?:べき|ほうがいい|方がいい|必要|しておく|やっておく|しておけ|やっておけ|ありますか|ある[?？]"
    r"|どう(?:つなげ|活か|生か)|何を(?:すれば|したら)|\bshould we\b|\bare we supposed to\b|\bdo we need to\b)")
# 網走市 「事業実施後は、お互いでふりかえりのための機会を設け」
LOOK_BACK_TOGETHER = re.compile(r"ふりかえりのための機会を設け")


class AfterTheEndAsks(MarkedAsk):
    """Which passages say to look back together after a project, and which goes first for a message asking it."""

    ASK = WHAT_TO_DO
    ANSWERED_BY = LOOK_BACK_TOGETHER
    SETTING = ENDED
