"""The passage that states a figure, for a question that asks one: 「市職員は協働のことをどのくらい理解しているんでしょうか」
asks how far something is known or how much of it there is, and the guidelines answer such a question only where
they report a survey or a count (北九州市's 「市職員の約3割が協働について、あまり理解していません」, 小平市's 「34事業」).

The words of such a question (職員, 協働, 理解) stand in many passages, and the reranker, which sees a figure-asking
question seldom, ranks the passages that discuss staff awareness above the one that measures it. So among the passages
ranked nearest the top, the first that states a figure goes first. Asking how far to go (「役割分担ってどのくらいまで
細かく決めておけばいい」「どのくらいの間隔で見直せば」) asks for a measure to take, not a figure: only a degree followed by
being, knowing or having done (いる, ある, 知って, 理解, 経験) asks for one, as do "how many" (not how many rules, steps or
kinds: a guideline's own list), a share, or a survey's results
(「アンケートの結果」, "what the survey found"); a survey alone may be one to carry out (「アンケートの集計」, "contracting a
survey out to an NPO").
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.ask.records.staff_survey_ask import STAFF_DEGREE
from retrieval.search.rank.first.marked import MarkedAsk

DEGREE = r"(?:どのくらい|どれくらい|どれぐらい|どのぐらい|どの程度|何割|何パーセント|何%|何件)"
# a state: there is, one knows, one has done; not 決める, 確認する, 見直す (a measure to take)
STATE = r"(?:いる|いた|ある|あった|あり|知って|知ら|理解|わかって|分かって|経験)"
# … but what a survey found someone wants or looks for is what they want, not a figure (「NPOが協働の相手となる団体に
# どんなことを求めているのか、調査結果で何かわかっていますか」, "What qualities do NPOs look for …, according to
# Kitakyushu's survey?", tune270, tune275: 北九州市's staff survey came first; partner_wants_ask answers)
_WANTED = r"求めて|期待して|\blook(?:s|ing)? for\b"
# … and how far the city's staff know or have done something is staff_survey_ask's (STAFF_DEGREE): the survey of the
# staff holds it, and the first figure near the top was 北九州市's on citizens' awareness (tune272, tune275: read)
FIGURE_ASK = re.compile(rf"^(?!.*(?:{_WANTED}|{STAFF_DEGREE})).*?(?:{DEGREE}[^。?？!！]{{0,12}}?{STATE}"
                        r"|アンケート(?:の)?結果|調査(?:の)?結果|\bhow many\b(?! (?:rules|principles|steps|kinds|types|forms|points|items|stages|ways)\b)|\bwhat (?:percentage|proportion)\b"
                        r"|\bsurvey (?:results?|data|figures?|found|find|finds|showed?|says?|said)\b|\baccording to \S+ survey\b)")
# a share or a count as the guidelines report them: 約3割, 6割, 34事業, 11の計画, 60%
FIGURE = re.compile(r"[0-9]+(?:割|%|事業|の計画)")


class FigureAsks(MarkedAsk):
    """Which passages state a figure, and which of them goes first for a question that asks one."""

    ASK = FIGURE_ASK
    ANSWERED_BY = FIGURE
