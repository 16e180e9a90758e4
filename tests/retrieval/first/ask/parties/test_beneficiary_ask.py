"""A question asking what one party gains gets that party's passage first (beneficiary_ask.py); asking every party's
gains, or gains of no party, does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.beneficiary_ask import BeneficiaryAsks
from retrieval.search.rank.first.marked import WIDE_WINDOW
from tests.retrieval.answers import first_section

HEADINGS = ["(3) 協働により期待される効果", "【行政にとって】", "【市民活動団体にとって】", "②市への効果", "①市民への効果"]
ORDER = np.array([5.0, 4.0, 3.0, 2.0, 1.0])


def first(question: str, window: int = 5) -> int | None:
    return BeneficiaryAsks(HEADINGS, window).first([normalize_text(question)], ORDER)


@pytest.mark.parametrize(("question", "expected"), [
    ("行政側から見て、市民活動団体と協働する一番のメリットって何でしょうか。", 1),
    ("行政にとって、市民活動団体と組むと具体的に何がありがたいの？", 1),
    ("協働すると、行政の側にはどんな効果がありますか", 1),
    ("手話サークルの代表に「それって団体側に何のメリットがあるの？」と聞き返されました", 2),
    ("地域の人たちと市が一緒に取り組むと、市民の側にはどんないいことがあるんでしょうか", 4),
    ("協働は市民一人ひとりにとってどんな意味を持つんでしょう？", 4),
    ("住民の側から見ると、協働にはどんな意義がありますか", 4),
    ("What does an NPO actually gain from working with the city?", 2),
    ("What does the city itself get out of collaboration, according to Abashiri?", 1),
    ("What are the benefits of 協働 for the city government, not only the groups?", 1),
    ("How do ordinary residents benefit when the city and local groups work together?", 4),
    ("NPOと組んで事業をすると、市役所の側では何か変わりますか？", 1),  # what changes on its side
    ("From the administration's perspective, what does working with NPOs bring?", 1),
    ("課長から『行政側にとって何がいいの？』と聞かれてます。説明の材料になる部分ありますか", 1),  # tune272: what is good
    ("団体さんにとってどこが嬉しいんでしょう", 2),
])
def test_the_party_asked_about_gets_its_own_passage(question: str, expected: int) -> None:
    assert first(question) == expected


@pytest.mark.parametrize("question", [
    "協働することで、市民や団体、行政にはそれぞれどんな効果があるんですか？",  # every party named together
    "協働のメリットは？",  # no party
    "町内会長さん向けの説明会で協働のメリットを話すことになりました。",  # a listener, not a party gaining
    "行政側の担当者は誰にすればいいですか",  # a party, but no gain asked
    "What are the benefits of collaboration?",  # no party
    "What are the benefits for the city and for the groups?",  # two parties
    "子ども会に清掃をお願いしたら、業者に頼むのと比べて何が変わるの？",  # what changes in the project
])
def test_several_parties_or_none_leave_the_order(question: str) -> None:
    assert first(question) is None


def test_the_party_passage_goes_first_only_from_near_the_top() -> None:
    assert first("行政にとってのメリットは？", window=1) is None


def test_the_administrations_gain_is_osakas_passage_on_it(engine: Engine) -> None:
    # tune73 (read) ranked it seventh, below Kodaira's passage listing every party's effects; tune75 asked alike
    assert first_section(engine, "行政側から見て、市民活動団体と協働する一番のメリットって何でしょうか。") == ("osaka", "significance-government")


def test_an_english_question_on_the_citys_gain_gets_abashiris_passage_on_it(engine: Engine) -> None:
    # tune79 (read) put 網走市's 「①市民への効果」 first, the other party's
    assert first_section(engine, "What does the city itself get out of collaboration, according to Abashiri? I mean for the "
                                 "administration, not residents.") == ("abashiri", "effects-city")


def test_the_partys_passage_goes_first_from_further_down_than_other_rules(engine: Engine) -> None:
    # tune150 (read): third below 北九州市's staff survey, whose words (市役所, 職員) the question shares; the party's own
    # passage is looked for among the best WIDE_WINDOW (25), not the other rules' ten
    assert engine.tuning.first_window < WIDE_WINDOW
    assert first_section(engine, "市役所の側から見て、協働すると何が得られるのか説明できるようにしておきたいです。") == ("osaka", "significance-government")
