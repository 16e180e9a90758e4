"""The principles on making roles and responsibility clear, for a question asking when or how far to settle who does
what: 「役割分担って、事業のどの段階で決めておくのがいいんでしょうか」「どこまで細かく決めておけばいい？」 ask what 小平市
sets as a principle — 「事業の初めから役割分担と責任の明確化を図る機会を設けます」 — and 千葉県's point 「責任の所在や範囲を
明らかにしておきましょう」.

The word 役割分担 stands as much in 網走市's form of 共催 (「個々の役割分担のもとに、一つの事業を共同で行います」), which the
reranker puts first. When an asking sentence asks when, at what stage, how far or how to settle who does what, and the
message names no form of 協働 and no money, among the passages ranked nearest the top the first principle on settling
roles goes first.

A question asking what to settle before a project starts (「スタート前に決めておくべきことって何ですか」「最初の打ち合わせで
何を決めておくべきか」) gets the same principle — to settle roles and responsibility from the project's start — from
wherever it stands: such a message names its project (高齢者の見守り, 育児講座) and hardly a word of the principle.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# who does what — 役割分担, 分担, どっちが何を, それぞれ何を受け持つ — and when (at what timing), how far or how it is settled
ROLES_ASK = re.compile(
    r"(?:役割分担|役割と責任|責任分担|(?:どっち|どちら|誰)が何を|それぞれ何を(?:受け持|担|担当|やる))[^。?？]{0,20}"
    r"(?:いつ|段階|タイミング|どこまで|どの程度|どのくらい|どれくらい|細かく|どう決め|どうやって決め|決め方"
    # what to watch in settling them (「役割分担を決めるときに注意することは」, tune266)
    r"|決めるとき[^。?？]{0,4}(?:注意|気をつけ|気を付け))"
    # the roles alone, how they are settled (「役割の決め方について指針に何かありますか」, tune262)
    r"|役割(?:の|を|は)(?:決め方|どう決め|どうやって決め)"
    r"|(?:いつ|段階|タイミング|どこまで|どの程度|どのくらい|細かく)[^。?？]{0,12}(?:役割分担|役割と責任|責任分担)"
    r"|\bwho does what\b[^?]{0,40}\b(?:when|how far|how much detail|how detailed|stage)\b"
    r"|\b(?:when|at what stage|how (?:far|detailed))\b[^?]{0,40}\b(?:roles|who does what)\b")
# what to settle before a project starts, or at its first meeting: 「スタート前に決めておくべきことって何ですか」「初回で
# 何を決めて、何を記録に残しておけば」 (three read questions had the principle fifth or below ten). 「前に…決め」 alone
# is not this ask: 「評価のやり方って、始める前に決めておくものですか」 asks when the evaluation is settled
BEFORE_START_ASK = re.compile(
    r"(?:スタート|始める|始まる|開始|着手|立ち上げる|打ち?合わせの|打合せの)前に[^。?？]{0,14}?(?:何を|なにを|どんなこと|どういうこと)"
    r"[^。?？]{0,8}?決め"
    r"|(?:スタート|始める|始まる|開始|着手|立ち上げる)前に決めて?おく(?:べき)?こと"
    r"|(?:最初|初回|1回目|一回目)の?(?:打ち?合わせ|打合せ|会議|顔合わせ|話し合い)?で[^。?？]{0,10}?(?:何を|なにを|どんなこと)"
    r"[^。?？]{0,6}?決め"
    r"|\bwhat (?:should|do|must) we (?:decide|agree on|settle)\b[^?]{0,40}\b(?:before|at the (?:start|kickoff|first meeting))\b")
# ... unless the message names a form or money: 網走市's 実行委員会 and 委託 sections say what to settle in that form
# (「相互の役割分担、経費分担などについて、明確にしておきます」), and an ask weighing costs is theirs
_FORM_OR_MONEY = r"実行委員会|共催|委託|経費|費用|お金|負担|\bcommittee\b|\bcosts?\b"
NO_FORM_NAMED = re.compile(rf"^(?!.*(?:{_FORM_OR_MONEY}))", re.DOTALL)
# 小平市 「事業の初めから役割分担と責任の明確化を図る機会を設けます」; 千葉県 「責任の所在や範囲を明らかにしておきましょう」
SETTLES_ROLES = re.compile(r"役割分担と責任の明確化を図る|責任の所在や範囲を明らか")


class RolesAsks(MarkedAsk):
    """Which passages say to settle roles and responsibility, and which goes first for a question asking when or how."""

    ASK = ROLES_ASK
    ANSWERED_BY = SETTLES_ROLES
    SETTING = NO_FORM_NAMED
# ... and, before a start, no other form either: what a 事業協力 or a co-hosted festival settles first is its own
# form's section (「協定書を締結するなど、事前の合意が必要です」)
NO_FORM_BEFORE_START = re.compile(
    rf"^(?!.*(?:{_FORM_OR_MONEY}|事業協力|補助|後援|協定|\bco-?(?:host|organi[sz])))", re.DOTALL)


class BeforeStartAsks(MarkedAsk):
    """Which passages say to settle roles and responsibility, and which goes first for a question asking what to settle
    before a project starts."""

    ASK = BEFORE_START_ASK
    ANSWERED_BY = SETTLES_ROLES
    SETTING = NO_FORM_BEFORE_START
    WHOLE_ORDER = True


# a message telling that who is responsible, or whose part something is, is unclear or argued over: 「事故があったときに
# 誰の責任なのかがはっきりしていなくて不安です」「毎回「それはそっちの担当では」と揉めます」 (tune273, tune274: the
# principles were fourth and below ten) — what 千葉県 answers, 「責任の所在や範囲を明らかにしておきましょう」
UNCLEAR_ROLES = re.compile(
    r"(?:誰の責任|だれの責任|責任の所在|責任の範囲|どっちの担当|どちらの担当|そっちの担当|こっちの担当|誰の担当|誰がやる(?:のか|か))"
    r"[^。?？]{0,16}?(?:はっきりし(?:ない|ていな|なく)|曖昧|あいまい|揉め|もめ|分から|わから|決まってい?な)")


class UnclearRolesMessages(MarkedAsk):
    """The same passages for a message telling that responsibility or whose part it is is unclear or argued over."""

    ANSWERED_BY = SETTLES_ROLES
    # … in no form of its own: 網走市's 実行委員会 answers 「誰の責任かで揉めないように」 (「無責任共同体にならないよう」),
    # and so for several groups hosting an event together (主催)
    SETTING = re.compile(rf"^(?!.*(?:{_FORM_OR_MONEY}|主催))(?=.*(?:{UNCLEAR_ROLES.pattern}))", re.DOTALL)
