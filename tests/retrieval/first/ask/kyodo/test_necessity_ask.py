"""A question asking why 協働 itself is needed gets a passage telling the need first (necessity_ask.py) — the limits of
the administration alone, the needs grown diverse — not the staff's attitudes or a form of 協働; why a project is done
with a partner, or why a principle matters, is another question."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.necessity_ask import (
    NECESSITY_ASK,
    TELLS_THE_NEED,
    NecessityAsks,
    NecessityMessages,
)


@pytest.mark.parametrize("question", [
    "なんで役所が市民団体と組んで仕事しなきゃいけないの？",
    "なして今さら協働が必要になるんだべ？役所だけでやればいいんでねぇの？",
    "協働ってなんで必要なの？行政だけでやるんじゃダメなの？",
    "Why do local governments need 協働 these days?",
    "why do we even need to collaborate with citizen groups?",
    "I have to draft an answer for the 議会: why is 協働 needed now?",
    # the why after the need (tune254, tune259: read)
    "NPOやボランティアなどの市民活動団体と行政が協働する必要があるのはなぜですか？",
    "協働が必要とされる理由は何ですか。",
    # the need or the reason named as what to explain (tune247, tune248, tune251: read)
    "議会答弁用に、市が住民団体と組んで事業を行う必要性を説明する根拠がほしい",
    "議会答弁用に、市が協働を進める理由を短くまとめたい",
])
def test_why_kyodo_is_needed_is_this_ask(question: str) -> None:
    assert NECESSITY_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    # なんですが is no なんで (tune232, read)
    "いま新規事業の中身を組み立てているところなんですが、新しく事業を始めるときって協働でやれないかも検討しないといけないもの？",
    "Isn't agreeing on the goal (目的の共有) enough? Why do we also need to agree on the methods?",  # a principle
    "団体との最初の打ち合わせで、まず「なぜこの事業をやるのか」から詰めるべきでしょうか",  # a project's reasons
    "団体と協定書を結ぶ必要性について、課内でどう説明すればいい？",  # an agreement's need
    "協働が必要な事業は何ですか？",  # which projects, not why (何です is no 何で)
    "来週の庁内研修で「なぜ全庁共通の協働ルールが必要なのか」を説明することになりました。",  # a rule's need (tune124)
])
def test_other_whys_are_not(question: str) -> None:
    assert not NECESSITY_ASK.search(normalize_text(question))


def test_the_passages_telling_the_need() -> None:
    assert TELLS_THE_NEED.search("これらの課題を解決するためには、行政の力だけでは限界があります。")
    assert TELLS_THE_NEED.search("多様化する市民ニーズに応じて市だけで公共的サービスを提供することは難しくなってきました。")
    assert not TELLS_THE_NEED.search("協働は行政の仕事の下請けや、期待の受け皿ではありません。")


def test_the_first_passage_telling_the_need_goes_first() -> None:
    rule = NecessityAsks(["職員の姿勢", "行政の力だけでは限界があります"], window=2)
    asks = [normalize_text("なんで協働が必要なの？")]
    assert rule.first(asks, np.array([2.0, 1.0]), question=asks[0]) == 1
    other = [normalize_text("協働の原則って何？")]
    assert rule.first(other, np.array([2.0, 1.0]), question=other[0]) is None


@pytest.mark.parametrize("question", [
    # tune239, tune244 (read): no passage telling the need in the top ten, and fifth
    "Why do local governments need 協働 these days? My manager asked me to explain it at the 支所 staff meeting.",
    "なんで役所が市民団体と組んで仕事しなきゃいけないの？",
    "協働が必要とされる理由は何ですか。",  # tune254 (read): second before
    "議会答弁で、市が市民団体と組んで事業を進める必要性を説明したい。使える根拠は？",  # tune251 (read): below ten
])
def test_why_kyodo_is_needed_gets_the_need_first(engine: Engine, question: str) -> None:
    answer = engine.ask(question, top=3)
    assert TELLS_THE_NEED.search(normalize_text(answer.passages[0].text))


def test_a_message_reporting_the_why_and_asking_what_to_answer_gets_the_need_from_anywhere() -> None:
    rule = NecessityMessages(["行政の力だけでは限界があります", "職員の姿勢", "協働の原則"], window=1)
    question = normalize_text("議会で「なぜ今協働が必要なのか」と聞かれそうです。根拠になる考え方をまとめてもらえますか。")
    asks = [normalize_text("根拠になる考え方をまとめてもらえますか。")]
    assert rule.first(asks, np.array([1, 2, 0]), question=question) == 0  # third in order, outside the window
    # the same ask without the reported why, or the why with another ask, is not this message
    assert rule.first(asks, np.array([1, 2, 0]), question=asks[0]) is None
    other = [normalize_text("団体の選び方は？")]
    assert rule.first(other, np.array([1, 2, 0]), question=question) is None


@pytest.mark.parametrize("question", [
    # tune117, tune209 (read): third and second before
    "<@U07KYODO> 市民協働課の村上です。6月議会で『なぜ今、行政が市民団体と一緒にやる必要があるのか』という一般質問が通告されていて、"
    "答弁案の下書きを頼まれました。背景として押さえるべき考え方を教えてください。",
    "<@U07KYODO> 企画政策課の企画担当です。課長から、総合計画の説明資料に「なぜ今、協働が必要なのか」を一段落で書いてほしいと"
    "頼まれました。指針ではどう説明されていますか？",
])
def test_the_why_reported_in_a_message_gets_the_need_first(engine: Engine, question: str) -> None:
    answer = engine.ask(question, top=3)
    assert TELLS_THE_NEED.search(normalize_text(answer.passages[0].text))
