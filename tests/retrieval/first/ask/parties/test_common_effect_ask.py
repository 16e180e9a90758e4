"""A question asking what 協働 brings every party alike, or the whole area in the end, gets 大阪市's 【共通の効果】 first
(common_effect_ask.py)."""

from __future__ import annotations

import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.common_effect_ask import COMMON_EFFECT_ASK, COMMON_EFFECT_HEADING


@pytest.mark.parametrize("question", [
    "協働によって、団体・行政・市民に共通して得られる効果は何ですか",
    "団体と一緒に事業をやると、結局地域にとって何が良くなるんですか？",
    "協働を進めると、地域全体にはどのような変化が期待できますか",
    "協働を続けると、市と団体の関係そのものはどう変わっていくとされていますか",
    "協働を続けていくと、市と団体の双方にどんな変化が生まれるとされていますか？",
    "According to Osaka's guideline, what effects does collaboration bring that are shared by everyone involved?",
    "What are the mutual benefits of collaboration?",
])
def test_what_all_gain_alike_is_this_ask(question: str) -> None:
    assert COMMON_EFFECT_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "行政にとって、団体と組むと何が良くなるの？",  # one party's gain: the beneficiary rule's
    "協働の効果にはどんなものがありますか",  # every effect listed: 小平市's and 千葉県's lists answer
    "地域全体で取り組む防災訓練、役割分担はどう決める？",  # the whole area as who takes part, no gain asked
    "How should information be shared by everyone involved?",  # shared, but no gain asked
])
def test_other_asks_are_not(question: str) -> None:
    assert not COMMON_EFFECT_ASK.search(normalize_text(question))


def test_the_heading_of_shared_effects() -> None:
    assert COMMON_EFFECT_HEADING.search("【共通の効果】")
    assert not COMMON_EFFECT_HEADING.search("【市民にとって】")


@pytest.mark.parametrize("question", [
    # tune264 (read): 9th before, 小平市's list of effects first
    "協働によって、団体・行政・市民に共通して得られる効果は何ですか",
    # tune267 (read): not among the answers before — nothing of its words but 地域 in the passage's text
    "団体と一緒に事業をやると、結局地域にとって何が良くなるんですか？ざっくり知りたいです",
    "協働を続けると、市と団体の関係そのものはどう変わっていくとされていますか",
])
def test_the_shared_effects_go_first(engine: Engine, question: str) -> None:
    first = engine.ask(question, top=3).passages[0]
    assert (first.doc, first.section_id) == ("osaka", "significance-common")
