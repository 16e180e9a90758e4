"""A message telling of the city deciding everything itself gets a passage saying neither side decides alone first
(deciding_alone_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.deciding_alone_ask import (
    DECIDING_ALONE,
    SAYS_NOT_ALONE,
    DecidingAloneAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "団体との打ち合わせで、結局市の側が全部決めてしまうのって、やっぱりまずいですよね？",
    "協働先の理事長から「市は何でも勝手に決めて連絡してくるだけ」と言われてしまいました。",
    "団体と一緒に事業をするとき、市のほうで勝手に物事を決めてしまわないために気をつけることは？",
    "The group says the city keeps deciding everything and telling them afterwards.",  # tune136 (read)
    "Our section decided the schedule on its own. Is that a problem for a joint project?",
    # who decides what the project holds (tune230, tune233, tune234: tenth, tenth and second before)
    "事業の中身は結局だれが決めるものなんでしょうか？市が案を作って示せばいい？",
    "NPOと市民講座を企画中、中身って最終的に市が決めちゃっていいんだっけ？",
])
def test_the_city_deciding_alone(question: str) -> None:
    assert DECIDING_ALONE.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "委託の仕様書は市が全部決めて渡すものですか？",  # specification_ask's
    "内容は課内でもう全部決めちゃってるんですけど、今から協働にできますか？",  # a project already fixed
    "市が中身を全部決めて団体にやってもらうのと、一緒に作るのとでは何が違いますか",  # outsourcing or 協働
    "自治会長さんが『全部市で決めてくれれば従う』というスタンスです。",  # the group wants the city to decide
    "We decided to tell them about the change after the meeting.",  # no deciding alone told
    "委託するとき、事業の内容は市が決めるんですよね？",  # a commission's contents: the city's, as 網走市 says
    "協働事業の内容はどうやって決めればいいですか？",  # how, not who
])
def test_other_questions_about_deciding_are_not_the_city_deciding_alone(question: str) -> None:
    assert not DECIDING_ALONE.search(normalize_text(question))


def test_the_passages_saying_neither_side_decides_alone() -> None:
    assert SAYS_NOT_ALONE.search("適切な協議、意見交換等の機会を設け、一方的に決めることなく十分に話し合います。")
    assert SAYS_NOT_ALONE.search("どちらかの一方的な意見や方法により事業が実施されることがないように")
    assert SAYS_NOT_ALONE.search("市のやり方や考え方を強要してはいけません。")
    assert not SAYS_NOT_ALONE.search("対等な立場で十分な協議を行い")


def test_the_passage_goes_first_from_wherever_it_matches() -> None:
    texts = ["協議の場を設けます", "一方的に決めることなく十分に話し合います"]
    question = normalize_text("市の側が全部決めてしまうのって、まずいですよね？")
    assert DecidingAloneAsks(texts, window=1).first([question], np.array([2.0, 1.0]), question=question) == 1
    other = normalize_text("打ち合わせはどう進めればいい？")
    assert DecidingAloneAsks(texts, window=1).first([other], np.array([2.0, 1.0]), question=other) is None


def test_who_decides_the_projects_contents_gets_a_passage_saying_neither_side_alone(engine: Engine) -> None:
    answer = engine.ask("<@U07KYODO> 市民協働課の田中です。地区の協議会と防犯パトロール事業を組み立てているのですが、事業の中身は"
                        "結局だれが決めるものなんでしょうか？市が案を作って示せばいい？", top=3)
    assert SAYS_NOT_ALONE.search(answer.passages[0].text)


def test_a_city_deciding_at_will_gets_a_passage_saying_it_must_not(engine: Engine) -> None:
    # tune68 (read): ranked tenth before
    assert first_section(engine, "団体と一緒に事業をするとき、市のほうで勝手に物事を決めてしまわないために気をつけることは？") in {
        ("kodaira", "principle-equality"), ("chiba", "equality"), ("abashiri", "cautions")}
