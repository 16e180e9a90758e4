"""A question about 千葉県's 協働推進員 gets the 推進会議's section first, one about its 懇談会 the 懇談会's, one naming
both the better ranked of the two — not the lead sentence listing them (chiba_bodies_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.chiba_bodies_ask import (
    BOTH_ASK,
    CONSULT_ASK,
    COUNCIL_ASK,
    OFFICER_ASK,
    TAKES_CONSULTATIONS,
    BothBodiesAsks,
    PrefecturalConsultationAsks,
    PrefecturalCouncilAsks,
    PromotionOfficerAsks,
)
from tests.retrieval.answers import first_section

TEXTS = ["県では、千葉県県民活動推進懇談会及び千葉県県民活動推進会議を設置し",
         normalize_text("千葉県県民活動推進懇談会は、全て公開で開催しています。"),
         normalize_text("担当課職員などを「協働推進員（旧：パートナーシップ推進員）」として")]


@pytest.mark.parametrize(("question", "pattern"), [
    ("県の国際課です。今年度から協働推進員に指名されました。何をする役ですか？", OFFICER_ASK),
    ("千葉県庁の各課に、市民団体とのやりとりを受け持つ担当者っているんですか？", OFFICER_ASK),
    ("千葉県の県民活動推進懇談会って、傍聴できる公開の会議なんですか？", COUNCIL_ASK),
    ("千葉県って、市民団体の声を県が聞くための集まりってあるんですか？", COUNCIL_ASK),
    ("「県民活動推進懇談会」と「県民活動推進会議」、それぞれ何のための組織ですか？", BOTH_ASK),
])
def test_each_body_is_asked_for(question: str, pattern) -> None:
    assert pattern.search(normalize_text(question))


def test_a_city_officer_of_another_kind_is_not_the_prefectures() -> None:
    assert not OFFICER_ASK.search(normalize_text("うちの課の担当者を決めたい"))


def test_each_rule_puts_its_section_first_over_the_lead() -> None:
    order = np.array([3.0, 2.0, 1.0])
    officer = normalize_text("県の協働推進員って何をする役？")
    council = normalize_text("県民活動推進懇談会は公開？")
    both = normalize_text("懇談会と推進会議の違いは？")
    assert PromotionOfficerAsks(TEXTS, 3).first([officer], order, question=officer) == 2
    assert PrefecturalCouncilAsks(TEXTS, 3).first([council], order, question=council) == 1
    assert BothBodiesAsks(TEXTS, 3).first([both], order, question=both) == 1


def test_an_officer_appointed_gets_the_conference_section_first(engine: Engine) -> None:
    # tune84 (read): the lead sentence listing both bodies ranked first
    assert first_section(engine, "<@U07KYODO> 県の国際課の職員です。今年度から協働推進員に指名されたのですが、何をする役なのかよく"
                                 "分かっていません。教えてもらえますか。") == ("chiba", "conference")


@pytest.mark.parametrize(("question", "asks"), [
    ("Who at the prefecture can I talk to about a 協働 project I'm planning?", True),
    ("Where can I ask for advice about collaboration in Chiba prefecture? Is there an office?", True),
    ("千葉県で協働のことを相談できる窓口はありますか？", True),
    ("A group asked me who they could talk to at the prefecture about a joint project. Where do I send them?", True),
    ("協働のことで悩んでいます。どこに相談すればいい？", False),  # no prefecture: where to consult is another passage
    ("千葉県の協働推進員って何をする人？", False),
])
def test_where_to_consult_at_the_prefecture(question: str, asks: bool) -> None:
    assert bool(CONSULT_ASK.search(normalize_text(question))) is asks


def test_the_consultation_passage_goes_first_from_near_the_top() -> None:
    texts = ["県民活動推進懇談会及び推進会議を設置", "協働に関する相談にいつでも対応します"]
    assert TAKES_CONSULTATIONS.search(texts[1])
    question = normalize_text("Who can I ask at the prefecture about working with a group?")
    rule = PrefecturalConsultationAsks(texts, window=2)
    assert rule.first([question], np.array([2.0, 1.0]), question=question) == 1
    assert rule.first([question], np.array([2.0, 1.0]), 1, question=question) is None


def test_where_to_consult_at_the_prefecture_gets_chibas_information_first(engine: Engine) -> None:
    # tune53 (read): the lead of 千葉県's 協働推進のための組織 ranked first
    assert first_section(engine, "Who can I ask at the prefecture if I have a question about working with a citizen group?") == ("chiba", "information")
