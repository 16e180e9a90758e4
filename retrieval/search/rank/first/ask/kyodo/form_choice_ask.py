"""網走市's lead to the forms of 協働, for a question asking how to choose among them: 「委託・共催・補助など、どの形で協働
するかはどうやって決めればいいですか？」 asks what 網走市 says before listing them — 「事業の目的や内容に応じて目指す成果の
ために、もっとも効果的で効率的な形態を選択することが重要です」.

The question's words (委託, 共催, 補助) stand in every form's own section and in 小平市's table of forms, which the
reranker puts first. When an asking sentence asks which form to choose or how to decide it — not which form a given
arrangement counts as (「これってどの形にあたる？」 is answered by that form's section) — among the passages ranked
nearest the top the lead goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# which form to choose, or how to decide it
FORM_CHOICE_ASK = re.compile(
    r"^(?!.*(?:あたる|当たる|該当|count as|still a))"
    r".*(?:どの(?:形|形態|やり方)[^。?？]{0,15}(?:選|決め|基準|いい|迷)|(?:形態|形)を(?:選|決)|形態はどう"
    r"|(?:which|what) form[^.?]{0,30}(?:choose|should|best|pick|decide))")
# 網走市 「もっとも効果的で効率的な形態を選択することが重要です」
HOW_TO_CHOOSE_A_FORM = re.compile(r"もっとも効果的で効率的な形態を選択")


class FormChoiceAsks(MarkedAsk):
    """Which passage says how to choose a form of 協働, and when it goes first."""

    ASK = FORM_CHOICE_ASK
    ANSWERED_BY = HOW_TO_CHOOSE_A_FORM
