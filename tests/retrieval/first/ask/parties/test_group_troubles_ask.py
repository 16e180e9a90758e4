"""A question asking what citizen groups struggle with gets 北九州市's finding that the work piles up on a few members
first (group_troubles_ask.py); a group's strengths, or not knowing which groups exist, does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.group_troubles_ask import (
    GROUP_TROUBLES_ASK,
    WORK_ON_A_FEW,
    WORK_PILES_UP,
    GroupTroublesAsks,
    WorkOnAFewAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "NPOやボランティア団体側の悩みって、どんなことが多いですか",
    "団体側のこういう課題って、調査ではどう分析されてますか？",
    "NPOの人と話してると、結局いつも同じ人が全部抱えてて大変そう。",
    # tune39, tune63, tune67 (read): a group's weak points asked in English
    "common weak points of small NPOs?",
    "What common weaknesses do NPOs and volunteer groups have that we should plan around?",
    "What difficulties do small groups have in running their own organisations, according to the survey?",
    "Which internal issues are common in volunteer groups?",
])
def test_what_groups_struggle_with_is_a_group_troubles_ask(question: str) -> None:
    assert GROUP_TROUBLES_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "役所と市民団体、それぞれの強みと弱みを比べて整理したものってありますか？",  # strengths
    "一緒にやれそうな団体を探したいのですが、どんな団体があるのか分からなくて困っています",  # which groups exist
    "団体との協働で気をつけることは？",
    "What are the strengths and weaknesses of government vs NPOs, and how should we split roles based on them?",
    "Is that a recognised weakness of the government side towards groups?",
])
def test_strengths_or_finding_groups_is_no_group_troubles_ask(question: str) -> None:
    assert not GROUP_TROUBLES_ASK.search(normalize_text(question))


def test_the_passage_on_work_piling_up() -> None:
    assert WORK_PILES_UP.search("NPO法人、ボランティア団体ともに特定メンバーへ業務が集中する傾向があります。")
    assert not WORK_PILES_UP.search("多くのNPO法人が、協働事業を提案できる企画力や…を高めることが必要だと感じています。")


def test_the_finding_goes_first_only_from_near_the_top() -> None:
    texts = ["協働事業を提案できる企画力", "特定メンバーへ業務が集中する傾向"]
    asks = [normalize_text("NPOって運営面でどんな悩みを抱えていることが多いの？")]
    assert GroupTroublesAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert GroupTroublesAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_a_group_run_by_one_person_gets_the_finding_first(engine: Engine) -> None:
    # tune116 (read): 北九州市's citizens' awareness survey ranked first, the finding sixth
    assert first_section(engine, "<@U07KYODO> 地域支援課です。協働相手の『まちづくり協議会』では事務局長ひとりに仕事が集中していて、"
                                 "その方が体調を崩すと事業が止まりそうです。団体側のこういう課題って、調査ではどう分析されてますか？") == ("kitakyushu", "issue-group-activities")


@pytest.mark.parametrize("question", [
    "一緒に事業をしているNPOで、いつも同じ2、3人に仕事が偏っていて回っていないように見えます。",
    "読み聞かせの会ですが、実態は代表の方1人が連絡も準備も全部回していて、かなり疲れている様子です。",
    "協働相手のボランティア団体で、代表の方一人に仕事が集中していて先行きが心配です。",
    # tune128 (read): the same few running it
    "協働先のNPOがいつも同じ2、3人で回していて、かなり疲れている様子です。",
    # tune127 (read): the same said in English
    "Our partner group has a couple of members doing pretty much all the work, and they look exhausted.",
])
def test_a_group_whose_work_falls_on_a_few_is_such_a_message(question: str) -> None:
    assert WORK_ON_A_FEW.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    # the city's own staff carrying the work: not the groups' trouble the finding is about
    "協働の窓口が担当者一人に集中していて、団体からの相談が回りません。",
    "NPOとの協働事業、係長ひとりに負担が集中しています。",
    # no group in the message
    "一人で抱え込まずに相談するにはどうすれば？",
    # a small partner asked about as an equal (equal_footing_ask), not the same few worn out
    "相手の団体、実際は代表の方がほぼ一人で回してるみたい。そういうところと「対等に」って言われても無理がない？",
    "How can a group with two volunteers doing everything be an equal partner to the city?",
])
def test_staff_or_no_group_is_no_such_message(question: str) -> None:
    assert not WORK_ON_A_FEW.search(normalize_text(question))


def test_the_finding_goes_first_for_such_a_message_whatever_it_asks() -> None:
    texts = ["協働事業を提案できる企画力", "特定メンバーへ業務が集中する傾向"]
    message = normalize_text("NPOの代表ひとりに仕事が集中しています。市として何かできる？")
    asks = [normalize_text("市として何かできる？")]
    assert WorkOnAFewAsks(texts, window=2).first(asks, np.array([2.0, 1.0]), question=message) == 1
    assert WorkOnAFewAsks(texts, window=1).first(asks, np.array([2.0, 1.0]), question=message) == 1  # below the window too (WHOLE_ORDER)
    other = normalize_text("NPOと協働しています。市として何かできる？")
    assert WorkOnAFewAsks(texts, window=2).first(asks, np.array([2.0, 1.0]), question=other) is None


def test_a_group_whose_work_falls_on_a_few_gets_the_finding_first(engine: Engine) -> None:
    # tune124 (read): 千葉県's mutual understanding ranked first, the finding sixth
    assert first_section(engine, "<@U07KYODO> 市民活動支援の担当です。一緒に事業をしているNPOで、いつも同じ2、3人に仕事が偏っていて"
                                 "回っていないように見えます。こういう団体側の事情はどう理解しておけばいいですか。") == ("kitakyushu", "issue-group-activities")
