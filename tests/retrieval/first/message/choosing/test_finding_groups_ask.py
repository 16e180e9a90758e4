"""A message asking where to find out which groups are active, or their contacts, gets 千葉県's 「その地域で活動している
市民活動団体の情報を得ることができます」 first (finding_groups_ask.py); a list of names handled under a contract, a group's
own publicity or candidates already in hand are other questions."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.choosing.finding_groups_ask import (
    ABOUT_GROUPS,
    SAYS_WHERE_FOUND,
    WHERE_TO_FIND,
    FindingGroupsAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "協働の相手を探したいので、地域で活動している団体の連絡先や情報を集めたいです。どこに当たればいいですか？",
    "市内で活動してるNPOやボランティア団体の名簿みたいなもの、どこで手に入りますか？",
    "食品ロスで組める団体を探してるけど、どこがどんな活動をしているのか分からない。調べ方は？",
    "Where can I find out which citizen groups are active in a given area?",
    "Staff keep asking where they can find information about NPOs in their area. Where should I point them?",
])
def test_where_to_find_the_groups_of_an_area(question: str) -> None:
    text = normalize_text(question)
    assert ABOUT_GROUPS.search(text) and WHERE_TO_FIND.search(text)


@pytest.mark.parametrize("question", [
    "NPOに委託で見守り事業をお願いする予定です。参加者の名簿や連絡先の扱いはどこで決めておけばいいですか？",
    "市民活動団体の情報発信が弱いんだけど、どこで支援すればいい？",  # the group's own publicity
    "候補の団体の情報をもらいました。どこを見て選べばいい？",  # candidates already in hand
    "協働の相手になれるのはどんな団体ですか？",  # what kind of partner, not where to find one
])
def test_names_under_a_contract_publicity_candidates_and_kinds_are_not(question: str) -> None:
    text = normalize_text(question)
    assert not (ABOUT_GROUPS.search(text) and WHERE_TO_FIND.search(text))


def test_the_passage_saying_where() -> None:
    assert SAYS_WHERE_FOUND.search("ボランティアセンターでも、その地域で活動している市民活動団体の情報を得ることができます。")


def test_it_goes_first_only_from_near_the_top() -> None:
    texts = ["情報不足", "団体の選び方", "その地域で活動している市民活動団体の情報を得ることができます"]
    rule = FindingGroupsAsks(texts, window=3)
    question = normalize_text("団体の連絡先はどこで分かりますか？")
    asks = [question]
    assert rule.first(asks, np.array([3.0, 2.0, 1.0]), question=question) == 2
    assert rule.first(asks, np.array([3.0, 2.0, 1.0]), 2, question=question) is None


def test_where_to_find_groups_gets_chibas_information_first(engine: Engine) -> None:
    # tune136 (read): 北九州市's division of work across departments ranked first, 千葉県's passage not in the top ten
    assert first_section(engine, "<@U07KYODO> Hi, I work in Citizens' Activities. Staff in other departments keep asking me where "
                                 "they can find information about NPOs and volunteer groups active in their area. Where should I "
                                 "point them?") == ("chiba", "information")
