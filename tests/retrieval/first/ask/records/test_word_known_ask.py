"""A question asking whether residents know or follow the word 協働 gets 北九州市's finding on the word's reach first
(word_known_ask.py); spreading word of 協働's work does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.word_known_ask import (
    HOW_TO_SPREAD,
    WORD_KNOWN_ASK,
    WORD_UNKNOWN,
    WordKnownAsks,
    WordKnownMessages,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "「協働」って言葉、住民説明会だと全然伝わらないんですが、言い換えたほうがいいですかね？",
    "市民の半分以上が「協働」という言葉を知らないって本当ですか。",
    "この言葉、市民にどのくらい通じるんでしょう？",
])
def test_whether_the_word_is_known_is_a_word_known_ask(question: str) -> None:
    assert WORD_KNOWN_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "協働の取り組みをもっと市民に知ってもらいたいのですが、ホームページ以外にどんな方法がありますか？",  # the work
    "協働って何？",
])
def test_spreading_word_of_the_work_is_no_word_known_ask(question: str) -> None:
    assert not WORD_KNOWN_ASK.search(normalize_text(question))


def test_the_passage_on_the_words_reach() -> None:
    assert WORD_UNKNOWN.search("市民に対する意識調査では、6割以上の方が協働という言葉を知らないと回答しています。")
    assert not WORD_UNKNOWN.search("協働とは、「同一の目的を成し遂げるために、2人以上が協力して働くこと」です。")


def test_the_finding_goes_first_only_from_near_the_top() -> None:
    texts = ["協働とは、同一の目的を成し遂げるために", "6割以上の方が協働という言葉を知らない"]
    asks = [normalize_text("「協働」って言葉、市民に伝わらないよね？")]
    assert WordKnownAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert WordKnownAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_a_word_too_stiff_for_residents_gets_the_finding_first(engine: Engine) -> None:
    # tune80 (read): 千葉県's 協働の効果を見えるように ranked first
    assert first_section(engine, "「協働」って言葉が硬くて市民に伝わらない気がするんだけど、そういう指摘ってどこかで出てる？") == ("kitakyushu", "issue-awareness")


@pytest.mark.parametrize("told", [
    "市民の方に「協働」という言葉がなかなか伝わりません。",
    "「行政と住民が力を合わせてまちをつくる」という考え方自体が、市民の間であまり知られていないようです。",
    "協働って言葉、正直市民にはほとんど伝わってない気がする。",
    "住民の多くが「役所と住民が一緒にまちづくりをする」という考え方自体を知らないみたい。",
    "町内会長さんたちに協働の説明をしたら「協働って何？」という反応ばかりでした。",
    "Will ordinary residents actually understand the word 協働, or should I phrase it differently?",
])
def test_the_word_or_the_idea_not_known_told_before_the_ask(told: str) -> None:
    assert WORD_KNOWN_ASK.search(normalize_text(told))


def test_a_message_telling_it_and_asking_how_to_spread_gets_the_finding() -> None:
    rule = WordKnownMessages(["協働とは", "6割以上の方が協働という言葉を知らないと回答"], window=2)
    question = normalize_text("市民の方に「協働」という言葉がなかなか伝わりません。どうやって広めていけばよいでしょうか。")
    asks = [normalize_text("どうやって広めていけばよいでしょうか。")]
    assert HOW_TO_SPREAD.search(asks[0])
    assert rule.first(asks, np.array([2.0, 1.0]), question=question) == 1
    # the word told as stiff, but the ask is what 協働 means: the definitions answer
    other = [normalize_text("協働ってそもそもどういう意味？")]
    assert rule.first(other, np.array([2.0, 1.0]), question=normalize_text("言葉が堅いと言われた。") + other[0]) is None


@pytest.mark.parametrize("question", [
    # tune218, tune46 (read): the word told as unknown, then how to spread it — 網走市's definition went first
    "市民の方に「協働」という言葉がなかなか伝わりません。どうやって広めていけばよいでしょうか。",
    "そもそも市民に「協働」という言葉があまり知られていない気がします。どう広めていけばいいですか。",
    # tune254 (read): told not to get across, then how far it is known — not in the top ten before
    "<@U07KYODO> 広報課の新人です。市民向けチラシに「協働」と書いたら課長に「それ伝わらないよ」と言われました。市民の認知度って"
    "どのくらいなんでしょう？",
    # tune106 (read): whether the word gets across as it stands — second before
    "<@U07KYODO> 広報課です。市報の見出しに『協働』という言葉をそのまま使って、市民にちゃんと伝わるものなんでしょうか？",
])
def test_the_word_told_unknown_then_how_gets_the_finding_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("kitakyushu", "issue-awareness")


@pytest.mark.parametrize("question", [
    # tune161, tune215 (read): the word told as not getting across, then whether the guidelines say anything on it
    "<@U07KYODO> 市民協働課で広報を担当しています。市民向けのチラシに「協働」と書いても、全然ピンとこないと言われてしまいます。"
    "このあたり、指針で何か触れられていますか？",
    "協働って言葉、正直市民にはほとんど伝わってない気がする。指針で何か触れてる？",
    # tune148 (read): residents answering 「協働って何？」, then how to tell them
    "町内会長さんたちに協働の説明をしたら「協働って何？」という反応ばかりでした。市民にどう伝えていけばいいでしょう。",
])
def test_the_word_told_unknown_then_whether_the_guidelines_say_gets_the_finding_first(
        engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("kitakyushu", "issue-awareness")


def test_residents_asking_what_kyodo_is_is_not_told_by_the_ask_alone() -> None:
    # the ask 「協働って何？」 is the definitions' — only residents answering with it tells the word's reach
    assert not WORD_KNOWN_ASK.search(normalize_text("「協働って何？」と聞かれたら、どう答えればいいですか"))
