"""A question asking whether there is a place for a group's meeting or its flyers gets 千葉県's 県民活動情報オフィス, which
offers both, first (meeting_space_ask.py); lending a hall or leaving flyers as a form of 協働 does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.meeting_space_ask import (
    MEETING_SPACE_ASK,
    OFFERS_A_SPACE,
    SPACE_FROM_THE_PREFECTURE,
    MeetingSpaceAsks,
    MeetingSpaceMessages,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "県庁で、NPOやボランティア団体の人が打ち合わせに使えるスペースってありますか？",
    "チラシを置かせてもらえる所って、県で用意していましたっけ？",
    "Is there a place in the prefectural office where volunteer groups can have meetings or leave their flyers?",
    # tune123 (read): the meeting said first, the room asked for later in the sentence
    "NPOの人と打ち合わせしたいんですが、千葉県庁に団体が使える会議室みたいな場所ってありますか？",
])
def test_whether_there_is_a_place_for_a_groups_meeting_is_a_meeting_space_ask(question: str) -> None:
    assert MEETING_SPACE_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "団体のイベントに市の備品を貸したりチラシを配架したりするだけでも協働っていえますか？",  # a form of 協働
    "打ち合わせで何を決めておけばいいですか？",
    "会議室とお茶は用意したんですが、初回の打ち合わせで何を確認しておけばいいですか？",  # a room already booked
])
def test_lending_or_leaving_flyers_as_kyodo_is_no_meeting_space_ask(question: str) -> None:
    assert not MEETING_SPACE_ASK.search(normalize_text(question))


def test_the_passage_offering_a_space() -> None:
    assert OFFERS_A_SPACE.search("NPO・ボランティア団体の方にご利用いただけるミーティングスペースの提供や")
    assert not OFFERS_A_SPACE.search("以下の媒体を通して、市民活動に関する情報を提供しています。")


def test_the_space_goes_first_only_from_near_the_top() -> None:
    texts = ["情報を提供しています", "ミーティングスペースの提供"]
    asks = [normalize_text("団体が打ち合わせに使える場所ってありますか？")]
    assert MeetingSpaceAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert MeetingSpaceAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_a_place_for_a_groups_meeting_gets_the_information_office_first(engine: Engine) -> None:
    # tune51 (read): 網走市's 事業協力 ranked first
    assert first_section(engine, "県庁で、NPOやボランティア団体の人が打ち合わせに使えるスペースってありますか？団体から会議室を貸して"
                                 "ほしいと言われて困っています。") == ("chiba", "info-office")


@pytest.mark.parametrize(("message", "told"), [
    # tune77, tune111 (read): the place in the situation, the ask only 「案内できるところある？」
    ("県の担当です。団体から、打ち合わせに使える場所とチラシを置かせてもらえる場所はないかと聞かれました。県で案内できる"
     "ところある？", True),
    ("What does Chiba's citizen activity info office offer? Could a volunteer group use it for a meeting?", True),
    ("団体の講座に市の施設を会場として提供したり、チラシを窓口に置いたりするのは協働？", False),  # the city lending: 事業協力
    ("市民センターの打ち合わせ場所が足りないと団体から言われました。どうすれば？", False),  # no prefecture named
])
def test_a_group_looking_to_the_prefecture_for_a_place_is_told_in_the_situation(message: str, told: bool) -> None:
    assert bool(SPACE_FROM_THE_PREFECTURE.search(normalize_text(message))) is told


def test_the_space_goes_first_for_such_a_message_whatever_its_ask() -> None:
    texts = ["情報提供の媒体", "ミーティングスペースの提供"]
    message = normalize_text("県の者です。団体から打ち合わせに使える場所がないかと相談されました。案内できるところある？")
    asks = [normalize_text("案内できるところある？")]
    assert MeetingSpaceMessages(texts, window=2).first(asks, np.array([2.0, 1.0]), question=message) == 1


def test_a_group_looking_for_a_place_gets_the_information_office_first(engine: Engine) -> None:
    assert first_section(engine, "<@U07KYODO> 県の食育推進担当です。一緒にフェアをやっているボランティア団体から、フェアのチラシを県の"
                                 "どこかに置かせてもらえないかと相談されました。置けそうな場所ってありますか？") == ("chiba", "info-office")
