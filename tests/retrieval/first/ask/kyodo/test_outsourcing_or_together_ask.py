"""A question asking in everyday words how having a group do what the city decided differs from working it out together
gets the passages setting 協働 against outsourcing first (outsourcing_or_together_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.outsourcing_or_together_ask import (
    OUTSOURCING_OR_TOGETHER_ASK,
    SETS_AGAINST_OUTSOURCING,
    OutsourcingOrTogetherAsks,
)


@pytest.mark.parametrize("question", [
    "こっちで決めた仕事を団体に頼んでやってもらうのと、一緒に話し合いながら作るのとでは、何が違うの？",
    "市がお金を出して外に出すのと、住民グループと組んで進めるのって、どこが違うんでしょう",
    "一緒に中身から考えるのと、決めたとおりに発注するのとの違いを知りたい",
])
def test_a_job_done_for_the_city_set_against_one_done_together_is_this_ask(question: str) -> None:
    assert OUTSOURCING_OR_TOGETHER_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "団体と一緒に事業をやるとき、役割分担はどう決める？",  # no difference asked
    "委託と補助の違いは？",  # two forms named: the forms' sections answer
    "一緒にやっている団体とやり方が違うときはどうすれば？",  # a way that differs, not a difference asked
])
def test_other_asks_are_not(question: str) -> None:
    assert not OUTSOURCING_OR_TOGETHER_ASK.search(normalize_text(question))


def test_the_passages_setting_kyodo_against_outsourcing() -> None:
    assert SETS_AGAINST_OUTSOURCING.search("外注先は、いわば行政の下請け的な関係となるのに対して")
    assert SETS_AGAINST_OUTSOURCING.search("協働の形態としての委託は、単なるアウトソーシング事業とは異なります。")
    assert not SETS_AGAINST_OUTSOURCING.search("協働は行政の仕事の下請けや、期待の受け皿ではありません")


def test_the_marked_passage_goes_first_from_near_the_top() -> None:
    rule = OutsourcingOrTogetherAsks(["一緒に考える", "単なるアウトソーシング事業とは異なります"], window=2)
    asks = [normalize_text("団体にお願いしてやってもらうのと、一緒にやるのとでは何が違う？")]
    assert rule.first(asks, np.array([2.0, 1.0])) == 1
    assert rule.first([normalize_text("団体と一緒にやるには？")], np.array([2.0, 1.0])) is None


def test_the_difference_asked_in_everyday_words_gets_them_first(engine: Engine) -> None:
    # sixteen read paraphrases had one of them second to ninth, under 網走市's cautions or its suitability points
    first = engine.ask("仕事を団体に丸ごと頼んでやってもらうことと、一緒に考えながら進めることは、どう違うんですか").passages[0]
    assert (first.doc, first.section.id) in {("osaka", "difference-from-outsourcing"), ("abashiri", "forms-commission")}
