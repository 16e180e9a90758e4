"""小平市's plan for a check sheet of 協働, for a question asking about one: "Was Kodaira planning any kind of checklist
or evaluation tool for collaborative projects?", 「協働の取り組みのチェックシートってありますか」 ask for what 小平市 plans —
「協働事業の評価方法を検討し、協働の取り組みのチェックシートを作成します」.

The question's words (評価, 協働事業, checklist) stand in 小平市's principle of disclosure and evaluation and in every
section on evaluation, which the reranker puts first. When an asking sentence asks for a check sheet, or for 小平市's
checklist or evaluation tool, among the passages ranked nearest the top the plan goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# a check sheet by that name, or 小平市's checklist or evaluation tool
CHECK_SHEET_ASK = re.compile(
    r"チェックシート|\bcheck[- ]?sheet\b"
    r"|(?:小平|\bkodaira\b)[^。?？]{0,80}(?:\bchecklist\b|\bevaluation (?:tool|sheet)s?\b|チェックリスト|評価(?:の)?(?:ツール|シート))")
# 小平市 「協働事業の評価方法を検討し、協働の取り組みのチェックシートを作成します」
PLANS_THE_SHEET = re.compile(r"協働の取り組みのチェックシート")


class CheckSheetAsks(MarkedAsk):
    """Which passage plans 小平市's check sheet, and when it goes first."""

    ASK = CHECK_SHEET_ASK
    ANSWERED_BY = PLANS_THE_SHEET
