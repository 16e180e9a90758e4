"""The passage on 事業協力, for a message telling of help given without money — a venue lent, tents, flyers, a notice
in the city's newsletter, staff sent to help — and asking whether that counts as 協働: 「会場の提供とSNSでの告知だけ手伝う
予定です。こういう関わり方も協働に入るんでしょうか？」 asks what 網走市 says of 事業協力 — 「その形態としては、情報
提供や人的協力、物品提供、技術・ノウハウ提供、広報協力、施設提供等様々です」.

The message's words (会場, 施設, 団体, イベント, 協働) stand in every section on forms of 協働 and in 千葉県's account of a
協働事業, so the reranker at times puts one of those first. When the message tells of such help and an asking sentence
asks whether it is 協働 (協働の一つ, 協働と言える, 協働に入る), among all the passages the question matches the one listing the kinds
of 事業協力 goes first. Whether the word 協働 is known (「協働って言葉、市民に通じる？」) is no such ask.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# help without money: a venue or things lent, flyers placed, a notice in the city's newsletter, staff sent to help
HELP_WITHOUT_MONEY = re.compile(r"貸し出|貸出|貸す|貸して|会場の提供|会場を提供|会場として|場所を提供|物品|備品|テント|チラシの配"
                                r"|配架|広報誌|広報紙|市報|職員[^。?？]{0,6}応援|お金を出[させ]|お金は出[させ]|予算は出さ|資金は出さ"
                                r"|(?:無償|無料|ただ)で(?:使|貸|提供)"
                                r"|お金も[^。?？]{0,6}出さ|(?:社員|職員|人)[^。?？]{0,6}手伝い"
                                r"|\blend\b|\blent\b|\blending\b|\bnewsletter\b|\bflyers?\b|\bin-kind\b|\bequipment\b")
# ... and an ask whether that is 協働 (not 「協働、協働と言うけれど」 told in the situation)
IS_IT_KYODO = re.compile(r"協働の一つ|協働の一種|協働と言|協働になる|協働に(?:入|当た|あた|含)|協働って(?:言え|言って|言う|呼|こと)"
                         r"|協働(?:して|し)(?:い|て)?る(?:こと|って)|協働の形と|協働として扱"
                         # 「委託でも補助でもない関わり方ってあるんでしょうか」: another form, without money
                         r"|(?:委託|補助)でも(?:委託|補助)でもない"
                         r"|協働扱い|これでも協働|協働の(?:どういう|どの|どんな)(?:形|形態)|一緒にやる関係に(?:入|含)"
                         r"|\bcount(?:s)? as (?:a (?:way|form|kind) of )?(?:協働|kyodo|collaborat)"
                         r"|\b(?:is|does) (?:that|this|it) (?:still )?(?:count as |qualify as )?(?:協働|kyodo|collaboration)\b")
# 網走市 「情報提供や人的協力、物品提供、技術・ノウハウ提供、広報協力、施設提供等様々です」
LISTS_KINDS_OF_HELP = re.compile(r"情報提供や人的協力、物品提供")


class LendingAsks(MarkedAsk):
    """Which passage lists the kinds of 事業協力, and when it goes first."""

    ASK = IS_IT_KYODO
    ANSWERED_BY = LISTS_KINDS_OF_HELP
    SETTING = HELP_WITHOUT_MONEY
    WHOLE_ORDER = True
