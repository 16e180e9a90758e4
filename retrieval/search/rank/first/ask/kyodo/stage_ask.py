"""The passages saying to bring a partner in from the planning stage, for a question asking at what stage to involve a
group: 「団体には事業のどの段階から関わってもらうのがいいんでしょう」 "At what stage should we bring citizen groups in —
once we have a draft, or earlier?" ask what the guidelines say in so many words — 大阪市 「構想・企画立案の段階から」,
網走市 「企画段階から一緒に」「早い段階から十分な協議や調整が必要」「事業の検討段階から「協働」し」.

The question's words (事業, 計画, 団体) stand nearly everywhere, so the reranker at times puts a passage on
considering 協働 for new projects, or on staff attitudes, first. When an asking sentence asks at what stage or how
early, among the passages ranked nearest the top the first of those saying so goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# at what stage, or how early, a group comes in — not at what stage to consider doing it as 協働 at all (「協働でやるか
# どうかは、どの段階で検討する？」 asks what 小平市 says of considering 協働 for every new project), nor at what stage
# roles are settled (「役割分担と責任は、どの段階で決めておく？」: 小平市's 「事業の初めから役割分担と責任の明確化」, roles_ask)
STAGE_ASK = re.compile(r"^(?!.*(?:検討|かどうか|whether|役割|責任))"
                       r".*(?:at what stage|what stage|how early|どの段階|どのタイミングで(?:団体|相手|声)"
                       r"|いつから(?:団体|相手|入って|関わ|声)|声をかけるタイミング)")
# 大阪市 「構想・企画立案の段階から」; 網走市 「企画段階から一緒に」「早い段階から十分な協議」「検討段階から「協働」」
FROM_THE_PLANNING_STAGE = re.compile(r"企画立案の段階から|企画段階から一緒に|早い段階から十分な協議|検討段階から「協働」")


class StageAsks(MarkedAsk):
    """Which passages say to bring a partner in from the planning stage, and which goes first for a question asking."""

    ASK = STAGE_ASK
    ANSWERED_BY = FROM_THE_PLANNING_STAGE


# the city settling the plan or the project first and bringing the group in after — 「素案ができてから意見をもらえば
# いい？」「中身を決めてから声をかけるのでは遅い？」「基本計画を固めてから説明する段取り」, "once the plan is fixed"
LATE_INVOLVEMENT = re.compile(
    r"(?:素案|案|計画|中身|内容|枠組み|仕様書?)[^。?？]{0,12}(?:ができ|が固ま|が決ま|を固め|を決め|を作っ)[^。?？]{0,12}"
    r"(?:後|あと|から)"
    r"|\bonce the plan is (?:basically )?(?:fixed|set|decided|drafted)\b|\bafter (?:we|the city) (?:have )?drafted\b")


class LateInvolvementAsks(MarkedAsk):
    """The same passages for a message telling that the group is to come in once the plan is settled."""

    ANSWERED_BY = FROM_THE_PLANNING_STAGE
    SETTING = LATE_INVOLVEMENT
