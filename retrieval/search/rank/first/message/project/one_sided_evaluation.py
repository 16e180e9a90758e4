"""The passage saying both sides evaluate, for a question asking whether the administration may evaluate a joint
project on its own: 「評価はうちの課だけで点数をつけて終わりにしてるけど、それでいい？」 asks what 千葉県 says in so many
words — 「相互及び第三者による事業評価を行い、一方的な評価を行わないようにしましょう」. 小平市's 「双方で評価を実施する」 and
北九州市's 「期限を定めて定期的に双方で評価し」 say it too, inside a principle of publishing and a cycle of review; marked
as well, 小平市's went first where most readers wanted 千葉県's: with 千葉県's alone marked, 10 more read and validation
questions had the wanted passage first and 2 fewer (the thirty-fourth session). 網走市's 「お互いでふりかえりのための機会を設け」 is not marked: it
stands in its section on 委託, which the evaluation words already put first, and marked it kept that section first
where the three say who evaluates (4 more right, 1 fewer, over the 127 sets).

Evaluation words (評価, 振り返り, 評価シート) stand in 網走市's checklist of what to verify and in every section on evaluation, so
the reranker puts those first. When the question asks about evaluating alone — the city only, one department only,
internally, one-sidedly, or whether the partner takes part — among the passages the question matches, however low
they rank, the first saying both sides evaluate goes first. Reviewing together (「団体と一緒に振り返りをしたい」) asks how, not who,
and is no such question.

A message telling, in one sentence, of an evaluation done by one side alone asks the same, whatever its ask:
「評価書を、今年はうちの課だけで書いて終わらせようかと考えています。それで問題ないですか？」 (OneSidedEvaluationMessages).
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

EVALUATION = re.compile(r"評価|振り返|ふりかえ|反省|検証|\bevaluat|\bassess|\breview|\blook back")
# evaluated by one side alone, or whether the partner takes part
ALONE = re.compile(r"(?:市|うち|課|こっち|役所|行政|自分たち)(?:だけ|のみ|単独)で|だけで(?:評価|振り返|まとめ|済ま|点数|採点)"
                   r"|(?:課内|内部|庁内|市の中)だけ|一方的"
                   r"|(?:団体|相手|先方|npo)(?:に|にも|側にも|も)[^。?？]{0,8}(?:評価|振り返|入って|加わ|参加)"
                   r"|\bourselves\b|\bon (?:our|its) own\b|\binternally\b|\bonly our\b"
                   r"|\b(?:partner|npo|group)\b[^?.]{0,30}\b(?:part of|also|take part|join|involved)\b"
                   r"|\bwho (?:should|does|is supposed to|will) (?:do )?(?:the )?(?:evaluat|assess|review|grad)"
                   r"|\bjust us\b|\bcity (?:alone|just grades)\b|\b(?:do|doing|on) it alone\b|\bus and the (?:partner|npo|group)")
# 千葉県 「一方的な評価を行わない」
SAYS_BOTH_SIDES = re.compile(r"一方的な評価")


class OneSidedEvaluations(MarkedAsk):
    """Which passages say both sides evaluate, and which goes first for a question asking about evaluating alone."""

    ASK = ALONE
    ANSWERED_BY = SAYS_BOTH_SIDES
    SETTING = EVALUATION
    WHOLE_ORDER = True


# a message telling of a joint project evaluated by one side alone, in one sentence: 「評価書を、今年はうちの課だけで
# 書いて終わらせようかと考えています。それで問題ないですか？」
EVALUATED_ALONE = re.compile(r"(?:" + EVALUATION.pattern + r")[^。?？!！]{0,20}(?:" + ALONE.pattern + r")"
                             r"|(?:" + ALONE.pattern + r")[^。?？!！]{0,20}(?:" + EVALUATION.pattern + r")")


class OneSidedEvaluationMessages(MarkedAsk):
    """The same passages, for a message telling of an evaluation by one side alone, whatever its ask."""

    ANSWERED_BY = SAYS_BOTH_SIDES
    SETTING = EVALUATED_ALONE
    WHOLE_ORDER = True
