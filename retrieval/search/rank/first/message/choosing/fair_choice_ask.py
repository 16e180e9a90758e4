"""千葉県's point on fairness, for a message asking how to choose a partner fairly or openly: "How should we select an
NPO partner in a fair and transparent way?", 「選んだ経緯や理由は外部に公表すべき？」 ask what 千葉県 says first —
「パートナーの選択などのプロセスはできるだけ公表し、透明性・公平性の確保に努めましょう」.

The message's words (公平, 透明, 公表, 選ぶ) stand in 北九州市's principle of openness and in 千葉県's park case, which
the reranker at times puts first. When choosing and fairness, openness or making it public stand near each other in
the message, and no subsidy is its subject (subsidy_fairness_ask answers that), among the passages ranked nearest the
top the point on fairness goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# choosing, and fairness or openness, within a clause of each other (「選んだ経緯は外部に公表すべき？」「どこの団体と
# 組むかを決めた経緯って、外からも見えるようにしておいたほうがいい？」). Deciding is choosing only when a partner is
# what is decided: 「何をどう決めてどうなったか、外からも見えるように」 asks for openness as a whole. Not a subsidy's
# fairness, nor with the criteria for judging whether a group can do the work (the passages on capacity answer those).
CHOSEN = r"(?:選|(?:相手|団体|パートナー|どこ)[^。?？]{0,12}決め|select|choos|pick)"
FAIR_CHOICE = re.compile(
    r"^(?!.*(?:補助|subsid|\bgrants?\b|hojokin|criteria|力量|能力|遂行))"
    rf".*(?:{CHOSEN}[^。?？]{{0,30}}(?:公平|透明|公正|公表|公開|(?<!以)外に|外から|見える|説明でき|\bfair|transparen"
    r"|\bpublic)"
    r"|(?:公平|透明|公正|公表|公開|\bfair|transparen)[^。?？]{0,30}(?:選|select|choos|pick))", re.DOTALL)
# 千葉県 「パートナーの選択などのプロセスはできるだけ公表し」
MAKES_THE_CHOICE_PUBLIC = re.compile(r"パートナーの選択などのプロセスはできるだけ公表")


class FairChoiceAsks(MarkedAsk):
    """Which passage says to choose a partner openly and fairly, and when it goes first."""

    ANSWERED_BY = MAKES_THE_CHOICE_PUBLIC
    SETTING = FAIR_CHOICE


# the same group asked again and again, and another group or a resident objecting: 「同じ読書グループにもう8年お願い
# してます。別の団体から「なんでいつもあそこなの」と言われてしまいました」「協働がもう5年続いていて、ほかの団体から「いつも
# あそこばかり」と言われて」 (tune239, tune255, read: outside the answers) — what 千葉県 warns of: 「協働を進めると特定の
# 団体との関係が強くなりがちです」「内容やパートナーが固定化しないように留意」
SAME_PARTNER = re.compile(r"いつもあそこ|いつもあの団体|いつも同じ団体|あそこばかり|あの団体ばかり|同じ団体ばかり"
                          r"|なんで(?:いつも)?(?:あそこ|あっち|あの団体)(?:なの|ばかり|に)")
WARNS_OF_FIXED_PARTNERS = re.compile(r"パートナーが固定化しないように")


class SamePartnerMessages(MarkedAsk):
    """Which passage warns against the same partner every time, for a message telling that others object to it."""

    ANSWERED_BY = WARNS_OF_FIXED_PARTNERS
    SETTING = SAME_PARTNER
    WHOLE_ORDER = True
