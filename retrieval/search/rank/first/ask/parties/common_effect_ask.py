"""The passage on what 協働 brings every party alike, for a question that asks what it brings them in common or the
whole area at the end: 「協働によって、団体・行政・市民に共通して得られる効果は何ですか」「団体と一緒に事業をやると、結局地域
にとって何が良くなるんですか？」「協働を続けると、市と団体の関係そのものはどう変わっていくとされていますか」 ask what
大阪市 sets out under 【共通の効果】 — each party grows, trust and equal partnership come of it, the area's appeal rises.

Their words (効果, 地域, 市, 団体) stand in every passage on effects, and the reranker put first 小平市's list of six
effects, or one party's gains (one-party asks are the beneficiary rule's, tried before this one). Among the passages
ranked nearest the top, the one under a heading of the effects shared by all goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

_GOOD = r"(?:効果|良く|よく|良いこと|いいこと|変化|変わ|得られ|生まれ|効いて|どうなる)"
# what every party gains together: 共通して, みんな/全員/双方/三者 にとって; what the whole area or town gains; what it comes to
# in the end for the area; how the relationship itself changes
COMMON_EFFECT_ASK = re.compile(
    rf"(?:共通して|共通の|共通に|みんなにとって|皆にとって|全員にとって|双方に|双方にとって|三者)[^。?？]{{0,30}}?{_GOOD}"
    rf"|(?:地域|まち|街)全体(?:に|として|にとって|では|は|には)?[^。?？]{{0,30}}?(?:{_GOOD}|何が)"
    rf"|(?:最終的に|結局)(?:は)?[^。?？]{{0,12}}?(?:地域|まち)[^。?？]{{0,20}}?(?:{_GOOD}|何が)"
    r"|関係(?:そのもの|自体)(?:は|が)[^。?？]{0,15}?どう変わ"
    # "what effects does collaboration bring that are shared by everyone involved?" (tune274: second, under 大阪市's
    # purpose)
    r"|\b(?:effects?|benefits?|gains?)\b[^?]{0,40}\b(?:shared by|common to) (?:everyone|all|both|every)\b"
    r"|\b(?:shared|common|mutual) (?:effects?|benefits?|gains?)\b")
# 大阪市 「【共通の効果】」
COMMON_EFFECT_HEADING = re.compile(r"共通の効果")


class CommonEffectAsks(MarkedAsk):
    """Which passage sets out the effects shared by all, and when it goes first."""

    ASK = COMMON_EFFECT_ASK
    ANSWERED_BY = COMMON_EFFECT_HEADING
    READS_HEADINGS = True
    WHOLE_ORDER = True
