"""千葉県's point on making 協働's effect visible, for a message telling that residents or the council cannot see what it
brought: 「住民の方から「協働って結局何がよかったの？」と言われてしまいました」, 「議会で『協働事業の効果が市民に見えない』と
質問が出て」 ask what 千葉県 answers — 「住民にとって協働の効果がわかりづらいとの指摘があります。…協働によってどのような
効果があったのか明確にし」.

The message's words (効果, 協働, 住民) stand in every guideline's list of 協働's effects, which the reranker puts first;
the lists say what 協働 brings, not how to show it. When the message tells that its effect is not seen, not understood
or not conveyed, or asks what it changed after all — and asks anything but how long an effect takes — among the passages ranked nearest the top the point goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the effect not seen or not understood by those outside: 効果が見えない, 何がよかったの？, 何が変わったの？
EFFECT_UNSEEN = re.compile(
    r"(?:効果|成果|メリット)(?:が|って)?[^。?？]{0,12}(?:わから|分から|見えな|見えにく|伝わらな|伝わりにく|わかりづら|わかりにく"
    r"|分かりにく|分かりづら)"
    r"|結局[^。?？]{0,10}(?:何がよかった|何が良かった|何が変わった|何の効果)"
    r"|\b(?:no idea|can't see|cannot see|don't see|do not see)\b[^.?]{0,30}\b(?:achiev|effect|benefit|result|differen)")
# ... unless what is asked is how long an effect takes (「効果が出るまでの時間軸」「短期で判断するものじゃない」): 協働's
# long-term nature answers that
NOT_HOW_LONG = re.compile(r"^(?!.*(?:時間軸|短期|長期|時間がかか|年かか|\blong[- ]term\b|\bshort[- ]term\b|\bhow long\b))")
# 千葉県 「住民にとって協働の効果がわかりづらいとの指摘があります」
SAYS_MAKE_IT_VISIBLE = re.compile(r"協働の効果がわかりづらい")


class UnseenEffectAsks(MarkedAsk):
    """Which passage answers 協働's effect going unseen, and when it goes first."""

    ASK = NOT_HOW_LONG
    ANSWERED_BY = SAYS_MAKE_IT_VISIBLE
    SETTING = EFFECT_UNSEEN
