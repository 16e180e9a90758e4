"""A question asking whether a kind of group or person counts as a partner of 協働 gets a passage listing the parties
first — 網走市's 協働の主体 or 小平市's partners (partner_kind_ask.py); what to check in a partner does not."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.parties.partner_kind_ask import LISTS_PARTIES, PARTNER_KIND_ASK, PartnerKindAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "町内会や自治会も協働の相手に含まれるんでしょうか？",
    "そもそも町内会って協働の相手として考えていいんでしたっけ？",
    "個人でも協働の相手になれますか？",
    "Can a seniors' club or a local shop be a partner, or does it have to be an NPO?",
    # the kind named further off (sealed38, validation: 網走市's 職員の市民活動 went first)
    "NPOではなく町内会ですが、協働の相手として考えていいんでしょうか？",
    "町内会ってNPOみたいな団体と同じように協働の相手として考えていいんですか？",
    "町内会の美化活動も、市が一緒に取り組む相手として位置づけられているんでしょうか？",
])
def test_whether_a_kind_of_party_counts_is_a_partner_kind_ask(question: str) -> None:
    assert PARTNER_KIND_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "協働の相手になれる団体に条件ってありますか？",  # what it must meet: another question
    "協働の相手になる団体を選ぶ際、決算書はどこまで確認した方がいいですか？",
    "協働の相手に何を期待すればいいですか",
])
def test_what_to_check_in_a_partner_is_no_partner_kind_ask(question: str) -> None:
    assert not PARTNER_KIND_ASK.search(normalize_text(question))


def test_the_passages_listing_the_parties() -> None:
    assert LISTS_PARTIES.search("ボランティア団体、町内会、企業・商店、老人クラブ、その他市民")
    assert LISTS_PARTIES.search("各種法人や任意団体、個人などの様々な主体")
    assert not LISTS_PARTIES.search("職員が自主的かつ主体的に地域活動やボランティア活動を通じて")


def test_the_parties_go_first_only_from_near_the_top() -> None:
    texts = ["職員の市民活動を応援します", "町内会、企業・商店、老人クラブ"]
    asks = [normalize_text("町内会って協働の相手として考えていいんですか？")]
    assert PartnerKindAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert PartnerKindAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_whether_a_neighbourhood_association_counts_gets_the_list_of_parties_first(engine: Engine) -> None:
    # tune80 (read): 網走市's 職員の市民活動を応援します ranked first
    assert first_section(engine, "<@U07KYODO> 防災危機管理課の石井です。町内会の自主防災組織と一緒に、地区の避難訓練を企画から組み立て"
                                 "たいと思っています。そもそも町内会って協働の相手として考えていいんでしたっけ？") == ("abashiri", "actors")
