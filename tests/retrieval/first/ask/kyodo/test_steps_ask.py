"""A question asking what steps a joint project goes through gets 網走市's 「協働のステップ」 first (steps_ask.py):
「「計画」、「実施」、「検証」、「評価」の流れが必要です」."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.steps_ask import SETS_OUT_STEPS, STEPS_ASK, StepsAsks, StepsMessages
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "協働の進め方って、決まった流れはありますか？",
    "協働事業はどういうプロセスの流れで進めればいいの？",
    "What are the steps of a collaboration project, from start to finish?",
    # what comes after the evaluation: 「評価後、再度、計画を練り直し」
    "協働事業の評価が終わったら、そのあとは何をすればいいの？",
    "評価が済んだ後はどう動けばいい？",
    "What are we supposed to do after the evaluation?",
])
def test_the_steps_of_a_project_is_a_steps_ask(question: str) -> None:
    assert STEPS_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "協働に切り替えを検討する流れはどうなっていますか",  # when to consider 協働, not its steps
    "公共は役所だけが担うものではない、というのはどういう世の中の流れ？",
    "協働の進め方のマニュアルはありますか？",
    "評価のあとに報告書を出す期限は？",  # evaluation named, but no ask of what comes after it
])
def test_other_flows_and_manuals_are_no_steps_ask(question: str) -> None:
    assert not STEPS_ASK.search(normalize_text(question))


def test_the_passage_setting_out_the_steps() -> None:
    assert SETS_OUT_STEPS.search("協働に対する「計画」、「実施」、「検証」、「評価」の流れが必要です。")
    assert not SETS_OUT_STEPS.search("事業の実施主体は市であり、実施責任や結果責任は市が負います。")


def test_the_steps_passage_goes_first_only_from_near_the_top() -> None:
    texts = ["協働にふさわしい事業", "「計画」、「実施」、「検証」、「評価」の流れが必要です"]
    asks = [normalize_text("協働の進め方って流れみたいなものある？")]
    assert StepsAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert StepsAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_the_steps_of_a_joint_project_get_abashiris_steps_first(engine: Engine) -> None:
    # 網走市's section on which projects suit 協働 ranked first before
    assert first_section(engine, "What are the steps of a joint project with a community group, from start to finish?") == ("abashiri", "steps")


def test_what_comes_after_the_evaluation_gets_abashiris_steps_first(engine: Engine) -> None:
    # tune113 ps015 (read) had it second, behind 千葉県's 役割分担の明確化
    assert first_section(engine, "<@U07KYODO> 地域振興課に異動してきた者です。前任から引き継いだ「空き店舗活用サロン」の協働事業、"
                                 "昨年度末に評価シートまでは作ってあったんですが、その後どうするのかが引継書に何も書いてなくて…。"
                                 "評価が終わったあとの流れってどう考えればいい？") == ("abashiri", "steps")


@pytest.mark.parametrize("question", [
    # tune149, tune156, tune231, tune24 (read; fourth to seventh): the evaluation done 「まで」 or 「ひととおり」, then
    # what comes after it or how to carry it on
    "協働事業で評価まで終わったら、そのあとはどうすればいいですか？",
    "協働の事業をひととおり評価したら、その後はどう進めていけばいいんですか？",
    "協働事業の評価はひととおり終わったんですが、その結果をどう次年度につなげればいいですか？",
    # tune250 (read; not in the top ten): the evaluation told done, and how to carry it on asked in the next sentence
    "<@U07KYODO> 今年度の協働事業の評価がひと通り終わりました。これを来年度にどうつなげるのがいいんでしょう？",
])
def test_carrying_on_after_the_evaluation_gets_abashiris_steps_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("abashiri", "steps")


def test_an_evaluation_told_done_without_asking_how_to_carry_on_is_no_steps_message() -> None:
    texts = ["協働にふさわしい事業", "「計画」、「実施」、「検証」、「評価」の流れが必要です"]
    question = normalize_text("協働事業の評価が終わりました。評価シートは市だけで書いてよかったでしょうか？")
    asks = [normalize_text("評価シートは市だけで書いてよかったでしょうか？")]
    assert StepsMessages(texts, window=2).first(asks, np.array([2.0, 1.0]), question=question) is None
    carry_on = [normalize_text("これを来年度にどうつなげればいいでしょう？")]
    assert StepsMessages(texts, window=1).first(carry_on, np.array([2.0, 1.0]), question=question) == 1
