"""The passages listing what makes a project suit 協働, for a question asking how to judge whether one does:
「協働でやるべき事業かどうか、どういう観点で判断すればいいですか」 asks what 網走市 sets out as 「①協働のポイント」
(「市の課題と市民団体の活動で共通な目的があるか」「市が責任を持って対応すべき事業ではないか」 …) and 小平市 as 「協働に適した
事業」 (「先駆性、専門性、地域性等の市民活動の特性を活かせる事業」 …).

The question's words (協働, 事業, 判断) stand in every passage on 協働's forms and proposals, so the reranker often puts
網走市's lead-in (「ふさわしい事業かを検討する必要があります」, which names no point), a form or a proposal scheme first:
on the read sets 12 of 34 such questions, on the validation sets 4 of 17. When an asking sentence asks how to tell
whether a project suits 協働 (向いている, ふさわしい, べき … 判断, 確認, 観点, 基準), among the passages ranked nearest the
top the first listing the points goes first. Whether a group can do the work is capacity_ask's question.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# whether a project suits 協働, and how to tell: the judging word follows the suiting one
SUITABILITY_ASK = re.compile(
    r"(?:協働で(?:やる|実施する|行う|進める)(?:べき|のが(?:合って|向いて|ふさわし))|協働に(?:向いて|適して|ふさわし)"
    r"|(?:向いている|ふさわしい|適した)事業)[^。?？]{0,30}(?:判断|確認|チェック|見極め|観点|基準|目安|見分け|ポイント)"
    # "Is our project a good fit for 協働?", "suitable for collaboration": whether it suits is asked of the points
    r"|\b(?:good |right )?fit for (?:協働|kyodo|collaborat\w*|a partnership)|\bsuit(?:able|ed)? (?:for|to) (?:協働|kyodo|collaborat)"
    # "Which kinds of projects suit 協働 and which don't?" (tune243: no passage listing the points in the top ten)
    r"|\bsuits? (?:協働|kyodo|collaborat)")
# 網走市 「市の課題と市民団体の活動で共通な目的があるか」, 小平市 「【協働に適した事業】」
LISTS_POINTS = re.compile(r"共通な目的があるか|【協働に適した事業】")


class SuitabilityAsks(MarkedAsk):
    """Which passages list what makes a project suit 協働, and which goes first for a question asking how to judge it."""

    ASK = SUITABILITY_ASK
    ANSWERED_BY = LISTS_POINTS
