"""A message about a partner who does not understand the administration's procedures (or staff who do not understand
the partner) gets a passage on mutual understanding first (understanding_ask.py): 千葉県 「最大の障害は相互理解の不足」
「行政の仕組みや施策について充分理解する」, 小平市 「組織運営の考え方などを理解し合う」."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.understanding_ask import (
    NOT_UNDERSTOOD,
    ON_MUTUAL_UNDERSTANDING,
    UnderstandingAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "団体に予算の年度の縛りを分かってもらえず、話がかみ合いません。",
    "決裁に時間がかかることを理解してくれない団体にどう説明すれば？",
    "Our partner group keeps misunderstanding how the city budget works. What can we do?",
])
def test_procedures_not_understood_is_an_understanding_message(question: str) -> None:
    assert NOT_UNDERSTOOD.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "協働事業の予算はどう組めばいいですか",  # procedures, nobody misunderstanding
    "団体の考えがよく分かりません",  # not understanding, but no procedure named
])
def test_procedures_alone_or_confusion_alone_is_no_understanding_message(question: str) -> None:
    assert not NOT_UNDERSTOOD.search(normalize_text(question))


def test_the_passages_on_mutual_understanding() -> None:
    assert ON_MUTUAL_UNDERSTANDING.search("最大の障害は相互理解の不足だと言われています")
    assert ON_MUTUAL_UNDERSTANDING.search("市民活動団体においても、行政の仕組みや施策について充分理解する必要があります")
    assert not ON_MUTUAL_UNDERSTANDING.search("協働することは…労力や時間がかかるなどの側面があります")


def test_the_understanding_passage_goes_first_only_for_such_a_message_from_wherever_it_matches() -> None:
    texts = ["労力や時間がかかる", "最大の障害は相互理解の不足だと言われています"]
    asks = [normalize_text("どうすればいい？")]
    order = np.array([2.0, 1.0])
    assert UnderstandingAsks(texts, window=2).first(asks, order, question=normalize_text("予算の話です。どうすればいい？")) is None
    message = normalize_text("団体に決裁の仕組みを分かってもらえません。どうすればいい？")
    assert UnderstandingAsks(texts, window=1).first(asks, order, question=message) == 1  # below the window too (WHOLE_ORDER)
    assert UnderstandingAsks(texts, window=2).first(asks, order, question=message) == 1


def test_a_partner_not_understanding_procedures_gets_a_mutual_understanding_passage_first(engine: Engine) -> None:
    # 北九州市's 相互理解の原則, which names no procedure, ranked first before
    assert first_section(engine, "団体さんに役所の予算の仕組みや決まりごとを分かってもらえず、話がかみ合いません。"
                                 "お互いの理解を深めるには？") in {
        ("chiba", "mutual-understanding"), ("kodaira", "principle-mutual-understanding")}
