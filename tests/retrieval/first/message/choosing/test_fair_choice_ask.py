"""A message asking how to choose a partner fairly or openly gets 千葉県's point on fairness first (fair_choice_ask.py);
a subsidy's fairness, or the criteria for a group's capacity, are other asks."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.choosing.fair_choice_ask import (
    FAIR_CHOICE,
    MAKES_THE_CHOICE_PUBLIC,
    SAME_PARTNER,
    WARNS_OF_FIXED_PARTNERS,
    FairChoiceAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("message", [
    "How should we select an NPO partner in a fair and transparent way?",
    "手を挙げてくれそうな団体が3つあります。公平に選ぶにはどうすればいいですか？",
    "パートナー団体を選んだのですが、選んだ経緯や理由は外部に公表すべきでしょうか？",
    "どこの団体と組むかを決めた経緯って、外からも見えるようにしておいたほうがいいのかな",
])
def test_choosing_fairly_is_this_setting(message: str) -> None:
    assert FAIR_CHOICE.search(normalize_text(message))


@pytest.mark.parametrize("message", [
    "補助先の選び方が不透明だと言われました。",  # a subsidy's fairness
    "How should we pick a partner fairly? Any criteria for judging whether a group can handle it?",  # capacity
    "公平性の原則って何？",  # fairness, nothing chosen
    "選ぶ基準は価格以外に何を見るべき？",  # 以外に is not 外に
    "何をどう決めてどうなったか、外からも見えるようにしておくべき？",  # openness as a whole, no partner decided
])
def test_a_subsidy_or_a_groups_capacity_is_not(message: str) -> None:
    assert not FAIR_CHOICE.search(normalize_text(message))


def test_the_point_on_fairness() -> None:
    assert MAKES_THE_CHOICE_PUBLIC.search("パートナーの選択などのプロセスはできるだけ公表し、透明性・公平性の確保に努めましょう。")


def test_it_goes_first_from_near_the_top() -> None:
    texts = ["公開の原則", "パートナーの選択などのプロセスはできるだけ公表し"]
    asks = [normalize_text("公平に選ぶには？")]
    assert FairChoiceAsks(texts, window=2).first(asks, np.array([2.0, 1.0]), question=asks[0]) == 1
    assert FairChoiceAsks(texts, window=1).first(asks, np.array([2.0, 1.0]), question=asks[0]) is None


def test_choosing_fairly_gets_chibas_point_first(engine: Engine) -> None:
    # tune18 (read): 北九州市's principle of openness ranked first
    assert first_section(engine, "How should we select an NPO partner in a fair and transparent way?") == ("chiba", "point-fairness")


@pytest.mark.parametrize("message", [
    "図書館のおはなし会、同じ読書グループにもう8年お願いしてます。別の団体から「なんでいつもあそこなの」と言われてしまいました",
    "ある防災NPOとの協働がもう5年続いていて、ほかの団体から「いつもあそこばかり」と言われてしまいました。",
    "気がつくといつも同じ団体にばかり声をかけてしまっています。",
])
def test_the_same_partner_every_time_is_such_a_message(message: str) -> None:
    assert SAME_PARTNER.search(normalize_text(message))


@pytest.mark.parametrize("message", [
    "同じ団体と何年も続けていると、慣れ合いにならないか心配です",  # no objection told: the point on evaluation's
    "あそこの団体はいつも熱心で助かっています",
])
def test_other_messages_are_not(message: str) -> None:
    assert not SAME_PARTNER.search(normalize_text(message))


def test_the_same_partner_objected_to_gets_chibas_warning_first(engine: Engine) -> None:
    # tune239 (read): outside the answers before
    assert first_section(engine, "<@U07KYODO> 図書館のおはなし会、同じ読書グループにもう8年お願いしてます。別の団体から「なんでいつも"
                                 "あそこなの」と言われてしまいました…どう考えればいい？") == ("chiba", "point-fairness")
    assert WARNS_OF_FIXED_PARTNERS.search("内容やパートナーが固定化しないように留意しましょう。")
