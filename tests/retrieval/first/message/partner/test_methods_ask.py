"""A message about partners who share the aim but clash on the way gets 網走市's 「目的の共有だけではなく、方法・手段の共有、
了解、合意が必要です」 first (methods_ask.py), whether the message says so in its situation or in its ask."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.methods_ask import (
    AGREED_THEN_READ_OTHERWISE,
    SAME_AIM_OTHER_WAY,
    SAYS_SHARE_METHODS,
    SAYS_WORDS_READ_OTHERWISE,
    InterpretationMessages,
    MethodsAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "目的では団体と一致しているのに、進め方になるとぶつかります。",
    "目指すところは同じはずが、やり方で毎回もめてしまう",
    "目指してるところは一緒なのに、やり方のことで団体ともめてます",  # 目指し, the verb's other stem
    "We agree on the same goal as the NPO, but we disagree on how to get there.",
    "We agreed on the aims with the group last spring, but now we argue about the way to run it.",  # tune136 (read)
])
def test_the_same_aim_and_another_way_is_a_methods_message(question: str) -> None:
    assert SAME_AIM_OTHER_WAY.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "団体と目的を共有するにはどうすればいい？",  # sharing the aim, no clash over the way
    "進め方で団体ともめています",  # a clash, no aim said to be shared
])
def test_an_aim_alone_or_a_clash_alone_is_no_methods_message(question: str) -> None:
    assert not SAME_AIM_OTHER_WAY.search(normalize_text(question))


def test_the_passages_on_sharing_methods() -> None:
    assert SAYS_SHARE_METHODS.search("目的の共有だけではなく、方法・手段の共有、了解、合意が必要です。")
    assert SAYS_SHARE_METHODS.search("目的は一緒でも、市民団体はこれまで培ってきたノウハウによって進めたい")
    assert not SAYS_SHARE_METHODS.search("互いにメリットのある事業でなければならないことを意識して、目的を明確に共有しましょう。")


def test_the_methods_passage_goes_first_only_when_the_message_says_so_and_near_the_top() -> None:
    texts = ["目的を明確に共有しましょう", "方法・手段の共有、了解、合意が必要です"]
    asks = [normalize_text("どうすればいい？")]
    order = np.array([2.0, 1.0])
    assert MethodsAsks(texts, window=2).first(asks, order, question=normalize_text("団体ともめています。どうすればいい？")) is None
    clash = normalize_text("目的は同じなのに進め方でもめています。どうすればいい？")
    assert MethodsAsks(texts, window=1).first(asks, order, question=clash) is None
    assert MethodsAsks(texts, window=2).first(asks, order, question=clash) == 1


def test_a_shared_aim_and_a_clash_over_the_way_get_abashiris_share_methods_first(engine: Engine) -> None:
    # 網走市's 「協働の留意点」 ranked first before
    assert first_section(engine, "ゴールは一緒なのに、やり方で相手の団体とぶつかるのはなぜ？") == ("abashiri", "share-methods")


@pytest.mark.parametrize("message", [
    "打ち合わせで決めたはずの内容が、あとで相手団体と解釈がずれて揉めてしまいました。",
    "話し合いでお互い「分かった」となったのに、あとで受け取り方が食い違ってもめました。",
    "一緒にやる相手と話がかみ合わないのって、同じ言葉でも受け取り方がずれてるからなのかな？",
])
def test_an_agreement_later_read_otherwise(message: str) -> None:
    assert AGREED_THEN_READ_OTHERWISE.search(normalize_text(message))


@pytest.mark.parametrize("message", [
    "協定書の解釈について、法務に確認したほうがいい？",  # an interpretation, no agreement read otherwise
    "合意したことは議事録に残しておくべき？",
])
def test_an_interpretation_or_an_agreement_alone_is_not(message: str) -> None:
    assert not AGREED_THEN_READ_OTHERWISE.search(normalize_text(message))


def test_the_passage_on_words_read_otherwise_goes_first_from_wherever_it_stands() -> None:
    assert SAYS_WORDS_READ_OTHERWISE.search("しかし、言葉、語句の解釈が異なり、後でトラブルになることが多いのです。")
    rule = InterpretationMessages(["役割分担", "言葉、語句の解釈が異なり"], window=1)
    question = normalize_text("打合せでは納得してたのに、あとで違う意味だったと言われた。どうすれば？")
    asks = [normalize_text("どうすれば？")]
    assert rule.first(asks, np.array([2.0, 1.0]), question=question) == 1
    assert rule.first(asks, np.array([2.0, 1.0]), question=asks[0]) is None


def test_an_agreement_read_otherwise_gets_abashiris_passage_first(engine: Engine) -> None:
    # tune5 (read): none in the top ten before
    assert first_section(engine, "打合せでは団体さんも「趣旨には賛成です」って言ってたのに、いざ動き出したらお互いのイメージが全然違ってました…"
                                 "次からどうすればいい？") == ("abashiri", "share-methods")
