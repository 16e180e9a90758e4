"""The passage on a subsidised group coming to lean on the city, for a message about money given year after year or a
group depending on it: 「同じ団体に毎年運営費を出し続けていて、相手がそれ頼みになっている」 is what 網走市 warns of under
③補助 — 「補助金に頼り、行政に依存する体質になると自主性が失われる可能性があるため、期限設定など自立を促す工夫も必要です」.

The money words (補助金, 運営費, 毎年) stand in every section on subsidies and on fairness in choosing, so the reranker puts
千葉県's 公平性の確保 or its table of 支援 and 協働 first. When the message names money the city gives and says it goes on year
after year or the group leans on it (in its situation as often as in its ask), among the passages the question
matches, however low they rank, the first on that dependence goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# money the city gives, and the group leaning on it or getting it every year
LEANS_ON_MONEY = re.compile(
    # … not who bears a cost (「その費用は誰持ち？」 in a 実行委員会 argued over every year, tune276): 網走市's forms answer
    r"^(?!.*(?:誰持ち|誰が持つ|誰が払う|誰が負担|分担|実行委員会|共催))"
    r"(?=.*(?:お金|補助|運営費|活動費|助成|資金|費用|\bfunding\b|\bgrants?\b|\bmoney\b|\bsubsid))"
    r"(?=.*(?:頼み|頼り|依存|ありき|頼って|自立|立てなく|毎年|\bdepend|\brel(?:y|ies|iance)\b|\bevery (?:single )?year\b))",
    re.S)
# 「補助金に頼り、行政に依存する体質になると」, 「補助を受ける団体の固定化」
ON_DEPENDENCE = re.compile(r"補助金に頼り|行政に依存する体質|補助を受ける団体の固定化")


class DependenceAsks(MarkedAsk):
    """Which passages warn of a subsidised group leaning on the city, and which goes first for such a message."""

    ANSWERED_BY = ON_DEPENDENCE
    SETTING = LEANS_ON_MONEY
    WHOLE_ORDER = True
