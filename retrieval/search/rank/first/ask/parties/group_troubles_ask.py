"""The passage on what troubles citizen groups themselves, for a question asking what groups struggle with: 「NPOや
ボランティア団体って、運営面でどんな悩みを抱えていることが多いの？」「代表ひとりに仕事が集中していて…団体側のこういう課題って、
調査ではどう分析されてますか？」 asks what 北九州市 found — 「NPO法人、ボランティア団体ともに特定メンバーへ業務が集中する
傾向があります」, 「慢性的な人材不足」.

The question's words (団体, 課題, 悩み) stand in every passage on the difficulties of 協働 and in 北九州市's other survey
findings (the groups' wish to collaborate, the public's awareness), so the reranker at times puts one of those first.
When an asking sentence asks what groups struggle with, or what it means that one member carries everything, among the
passages ranked nearest the top the first saying the work piles up on a few members goes first. A group's strengths,
or not knowing which groups exist, is another question, and no such ask.

A message telling of the work piling up on one or a few members asks the same, whatever its ask: 「いつも同じ2、3人に
仕事が偏っていて…こういう団体側の事情はどう理解しておけば」「代表の方1人が連絡も準備も全部回していて…市として何かできる
ことありますか」 — the finding is what the guidelines say of it (WorkOnAFewAsks).
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# what groups struggle with — not their strengths, nor the asker's not knowing which groups exist
GROUP_TROUBLES_ASK = re.compile(
    r"^(?!.*(?:強み|探|分から|わから|情報))"
    r".*(?:(?:団体|npo|グループ)[^。?？]{0,6}(?:側)?(?:の|が|って)[^。?？]{0,10}(?:悩み|困りごと|課題|困って)"
    r"|(?:ひとり|一人|1人|数人|同じ人|特定の人)[^。?？]{0,10}(?:に|が)[^。?？]{0,6}(?:集中|抱え|回して))"
    # "What typical weaknesses of small NPOs should we keep in mind", "common weak points of small NPOs?" — not both
    # sides' strengths and weaknesses (characteristics_ask), nor the city's
    r"|^(?!.*(?:\bstrength|\bcity hall\b|\bgovernment\b|\bthe city\b)).*\bweak(?:ness(?:es)?| points?| spots?)\b"
    r"[^.?]{0,30}\b(?:npos?|groups?|organi[sz]ations?)\b"
    # 「What problems do NPOs and volunteer groups in Kitakyushu report about running their own organizations?」 (tune138)
    r"|\b(?:problems?|difficult(?:y|ies)|challenges?|struggles?|troubles?)\b[^?]{0,60}\b(?:npos?|groups?|organi[sz]ations?)\b"
    r"[^?]{0,40}\b(?:running|managing) their own\b"
    # 「What internal problems do NPOs and volunteer groups commonly have」 (tune131, tune62)
    r"|\binternal (?:problems?|issues|difficult(?:y|ies)|challenges?|weakness(?:es)?)\b[^?]{0,40}"
    r"\b(?:npos?|groups?|organi[sz]ations?)\b")
# the work of a group falling on one or a few of its members, anywhere in the message — a group's, not the city's
# (「担当職員ひとりに負担が集中」 is the staff's own trouble)
WORK_ON_A_FEW = re.compile(
    r"^(?!.*(?:職員|担当者|係長|課長)[^。?？]{0,6}(?:[2２二]、?[3３三]人|数人|一人|ひとり|1人))"
    r"(?=.*(?:団体|npo|グループ|代表|メンバー|ボランティア|の会|協議会))"
    r".*(?:[2２二]、?[3３三]人|数人|一人|ひとり|1人|同じ人|特定の(?:人|メンバー)|一部の(?:人|メンバー))"
    r"[^。?？]{0,10}(?:に|が)[^。?？]{0,8}(?:集中|偏|抱え|回して|負担)"
    # 「いつも同じ2、3人で回していて」: the same few — not 「代表がほぼ一人で回している」, a small partner asked about as
    # an equal (equal_footing_ask)
    r"|同じ(?:[2２二]、?[3３三]人|数人|人|メンバー)で回して"
    # 「The NPO we work with has the same two people doing literally everything」 (tune122, tune127) — not when the
    # message asks whether such a group can be an equal partner (SMALL_AND_EQUAL's)
    r"|^(?!.*\bequal)(?=.*\b(?:npos?|groups?|organi[sz]ations?|club|association)\b).*"
    r"\b(?:two|three|2|3|one|a few|couple of)(?: or (?:two|three|2|3|four))? (?:people|members|volunteers|persons)\b"
    r"[^?]{0,40}\b(?:doing|do|does|handle|handles|handling|run|runs|running|carry|carrying)"
    r" (?:literally |almost |pretty much |basically )?(?:everything|all of it|it all|all the work|most of the work)",
    re.S)
# 北九州市 「特定メンバーへ業務が集中する傾向があります」
WORK_PILES_UP = re.compile(r"特定メンバーへ業務が集中")


class GroupTroublesAsks(MarkedAsk):
    """Which passage says what troubles citizen groups, and when it goes first."""

    ASK = GROUP_TROUBLES_ASK
    ANSWERED_BY = WORK_PILES_UP


class WorkOnAFewAsks(MarkedAsk):
    """The same passage, for a message telling of a group whose work falls on a few of its members."""

    ANSWERED_BY = WORK_PILES_UP
    SETTING = WORK_ON_A_FEW
    WHOLE_ORDER = True
