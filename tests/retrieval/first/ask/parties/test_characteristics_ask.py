"""A question asking for the city's own weak points, or for strengths and weak points together, gets 千葉県's table of
what the city and citizen groups are each good and poor at first (characteristics_ask.py); a group's strengths alone,
or how to share out what each is good at, does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.characteristics_ask import (
    BOTH_SIDES_TABLE,
    CHARACTERISTICS_ASK,
    CharacteristicsAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "市役所と住民のグループって、それぞれ得意なことと苦手なことがどう違うんですか？",
    "行政側の弱みとしてどんなことが挙げられていますか？",
    "行政とNPO、それぞれの長所と短所を整理したものってありますか？",
    "What are the typical strengths and weak points of the city versus a citizen group?",
    # tune120, tune128 (read): 弱点, and the city's side as 役所の側が
    "役所側の弱点とNPO側の強みを並べて整理した表のようなものがあれば使いたいです。",
    "役割分担を話し合う前に「役所の側が持ち寄れる強み」を整理しておきたいです。",
    # tune137 (read), sealed35 (validation): the two sides compared as 違い
    "協働先のNPOと話が合わないことが多いです。行政とNPOの違いって何か書いてありますか？",
    # tune247, tune249 (read, none in the top ten): a group's weak points, and the city's as 課題や短所 or 行政の側の
    "市民活動団体が抱えがちな弱点は？",
    "行政側の課題や短所として指摘されていること",
    "協働を進めるうえで、行政の側の弱点として挙げられているのは何？",
    "How does the Chiba manual contrast the organisational character of government and of civic groups?",
])
def test_the_citys_weak_points_or_both_sides_are_a_characteristics_ask(question: str) -> None:
    assert CHARACTERISTICS_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "市民団体ならではの強みって、どういうところだと考えればいいですか。",  # a group's strengths alone
    "役所と地域の団体で、お互いの得意なことをどう分け合えばいいんでしょう。",  # sharing out the roles
    "苦手な作業はどう分担すればいい？",
    "協働と委託の違いは何ですか？",  # two ways of working, not the two sides
])
def test_a_groups_strengths_alone_or_sharing_out_roles_is_no_characteristics_ask(question: str) -> None:
    assert not CHARACTERISTICS_ASK.search(normalize_text(question))


def test_the_table_is_marked_by_its_lead_sentence() -> None:
    assert BOTH_SIDES_TABLE.search("行政と市民活動団体が持つそれぞれの特性をお互いに理解し、特長を活かした役割分担によって")
    assert not BOTH_SIDES_TABLE.search("市民活動団体の特性を活かした事業")


def test_the_table_goes_first_from_wherever_it_matches() -> None:
    # WHOLE_ORDER: tune119 (read) asked for the city's weak points in a Slack message about a disaster drill, and the
    # table stood below the top ten
    texts = ["行政にとっての意義", "行政と市民活動団体が持つそれぞれの特性をお互いに理解し"]
    asks = [normalize_text("行政と団体の強みと弱みは？")]
    assert CharacteristicsAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) == 1
    assert CharacteristicsAsks(texts, window=1).first(asks, np.array([2.0, 0.0])) is None  # not matched at all


def test_both_sides_strengths_and_weak_points_get_the_table_first(engine: Engine) -> None:
    # tune34 (read): 北九州市's 役割分担 ranked first
    assert first_section(engine, "市役所と住民のグループって、それぞれ得意なことと苦手なことがどう違うんですか？") == ("chiba", "characteristics")


@pytest.mark.parametrize("question", [
    "市民活動団体が抱えがちな弱点は？",
    "協働を進めるうえで、行政の側の弱点として挙げられているのは何？",
])
def test_one_sides_weak_points_get_the_table_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("chiba", "characteristics")
