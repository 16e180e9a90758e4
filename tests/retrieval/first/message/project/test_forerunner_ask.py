"""A message telling of a group already doing what the city means to start gets 小平市's 「関連する事業を先駆的に行っている
ときは、協働事業の公募などを検討していきます」 first, from wherever it ranks (forerunner_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.project.forerunner_ask import FORERUNNER, SAYS_CONSIDER_THEM, ForerunnerAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "市がこれから始める事業と似たことを、すでに市民団体が先にやっている場合はどうするのがいいですか？",
    "来年度、産後ママの交流事業を市で新しく始める予定なんですが、同じような活動を市内のNPOが何年も前から自主的にやっています。",
    "We're starting a new food-waste project, but a local group has been pioneering almost the same thing for years.",
    # the very project done first by a group, or done 先に (tune194, tune265, tune267: read)
    "うちがこれから始めようとしている事業を、地元の団体がすでに先にやっていました。どう進めるのがいいですか",
    "ある地域では先に市民団体が子ども食堂を始めていて、市も似た事業を始める予定です。",
    # already told by もう, or by a group doing it now (tune273, tune274: read)
    "もう民間の団体が同じようなことをやってる事業を、うちの課で新しく始めることになった。どう進めたらいい？",
    "地域でプレーパークを自主的にやっている団体があるのに、市が同じような事業を始めることになりました。",
])
def test_a_group_already_doing_what_the_city_starts_is_such_a_message(question: str) -> None:
    assert FORERUNNER.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    # the same group, not the same activity
    "新しく協働事業を始めます。すでに同じ団体と委託契約があるのですが、別の契約にすべきですか？",
    # nothing already under way
    "新しく始める事業で、似た目的の団体を探したいです。",
    "新しく始める事業に、似た活動をやりたいという団体を探しています。",
    # nothing new started by the city
    "すでに似た活動をしている団体が二つあります。どちらと組むべき？",
])
def test_otherwise_no_such_message(question: str) -> None:
    assert not FORERUNNER.search(normalize_text(question))


def test_the_passage_goes_first_from_anywhere_it_matches() -> None:
    texts = [f"ほかの節{i}" for i in range(20)] + ["団体等が関連する事業を先駆的に行っているときは、協働事業の公募などを検討"]
    assert SAYS_CONSIDER_THEM.search(texts[-1])
    message = normalize_text("新しく事業を始めます。すでに似た活動をしているNPOがあります。どうすれば？")
    asks = [normalize_text("どうすれば？")]
    order = np.linspace(2.0, 1.0, 21)
    assert ForerunnerAsks(texts, window=3).first(asks, order, question=message) == 20
    order[20] = 0.0  # a passage the question does not match at all is never put first
    assert ForerunnerAsks(texts, window=3).first(asks, order, question=message) is None


def test_a_pioneering_group_gets_kodairas_passage_first(engine: Engine) -> None:
    # tune117 (read): not among the thirty best
    assert first_section(engine, "<@U07KYODO> 子ども政策課の大川です。新しくプレーパーク事業を始めるんですが、市内ではすでに『冒険あそび場の会』"
                                 "が自主的に似た活動を何年も続けています。この団体に直接お願いすべきか、どう進めるのがよいでしょう？") == ("kodaira", "citizen-proposals")


@pytest.mark.parametrize("question", [
    # tune267, tune265 (read): outside the answers, and eighth
    "<@U07KYODO> 環境保全課です。うちがこれから始めようとしている事業を、地元の団体がすでに先にやっていました。どう進めるのがいいですか",
    "<@U07KYODO> 市民協働課です。ある地域では先に市民団体が子ども食堂を始めていて、市も似た事業を始める予定です。こういう場合、市はどう"
    "動くのがいいでしょう",
])
def test_a_group_that_did_it_first_gets_kodairas_passage_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("kodaira", "citizen-proposals")
