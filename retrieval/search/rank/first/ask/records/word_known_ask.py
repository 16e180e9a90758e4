"""The passage on how little the word 協働 is known, for a question asking whether residents know or follow it: 「協働
って言葉が硬くて市民に伝わらない気がするんだけど、そういう指摘ってどこかで出てる？」「市民の半分以上が「協働」という言葉を知らない
って本当ですか」 asks what 北九州市 found — 「6割以上の方が協働という言葉を知らないと回答」, 「協働という言葉ではなく、柔軟い別の
表現が望ましいという指摘」, 「まずは協働という言葉、意味を知ってもらうための普及活動」.

The question's words (協働, 市民, 伝える) stand in the definitions and in every passage on telling residents about
協働's results, so the reranker at times puts 網走市's definition or a passage on making results visible first. When
an asking sentence asks whether the word is known, followed, too stiff or worth replacing, or how to spread it, among
the passages ranked nearest the top the one on the word's reach goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the word itself (言葉, 言い方, 「協働」 in quotes), and whether residents know or follow it (「見出しに『協働』という言葉を
# そのまま使って、市民にちゃんと伝わるものなんでしょうか」), or how to spread it — not
# spreading 協働's work (「協働の取り組みをもっと市民に知ってもらいたい」 asks about making results known)
WORD_KNOWN_ASK = re.compile(
    r"(?:言葉|言い方)[」』]?[^。?？]{0,20}(?:伝わら|伝わり|伝わって(?:い)?な|知られて|知らない|堅|硬|ピンとこ|ピンと来|通じ|言い換え"
    r"|広め|知ってもら|浸透|響かな|伝わる(?:もの|のか|か|でしょう|んでしょう))"
    r"|「協働」[^。?？]{0,12}(?:伝わら|伝わり|伝わって(?:い)?な|知られて|知らない|通じ|ピンとこ|ピンと来|堅|硬|言い換え)"
    # the idea itself, not the word: 「「行政と住民が力を合わせてまちをつくる」という考え方自体が、市民の間であまり知られていない」,
    # 「…という考え方自体を知らないみたい」
    r"|考え方(?:自体|そのもの)?[がを、]?[^。?？]{0,16}(?:伝わら|伝わり|知られて|知らない|広まら|ピンとこ|ピンと来|浸透し)"
    # residents answering with the question itself: 「「協働って何？」という反応ばかりでした」
    r"|「協働(?:って|とは)(?:何|なに)[?？]?」(?:という|って)[^。?？]{0,6}(?:反応|声)"
    # in English, the word itself: "Will ordinary residents actually understand the word 協働, or should I phrase it …"
    r"|\b(?:the )?(?:word|term) [「\"']?(?:協働|kyodo)\b[^.?!]{0,40}(?:phrase|reword|differently|understand)"
    r"|\bunderstand (?:the )?(?:word|term) [「\"']?(?:協働|kyodo)")
# ... or told in the message's situation, with an ask how to spread it or what to tell: 「市民の方に「協働」という言葉が
# なかなか伝わりません。どうやって広めていけばよいでしょうか。」 (eight read questions had the passage second to fifth)
HOW_TO_SPREAD = re.compile(r"どう(?:やって)?(?:広め|伝え|知ってもら|すれば|したら)|何を伝え|コツ|\bhow (?:do|can|should) we\b"
                           # ... or how far it is known: 「市民の認知度ってどのくらいなんでしょう？」
                           r"|認知度"
                           # ... or whether the guidelines say anything on it: 「このあたり、指針で何か触れられていますか？」
                           r"|触れ(?:て|られ)|言及|どこかで|指摘(?:って|は|が)"
                           r"|\b(?:should i|should we) (?:phrase|reword|say)")
# 北九州市 「協働という言葉を知らないと回答」
WORD_UNKNOWN = re.compile(r"協働という言葉を知らない")


class WordKnownAsks(MarkedAsk):
    """Which passage says how little the word 協働 is known, and when it goes first."""

    ASK = WORD_KNOWN_ASK
    ANSWERED_BY = WORD_UNKNOWN


class WordKnownMessages(MarkedAsk):
    """The same passage, for a message that tells the word is not known and asks how to spread it. From wherever it
    ranks: 「チラシに「協働」と書いても、全然ピンとこないと言われてしまいます」 shares 協働 and 市民 with it and little else."""

    ASK = HOW_TO_SPREAD
    SETTING = WORD_KNOWN_ASK
    ANSWERED_BY = WORD_UNKNOWN
    WHOLE_ORDER = True
