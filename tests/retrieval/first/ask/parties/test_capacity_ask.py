"""A question asking how to judge whether a group can do the work gets 網走市's 「協働相手の選定の際に留意する事項」
(<市民団体の力量>) first (capacity_ask.py); whether a project suits 協働, or what a 後援 request needs, does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.capacity_ask import (
    CAPACITY_ASK,
    CHECKED,
    CONDITIONS_ASK,
    LISTS_FINANCES,
    ON_CAPACITY,
    PARTNER_FINANCES,
    CapacityAsks,
    PartnerConditionsAsks,
    PartnerFinancesAsks,
)
from tests.retrieval.answers import first_section


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
    assert first_section(engine, "What should we look at to judge whether a partner group has the capacity to do the work?") == ("abashiri", "partner-selection")


@pytest.mark.parametrize("question", [
    "協働の相手を選ぶとき、団体の財務状況や会計まで確認しておいたほうがいいですか？",
    "協働相手を決める前に、団体の決算書とか財務関係の書類も確認したほうがいい？",
    "What capacities should a group have before we partner with it? e.g. do they need proper accounting?",
])
def test_a_partners_books_checked_while_choosing_it(question: str) -> None:
    text = normalize_text(question)
    assert PARTNER_FINANCES.search(text) and CHECKED.search(text)


@pytest.mark.parametrize("question", [
    "法人格のない任意団体でも協働の相手になれますか？会計処理がきちんとしていれば大丈夫？",  # 小平市's actors
    "補助金を出した団体の収支決算書は何を確認すればいい？",  # a grant's accounts
    "団体向けに会計の研修を開きたい。どんな内容を見ておけば？",  # training groups in bookkeeping
])
def test_legal_personality_a_grants_accounts_and_training_are_not(question: str) -> None:
    assert not PARTNER_FINANCES.search(normalize_text(question))


def test_the_finances_passage_goes_first_only_from_near_the_top() -> None:
    texts = ["NPO法人会計の実務研修", "4組織体制、組織運営(財政状況等)"]
    rule = PartnerFinancesAsks(texts, window=2)
    question = normalize_text("協働相手の決算書も確認すべき？")
    assert LISTS_FINANCES.search(texts[1])
    assert rule.first([question], np.array([2.0, 1.0]), question=question) == 1
    assert rule.first([question], np.array([2.0, 1.0]), 1, question=question) is None


def test_a_partners_books_get_abashiris_points_of_choosing_first(engine: Engine) -> None:
    # sealed20 (validation): 北九州市's training in NPO accounting ranked first
    assert first_section(engine, "協働する相手の団体を決めるとき、会計とかお金の管理がちゃんとしているかも見たほうがいいですか？") == ("abashiri", "partner-selection")


@pytest.mark.parametrize(("question", "asks"), [
    ("組む予定のNPOには、どういう条件が備わっていればいいですか？", True),
    ("相手の団体に最低限そろっていてほしい要件ってありますか？", True),
    ("What qualities must a partner organisation have before we work with it?", True),
    ("What criteria should we use to choose among the groups that applied?", False),  # a selection's criteria
    ("When NPOs look for a partner, what qualities do they value?", False),  # the groups' own wishes
    ("協働事業の条件を市と団体で話し合うべき？", False),  # terms agreed, not what a group must have
])
def test_what_a_group_must_have_is_a_conditions_ask(question: str, asks: bool) -> None:
    assert bool(CONDITIONS_ASK.search(normalize_text(question))) is asks


def test_the_conditions_passage_goes_first_only_from_near_the_top() -> None:
    texts = [normalize_text(t) for t in ("協働相手の選定の際に留意する事項です。",
                                         "自発性や自立性、適正な会計処理、事業実施の力などを備えていることと捉えていきます。")]
    question = "協働の相手になる団体は、どんな条件を満たしていればいい？"
    assert PartnerConditionsAsks(texts, window=2).first([question], np.array([2.0, 1.0])) == 1
    assert PartnerConditionsAsks(texts, window=1).first([question], np.array([2.0, 1.0])) is None


def test_what_a_group_must_have_gets_kodairas_actors_first(engine: Engine) -> None:
    # tune6, tune74 (read): 大阪市's principles ranked first
    assert first_section(engine, "NPOと協働するとき、相手の団体はどういう条件を満たしている必要がありますか？") == ("kodaira", "actors")
