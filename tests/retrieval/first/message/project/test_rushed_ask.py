"""A question asking whether a rushed or already-fixed project suits 協働 gets 小平市's passage saying it does not
(rushed_ask.py): 「時間的な余裕がない事業や既に事業内容が具体的に決まっている事業等は協働に適していない」."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.project.rushed_ask import FIXED, RUSHED, SAYS_UNSUITED, SUITS, RushedAsks
from tests.retrieval.answers import first_section


def _rushed_or_fixed(question: str) -> bool:
    text = normalize_text(question)
    return bool(RUSHED.search(text) or FIXED.search(text))


@pytest.mark.parametrize("question", [
    "来月スタートの講座、中身はもう全部決まっているんですが協働に向いてますか？",
    "3か月以内に始めないといけない事業を団体と一緒にやるのってアリ？",
    "We have a tight deadline and the content is already fixed. Is it still worth doing as kyodo?",
])
def test_rushed_or_fixed_projects_asking_whether_they_suit(question: str) -> None:
    assert _rushed_or_fixed(question) and SUITS.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "計画を作る段階から入ってもらうべき？それとも中身が固まってから声をかけるべき？",  # when to involve, not whether
    "協働の進め方を教えてください",
    "来月異動になります。引き継ぎで気をつけることは？",
])
def test_stages_and_other_asks_are_not_rushed_suitability_asks(question: str) -> None:
    text = normalize_text(question)
    assert not (_rushed_or_fixed(question) and SUITS.search(text))


def test_the_passage_saying_rushed_projects_do_not_suit() -> None:
    assert SAYS_UNSUITED.search("その意味では、時間的な余裕がない事業や既に事業内容が具体的に決まっている事業等は")
    assert not SAYS_UNSUITED.search("協働には十分なコミュニケーションが必要であり、共感するには時間がかかる")


def test_the_rushed_passage_goes_first_only_when_the_question_is_rushed_from_wherever_it_matches() -> None:
    texts = ["協働のポイント", "形態", "時間的な余裕がない事業や既に事業内容が具体的に決まっている事業等は協働に適していない"]
    asks = [normalize_text("協働に向いてますか？")]
    order = np.array([3.0, 2.0, 1.0])
    assert RushedAsks(texts, window=1).first(asks, order, question=normalize_text("協働に向いてますか？")) is None
    rushed = normalize_text("来月スタートです。協働に向いてますか？")
    # below the window too: the passage shares hardly a word with such messages
    assert RushedAsks(texts, window=1).first(asks, order, question=rushed) == 2
    order[2] = 0.0  # but never a passage the question does not match at all
    assert RushedAsks(texts, window=1).first(asks, order, question=rushed) is None


def test_no_time_to_make_a_document_is_no_rushed_project() -> None:
    # tune111 (read): a written agreement's question (written_agreement_ask)
    assert not RUSHED.search(normalize_text("商店街と一緒に夏祭りをやるんですが、協定書を作っている時間がなくて。"))
    assert RUSHED.search(normalize_text("準備の時間がなくて、協働でやるのは無理がありますか？"))


def test_a_rushed_project_below_the_tenth_gets_kodairas_passage_first(engine: Engine) -> None:
    # tune106 (read): not among the ten best
    assert first_section(engine, "<@U07KYODO> 観光課の佐藤です。来月末の「川辺の灯りまつり」、予算も段取りもほぼ固まっているんですが、課長から"
                                 "急に『地元のNPOと協働でやれないか』と言われました。今からでも協働に切り替えるのってアリですか？") == ("kodaira", "effects")


def test_a_rushed_fixed_project_gets_kodairas_effects_passage_first(engine: Engine) -> None:
    # 網走市's 協働のポイント ranked first before
    assert first_section(engine, "Our event starts next month and the program is already fixed. "
                                 "Is it still worth doing it as kyodo with a local group?") == ("kodaira", "effects")
