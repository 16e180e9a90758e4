"""A message asking whether the city may write the specification alone, or pick the cheapest, gets the passages
contrasting outsourcing with 協働 (specification_ask.py): 千葉県's park example and 大阪市's 「協働」と既存の施策との違い."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.project.specification_ask import (
    SETS_SIDE_BY_SIDE,
    SPECIFIED_OR_PRICED,
    SpecificationAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "協働事業の仕様書は、市が作って団体に渡すものですか？",
    "仕様はこちらで全部決めて渡すつもりでした。協働事業としてはまずい？",
    "協働として委託先を選ぶとき、見積の安さだけで決めてしまっていいんでしょうか",
    "いつもの入札みたいに一番安いところにすればいいんですか？",
])
def test_the_city_specifying_alone_or_price_deciding(question: str) -> None:
    assert SPECIFIED_OR_PRICED.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    # personal data in the specification is 網走市's section on 委託
    "NPOに委託する協働事業の仕様書を作っています。個人情報の扱いはどう書けばいい？",
    "仕様書はこちらで全部決めますが、参加者名簿の扱いで気をつけることは？",
    # the specification named without who writes it, and cost asked without price deciding
    "仕様書にはどんな項目を入れればいい？",
    "協働事業の経費はどう分担すればいい？",
])
def test_personal_data_and_other_asks_are_no_specification_ask(question: str) -> None:
    assert not SPECIFIED_OR_PRICED.search(normalize_text(question))


def test_the_passages_setting_outsourcing_and_kyodo_side_by_side() -> None:
    assert SETS_SIDE_BY_SIDE.search("より低廉な価格で、仕様書の業務が執行できるかが選考基準")
    assert SETS_SIDE_BY_SIDE.search("仕様書の設定などの委託内容は行政が決め、外注先は、いわば行政の下請け的な関係となる")
    assert not SETS_SIDE_BY_SIDE.search("守秘義務、個人情報取り扱い等の必要な内容を団体と協議して仕様書及び契約書に盛り込む")


def test_the_passage_goes_first_only_for_such_a_message_and_near_the_top() -> None:
    texts = ["仕様書及び契約書に盛り込む", "仕様書の設定などの委託内容は行政が決め"]
    asks = [normalize_text("これでいい？")]
    order = np.array([2.0, 1.0])
    assert SpecificationAsks(texts, window=2).first(asks, order, question=normalize_text("仕様書の項目は？")) is None
    message = normalize_text("仕様書は市が全部作って渡す予定です。これでいい？")
    assert SpecificationAsks(texts, window=1).first(asks, order, question=message) is None
    assert SpecificationAsks(texts, window=2).first(asks, order, question=message) == 1


@pytest.mark.parametrize("question", [
    # tune89 and tune65 (read): 網走市's section on 委託 ranked first before
    "協働で委託する場合も、仕様書は市が先に全部決めて団体に示すものなんでしょうか。",
    "協働として委託先を選ぶとき、見積の安さだけで決めてしまっていいんでしょうか",
])
def test_who_specifies_or_price_gets_the_contrast_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) in {
        ("osaka", "difference-from-outsourcing"), ("chiba", "case-park")}
