"""The passage saying a shared aim is not enough, for a question about partners who agree on the aim but clash on how:
「ゴールは同じなのに、進め方の話になると団体とぶつかってしまう」 is what 網走市 describes in so many words under 「目的の
共有だけではなく、方法・手段の共有、了解、合意が必要です」 — 「目的は一緒でも、市民団体はこれまで培ってきたノウハウに
よって進めたいし、市はこれまでやってきたようにやりたいものです」.

The question's words (目的, 進め方, 団体) stand in every passage on shared aims and on roles, so the reranker puts
千葉県's 目的の共有 or 北九州市's shortage of information first. When the message says the aim is shared (同じ, 一致,
合意) and the way differs — in its situation as often as in its ask, so the whole message is read — among the passages
ranked nearest the top the first saying methods must be shared too goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the aim agreed on, the way not: 「目的では一致してたのに…進め方で揉めて」, "we agree on the goal, but … their way"
SAME_AIM_OTHER_WAY = re.compile(
    r"(?:目的|ゴール|目標|目指[しす]|向かう先|方向)[^。?？]{0,30}(?:同じ|一緒|一致|合意|賛成|意気投合)[^。?？]{0,40}"
    r"(?:進め方|やり方|方法|手段|イメージ|解釈)"
    r"|\b(?:same|agree on the) goal\b[^?.]{0,60}\b(?:how|way|method)"
    # "We agreed with the NPO on the project's goal months ago, but now we keep clashing over how to run it" (tune136)
    r"|\bagreed\b[^?.]{0,40}\b(?:goal|aim|purpose)s?\b[^?.]{0,60}\b(?:how|way|method)")
# 「目的の共有だけではなく、方法・手段の共有、了解、合意が必要です」, 「目的は一緒でも、…やりたいものです」
SAYS_SHARE_METHODS = re.compile(r"方法・手段の共有|目的は一緒でも")


class MethodsAsks(MarkedAsk):
    """Which passages say methods must be shared as well as aims, and which goes first for a message describing it."""

    ANSWERED_BY = SAYS_SHARE_METHODS
    SETTING = SAME_AIM_OTHER_WAY


# agreed, then later read otherwise: 「打ち合わせではまとまったのに、あとになって「そんな意味じゃなかった」と言われる」「決めたはずの
# 内容が、あとで相手団体と解釈がずれて」「同じ言葉でも受け取り方がずれてる」 (read questions had 網走市's passage second to
# below ten)
AGREED_THEN_READ_OTHERWISE = re.compile(
    r"(?:合意|納得|分かった|わかった|まとまった|決めた|一致|賛成|意気投合)[^。?？]{0,40}?(?:あと|後|いざ|動き出)[^。?？]{0,30}?"
    r"(?:意味じゃなかった|違う意味|解釈|受け取り方|イメージ)"
    r"|同じ言葉でも[^。?？]{0,10}(?:受け取り方|解釈|意味)")
# 網走市 「言葉、語句の解釈が異なり、後でトラブルになることが多い」
SAYS_WORDS_READ_OTHERWISE = re.compile(r"語句の解釈が異なり")


class InterpretationMessages(MarkedAsk):
    """The same 網走市 passage, for a message telling of an agreement later read otherwise, from wherever it stands."""

    ANSWERED_BY = SAYS_WORDS_READ_OTHERWISE
    SETTING = AGREED_THEN_READ_OTHERWISE
    WHOLE_ORDER = True
