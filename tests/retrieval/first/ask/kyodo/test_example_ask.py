"""A question asking for examples of 協働 already under way gets the passage naming existing projects first
(example_ask.py): 網走市's 「すでに取り組まれている協働の実践…例えば」, 小平市's 「現行の協働事業の推進」."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.example_ask import EXAMPLE_ASK, NAMES_EXISTING, ExampleAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "網走市では実際にどんな協働の取り組みが行われていますか？",
    "小平市ですでに協働で動いている事業には、具体的にどんなものがありますか。",
    "What examples of collaboration are already happening in Kodaira?",
    # tune105, tune115 (read): 網走市's 実行委員会 section ranked first, its examples third
    "Any examples of events in Abashiri that citizens run through a 実行委員会?",
    "Can you give me some real examples of projects a city and local residents have run together?",
    # tune117 (read): the interrogative before 実際に, and examples listed in the guideline
    "先方は『網走ではどんな協働が実際に行われているのか』を聞きたいそうです。",
    "指針に具体例として載っている取り組みってありますか？",
    # tune136 (read): the cities named between the examples and what they run
    "Are there any concrete examples of collaboration projects that Abashiri or Kodaira already run?",
    # tune80, tune92, tune98, tune137 (read): examples asked without すでに before the interrogative
    "網走で前からやってる協働の例って、たとえばどんなのがあるの？",
    "小平で市と住民が一緒にやってる取り組みって、具体的にどんなのがありますか？",
    "網走市では、市民と一緒にやっている取り組みとしてどんなものがすでにありますか？",
])
def test_examples_of_what_is_done_now_is_an_example_ask(question: str) -> None:
    assert EXAMPLE_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "小平市の指針で、協働の評価について今後の取り組みとして何か挙げてたっけ？",  # what is planned, not what is done
    "協働の進め方を教えてください",
    # which projects suit 協働, not what is done
    "Does Kodaira give any examples of the kinds of projects that work well when done together with residents' groups?",
    # tune45 (read): examples of efforts to make 協働 known, not of 協働 under way
    "市民にもっと協働を知ってもらうための取り組みって、どんな例がありますか？",
])
def test_plans_and_how_tos_are_no_example_ask(question: str) -> None:
    assert not EXAMPLE_ASK.search(normalize_text(question))


def test_the_passages_naming_existing_projects() -> None:
    assert NAMES_EXISTING.search("網走市では、すでに取り組まれている協働の実践が多くあります。")
    assert NAMES_EXISTING.search("例えば、「小平市女性のつどい事業」や")
    assert not NAMES_EXISTING.search("例えば、子どもの健全育成のために活動する団体が受託した場合")


def test_the_example_passage_goes_first_only_from_near_the_top() -> None:
    texts = ["協働相手の選定", "すでに取り組まれている協働の実践が多くあります"]
    asks = [normalize_text("実際にどんな協働が行われていますか")]
    assert ExampleAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert ExampleAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_kodairas_current_projects_answer_what_is_under_way_there(engine: Engine) -> None:
    # its history passage (これまでの協働の取り組み) ranked first before
    assert first_section(engine, "What examples of collaboration are already happening in Kodaira?") == ("kodaira", "current-projects")
