"""The passage saying a rushed or already-fixed project does not suit 協働, for a question asking whether such a project
should be done as 協働: 「来月スタートで中身もほぼ決まっている講座を、協働でやるのって向いてる？」 asks what 小平市 says in
so many words — 「時間的な余裕がない事業や既に事業内容が具体的に決まっている事業等は協働に適していないと言えます」.

The situation (来月, 3か月以内, 中身は固まっている) names no section, and the ask (向いてる？, アリ？, 意味ある？) stands
beside every passage on which projects suit 協働, so the reranker puts 網走市's checklist of 協働のポイント or a section
on a form of 協働 first. When the question is rushed or fixed anywhere and asks whether it suits, among the passages
the question matches, however low they rank, the first saying so goes first (WHOLE_ORDER): the passage shares
hardly a word with such a message (3か月以内, 交付金, 実証実験), and ranked below the tenth for most of them.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# short of time: a date close ahead, a schedule that is tight, no time to prepare
RUSHED = re.compile(
    r"タイト|急(?:に|ぎ|いで)|間に合|ギリギリ|準備期間|年度内に|締め?切り?が?迫|期限が迫"
    r"|[0-9一二三]+(?:か|ヶ|カ|ケ)月(?:後|以内|で|しか)|[0-9一二三]+週間|来月(?:には|まで|中|末|から|スタート|オープン|着工)"
    # no time to make a document (「協定書を作っている時間がなくて」) is the document's question, not a rushed project's
    r"|(?<!作っている)(?<!作ってる)(?<!作る)(?<!書く)時間(?:が|の)?(?:ない|なく|足りな)|余裕(?:が|の)?(?:な|あまりな)"
    r"|\btight\b|\bdeadline|\bnext month\b|\bin (?:a|one|two|three|\d+) (?:weeks?|months?)\b|\bno time\b")
# what the project holds is decided already — 「中身はもう決まっていて」, not a stage 「固まってから声をかける」
FIXED = re.compile(r"(?:中身|内容|仕様|設計|計画|詳細|要件|要綱)[^。?？]{0,12}?(?:決ま|固ま)っ(?:てい|てる|てま|ており)"
                   r"|\b(?:already|basically) (?:been )?(?:fixed|decided|set)\b")
RUSHED_OR_FIXED = re.compile(f"{RUSHED.pattern}|{FIXED.pattern}")
# whether it suits 協働: 向いてる？, アリ？, 無理がある？, 意味ある？, worth it?
SUITS = re.compile(r"向い|向き|向か|適し|適さ|アリ|無理(?:が|は)?あ|現実的|意味(?:って|は|が)?ある"
                   r"|協働(?:で|に)[^。?？]{0,12}?べき"
                   r"|\bworth\b|\bstill\b|make sense|good (?:fit|candidate)|\bsuit|\bnot (?:a )?(?:good )?fit")
# 「時間的な余裕がない事業や既に事業内容が具体的に決まっている事業等は協働に適していない」
SAYS_UNSUITED = re.compile(r"時間的な余裕がない事業|事業内容が具体的に決まっている事業")


class RushedAsks(MarkedAsk):
    """Which passages say a rushed or fixed project does not suit 協働, and which goes first for a question asking it."""

    ASK = SUITS
    ANSWERED_BY = SAYS_UNSUITED
    SETTING = RUSHED_OR_FIXED
    WHOLE_ORDER = True
