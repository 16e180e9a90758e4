"""A question about the city standing above its partner, said without 対等, gets a section on 対等 first
(hierarchy_ask.py); a form's paperwork or a staff member's stance are other asks."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.hierarchy_ask import HIERARCHY_ASK, ON_EQUALITY, HierarchyAsks


@pytest.mark.parametrize("question", [
    "役所側が上から目線にならないために気をつけることってありますか？",
    "どっちが上とか下とかはないって聞いたけど、立場が同じってどういう意味？",
    "グループ側が市の言いなりになってしまわないようにするには？",
    "行政の下請けにならない協働にするには、どうすればいいですか。",
])
def test_standing_above_the_partner_is_this_ask(question: str) -> None:
    assert HIERARCHY_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "市の名前を貸してあげるとき、つい上から目線になりがちなんだけど、どういう構えでいればいい？",
    "委託契約書って、市が甲で団体が乙の上下関係っぽくなりますよね。",
    "こっちが上から目線になってしまう気がします。どういう心構えで臨めばいいですか？",
])
def test_a_forms_paperwork_or_a_stance_is_not(question: str) -> None:
    assert not HIERARCHY_ASK.search(normalize_text(question))


def test_the_sections_on_equality_are_marked_by_their_headings() -> None:
    assert ON_EQUALITY.search("③ 対等性の確保") and not ON_EQUALITY.search("② 公平性の確保")


def test_the_best_ranked_section_on_equality_goes_first() -> None:
    headings = ["協働の定義", "③ 対等性の確保", "エ 対等関係"]
    asks = [normalize_text("上から目線にならないようにするには？")]
    assert HierarchyAsks(headings, window=3).first(asks, np.array([3.0, 1.0, 2.0])) == 2


def test_standing_above_the_partner_gets_a_section_on_equality_first(engine: Engine) -> None:
    # tune21 (read): 小平市's effects of 協働 ranked first
    answer = engine.ask("役所と地域のグループが一緒に事業をやるとき、役所側が上から目線にならないために気をつけることってあり"
                        "ますか？", top=3)
    assert "対等" in answer.passages[0].section_label
