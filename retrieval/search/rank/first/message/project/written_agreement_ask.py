"""The passage saying a written agreement is not always needed, for a message asking whether one must be signed:
「協定書を結ばないとダメ？打ち合わせのメモで足りる？」 asks what 小平市 says in so many words — 「協働事業であるから必ず
協定を結ばなくてはならないというものではありません。例えば、…打ち合わせ会などで話し合ったことを明文化…」.

The question's words (協定書, 役割分担, 打ち合わせ) stand in 網走市's sections on 事業協力 and 実行委員会 and in 北九州市's on working across
departments, so the reranker puts those first. When the message asks whether an agreement or anything in writing is
required (or a memo enough, or a meeting formally named), among the passages the question matches, however low they
rank, the first saying it is not always needed goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# whether an agreement or writing is required: 協定書を結ばないとダメ？, メモで足りる？, do we have to sign
WRITING_REQUIRED = re.compile(
    r"(?:協定|書面|文書|明文化|取り交わ|覚書)[^。?？]{0,20}(?:必ず|ないと(?:ダメ|だめ|いけない)|なければ(?:ならない|いけない|ダメ)"
    r"|なくても|なしで|しなくて|義務|マスト|必須)|協定書なし|メモ(?:で|に)[^。?？]{0,15}(?:いい|大丈夫|足り|ok|済ませ)"
    r"|\b(?:always|really) (?:have|need) to sign\b|\bmust we sign\b|\bdo we (?:have|need) to sign\b"
    r"|名前をつけ|正式な会議体|堅苦しい"
    # 「協定書を締結しないと決裁って通らないものですか」 (tune138)
    r"|(?:協定|書面|覚書)[^。?？]{0,20}ないと[^。?？]{0,12}(?:通らない|進められない|始められない)"
    # 「協定書まで必要ですか？会議録でも足りますか？」「議事録で確認するだけで問題ない？」「協定書は作っていないんですが」
    r"|(?:協定書?|書面|覚書)(?:は|まで|って|も)(?:必要|要り|要る)|(?:協定書?|書面)の代わり"
    r"|(?:議事録|会議録|メモ|記録)(?:で|でも|に)[^。?？]{0,20}(?:足り|十分|代わり|大丈夫|問題ない)"
    r"|協定書?を(?:交わさ|結ば|作ら)ず|協定書?は(?:作って|結んで|交わして)い(?:ない|ません)|正式な(?:書類|文書)"
    r"|名付け|(?:「実行委員会」|実行委員会)(?:に|と)しないと"
    # "Is a 協定書 required for every 協働事業?", "do we really need a formal 協定書", 「協定書って絶対要る？」
    r"|(?:協定書?|\bagreement\b)[^?。？]{0,40}\b(?:required|mandatory|necessary)\b|\b(?:really |always )?need a (?:formal |written )?"
    r"(?:協定書?|agreement)|\bnot (?:planning|going) to sign\b|\bwithout (?:a |any )?(?:formal |written )?(?:協定書?|agreement)\b"
    r"|\b(?:minutes|notes)\b[^?]{0,40}\benough\b|協定書?(?:って|は)?(?:絶対|必ず)")
# 「協働事業であるから必ず協定を結ばなくてはならないというものではありません」
SAYS_NOT_ALWAYS = re.compile(r"必ず協定を結ばなくてはならない")


class WrittenAgreementAsks(MarkedAsk):
    """Which passages say a written agreement is not always needed, and which goes first for a message asking."""

    ANSWERED_BY = SAYS_NOT_ALWAYS
    SETTING = WRITING_REQUIRED
    WHOLE_ORDER = True


# whether the partners' meeting must be called or made a 実行委員会 or some formal body: 「団体との打ち合わせの場って、
# 「実行委員会」って名前にしないとダメなの？」「「実行委員会」じゃなくて「連絡会」って名前でも問題ない？」「『実行委員会』
# みたいな正式な会議にしないといけないんでしょうか」 (tune255, tune265, tune275: 網走市's 共催・実行委員会 came first on
# the word) — 小平市 answers in the same passage: 「実行委員会や打ち合わせなど、その名称にはとられません」
MEETING_NAME_ASK = re.compile(r"(?:実行委員会|協議会|連絡会|打ち?合わせ|会議)[^。?？]{0,24}?"
                              r"(?:(?:って|という|との)(?:名前|名称)|呼び方|正式な(?:会議|組織|形))")
SAYS_ANY_NAME = re.compile(r"その名称にはとられません")


class MeetingNameAsks(MarkedAsk):
    """Which passage says the partners' meeting may be called anything, and when it goes first."""

    ASK = MEETING_NAME_ASK
    ANSWERED_BY = SAYS_ANY_NAME
