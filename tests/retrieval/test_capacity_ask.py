"""A question asking how to judge whether a group can do the work gets 網走市's 「協働相手の選定の際に留意する事項」
(<市民団体の力量>) first (capacity_ask.py); whether a project suits 協働, or what a 後援 request needs, does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.capacity_ask import CAPACITY_ASK, ON_CAPACITY, CapacityAsks


@pytest.mark.parametrize("question", [
    "組む予定の団体がちゃんとやれるところか、どこを見て判断すればいいですか？",
    "協働相手を選ぶ審査項目には何を入れればいい？",
    "How do we judge a partner NPO's capacity before we commit?",
])
def test_what_to_look_at_in_the_group_is_a_capacity_ask(question: str) -> None:
    assert CAPACITY_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "この事業が住民グループと組むのに向いているか、何を見て判断すればいい？",  # the project, not the group
    "団体から後援名義の申請が来ました。審査では何を見ればいいですか。",  # a 後援 request
    "協働の相手に何を期待すればいいですか",
])
def test_the_project_or_a_request_is_no_capacity_ask(question: str) -> None:
    assert not CAPACITY_ASK.search(normalize_text(question))


def test_the_passage_on_a_groups_capacity() -> None:
    assert ON_CAPACITY.search("<市民団体の力量> ①活動内容、活動実績")
    assert ON_CAPACITY.search("新しい団体などでは、…など、多様な経験を幅広く評価していくことが必要です")
    assert not ON_CAPACITY.search("市の課題と市民団体の活動で共通な目的があるか。")


def test_the_capacity_passage_goes_first_only_from_near_the_top() -> None:
    texts = ["協働のポイント", "<市民団体の力量> ①活動内容、活動実績"]
    asks = [normalize_text("相手の団体がちゃんとやれるか、どこを見ればいい？")]
    assert CapacityAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert CapacityAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_judging_a_groups_capacity_gets_abashiris_partner_selection_first(engine: Engine) -> None:
    # 千葉県's fairness in choosing (公平性の確保) ranked first before
    answer = engine.ask("What should we look at to judge whether a partner group has the capacity to do the work?", top=3)
    assert (answer.passages[0].doc, answer.passages[0].section_id) == ("abashiri", "partner-selection")
