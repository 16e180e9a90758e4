"""A message telling of a group the city never calls on, and asking what it lacks, gets what 北九州市 found groups need to
become partners first (uncalled_group_ask.py); a group complaining the same few are always chosen asks about
fairness."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.uncalled_group_ask import (
    GROUPS_SIDE,
    NOT_CALLED,
    WHAT_PARTNERS_NEED,
    UncalledGroupMessages,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("message", [
    "相談に来たNPOの方が「市と協働したいのに全然声がかからない」とこぼしていました。",
    "いい活動をしているのに協働の声が全然かからない団体があって。",
    "他課に紹介してもなかなか相手にされません。",
])
def test_a_group_never_called_on_is_this_setting(message: str) -> None:
    assert NOT_CALLED.search(normalize_text(message))


def test_the_same_few_always_chosen_is_not() -> None:
    # fairness of choosing (tune221): how the city decides whom to call
    assert not NOT_CALLED.search(normalize_text("小さい会にはなかなか声がかからず、いつも決まったところばかり市と仕事をしている。"))


@pytest.mark.parametrize("ask", ["団体側にはどんなアドバイスをすればいいでしょう？", "何が足りないんでしょう？",
                                 "団体の側で意識した方がいいことって、何か指摘されていますか？"])
def test_asking_about_the_groups_side(ask: str) -> None:
    assert GROUPS_SIDE.search(normalize_text(ask))


def test_the_passage_and_its_reach() -> None:
    texts = ["人材が不足している", "多くのNPO法人が、協働事業を提案できる企画力や事業を実行する上での専門性"]
    assert WHAT_PARTNERS_NEED.search(texts[1]) and not WHAT_PARTNERS_NEED.search(texts[0])
    rule = UncalledGroupMessages(texts, window=1)
    question = normalize_text("協働の声が全然かからない団体があって。何が足りないんでしょう？")
    asks = [normalize_text("何が足りないんでしょう？")]
    assert rule.first(asks, np.array([2.0, 1.0]), question=question) == 1  # from outside the window
    assert rule.first([normalize_text("どうすればいい？")], np.array([2.0, 1.0]), question=question) is None


@pytest.mark.parametrize("question", [
    # tune19, tune257 (read): tenth and fourth before
    "<@U07KYODO> 市民活動支援の担当です。相談に来たNPOの方が「市と協働したいのに全然声がかからない」とこぼしていました。"
    "団体側にはどんなアドバイスをすればいいでしょう？",
    "<@U07KYODO> 市民活動サポート担当です。いい活動をしているのに協働の声が全然かからない団体があって。何が足りないんでしょう？",
])
def test_the_uncalled_group_gets_what_partners_need_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("kitakyushu", "issue-group-collaboration")
