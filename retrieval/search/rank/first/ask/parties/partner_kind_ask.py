"""The passages listing who can be a party to 協働, for a question asking whether some kind of group or person counts:
「町内会って協働の相手として考えていいんですか？」「個人でも協働の相手になれますか？」 asks what 網走市 lists among 協働の主体
(「…ボランティア団体、町内会、企業・商店、老人クラブ…」) and 小平市 among its partners (「各種法人や任意団体、個人などの様々な
主体」).

The question's words (協働, 相手, 考える) stand in every passage on partners, on choosing them and on staff taking part
in their own 町内会, so the reranker at times puts 網走市's 職員の市民活動 or a form first. When an asking sentence asks
whether a kind of group or person is (or may be taken as) a partner of 協働, among the passages ranked nearest the top
the first listing the parties goes first. What to check in a partner, or what conditions it must meet, is another
question (capacity_ask), and no such ask.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# whether a kind of group or person is, or may be taken as, a partner of 協働 — not what to check in one
PARTNER_KIND_ASK = re.compile(
    r"^(?!.*(?:条件|確認|評価|選ぶ|選定|審査|書類|企業|会社|メーカー|スーパー))"
    r".*(?:も|でも|って)[^。?？]{0,12}協働の(?:相手|主体|パートナー)(?:として|に)[^。?？]{0,6}"
    r"(?:なれ|含ま|考えて|入|扱って|位置づけ|数えて)"
    # the kind named further off: 「町内会ってNPOみたいな団体と同じように協働の相手として考えていい？」「NPOではなく町内会ですが、
    # 協働の相手として…」「町内会の美化活動も、市が一緒に取り組む相手として位置づけられて」
    r"|(?:町内会|自治会|老人クラブ|pta|商店会|任意団体|サークル|個人)[^。?？]{0,25}(?:協働の|一緒に取り組む)"
    r"(?:相手|主体|パートナー)(?:として|に)[^。?？]{0,6}(?:なれ|含ま|考えて|入|扱って|位置づけ|数えて)"
    r"|\b(?:can|could)\b[^?.]{0,40}\b(?:be|count as|qualify as) (?:a|our) (?:collaboration )?partner\b")
# 網走市 「町内会、企業・商店、老人クラブ」, 小平市 「各種法人や任意団体、個人などの様々な主体」
LISTS_PARTIES = re.compile(r"企業・商店|各種法人や任意団体、個人")


class PartnerKindAsks(MarkedAsk):
    """Which passages list who can be a party to 協働, and which goes first for a question asking whether one counts."""

    ASK = PARTNER_KIND_ASK
    ANSWERED_BY = LISTS_PARTIES
