"""The passage reporting 北九州市's survey of its own staff, for a question asking what it found: 「北九州市の職員アンケートで、
NPOとの協働経験がない職員はどのくらい？」, "What did Kitakyushu's survey of city employees find about their experience
with NPOs?" asks what 北九州市 reports — 「市役所職員に対する調査結果によれば、市職員の約3割が協働について、あまり理解して
いません。また、約6割が…協働経験がありません」.

The question's words (職員, 協働, 意識, 経験) stand in every guideline's section on staff awareness, and 北九州市's
citizens' survey shares 調査, so the reranker may put one of those first. When an asking sentence asks about a survey of
the staff, among the passages ranked nearest the top the first reporting that survey goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# how far the staff know or have done something, a figure only that survey gives (「職員が協働をどのくらい理解しているか、
# データってありますか」, tune272, tune275: figure_ask chose 北九州市's figures on citizens' awareness, and leaves it here)
STAFF_DEGREE = r"職員(?:が|は|の)[^。?？]{0,16}?(?:どのくらい|どれくらい|どの程度|何割)"
# a survey of the city's own staff: 職員アンケート, 職員への調査, "survey of city employees", "staff survey"
STAFF_SURVEY_ASK = re.compile(
    r"職員(?:へ|に対する|向け|を対象と?した?)?の?(?:意識)?(?:調査|アンケート)"
    r"|(?:調査|アンケート)[^。?？]{0,12}職員(?:の|は|が|を)"
    rf"|{STAFF_DEGREE}"
    r"|\b(?:staff|employees?) (?:survey|questionnaire)s?\b"
    r"|\b(?:survey|questionnaire)s? (?:of|among|to) (?:(?:the |its |our |city )?(?:city |municipal )?(?:staff|employees))\b")
# 北九州市 「市役所職員に対する調査結果によれば」
REPORTS_STAFF_SURVEY = re.compile(r"市役所職員に対する調査結果")


class StaffSurveyAsks(MarkedAsk):
    """Which passage reports the survey of the city's staff, and when it goes first."""

    ASK = STAFF_SURVEY_ASK
    ANSWERED_BY = REPORTS_STAFF_SURVEY
