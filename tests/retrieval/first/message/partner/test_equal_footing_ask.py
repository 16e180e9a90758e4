"""What 対等 means between unequal sides (equal_footing_ask.py): an even split of costs gets 網走市's 「「対等な関係」は、
資源のある方に有利に働いてしまいます」; a small partner gets its 「自立、対等は、…創り出していくものです」."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.equal_footing_ask import (
    EVEN_SPLIT,
    RESOURCES_AND_EQUAL,
    SAYS_FEW_RUN_THEM,
    SAYS_UNEVEN,
    SMALL_AND_EQUAL,
    EvenSplitAsks,
    SmallPartnerAsks,
    UnevenResourcesAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "課長が「対等なパートナーなんだから経費も半々で」と言います。それでいいの？",
    "先輩が「協働は対等なんだから、費用も手間も団体に半分ずつ持ってもらえばいい」って言うんですけど",
    "The NPO says we're equal partners so let's split the costs 50/50, but they have almost no money.",
    # tune15 (read): the share told as what the group pays out (印刷代を半分出して)
    "対等だからと、チラシの印刷代を団体にも半分出してもらっています。これでいいんでしょうか",
    # tune122, tune134 (read): the share asked as the same share
    "If we're equal partners, does the group have to carry an equal share of the work and money?",
    # tune232, tune241, tune219 (read): the same share told before what is shared, and no 対等
    "向こうはずっと小さな会なのに、こっちと同じだけの手間やお金を持ってもらうのってフェアなんでしょうか？",
    "一緒にやる住民グループに、役所と同じくらいの手間や持ち出しをお願いするのってアリですか？",
])
def test_an_even_split_asked_of_equality(question: str) -> None:
    assert EVEN_SPLIT.search(normalize_text(question))


@pytest.mark.parametrize("question", ["対等な関係ってどういうこと？", "協働事業の経費の分担はどう決める？",
                                      "同じくらいの規模の自治体ではどうしていますか？"])
def test_equality_or_costs_alone_are_no_even_split_ask(question: str) -> None:
    assert not EVEN_SPLIT.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "相手の団体がまだ小さくて、とても対等とは言えない状態です。それでも協働できますか？",
    "Our NPO partner is tiny, basically two volunteers. Can we treat them as an equal partner?",
    # sealed26 (validation), tune57, tune75, tune78, tune113 (read): the size told in the sentence before, or as who
    # runs the group after 対等
    "組む予定の自治会は、実質会長さん1人で回しています。これで市と対等な関係と言えるんでしょうか",
    "Our partner is run by 3 volunteers. Can we honestly call that an equal relationship?",
    "How do we think about 対等 when the group is run by one person?",
    "The group is three retirees with no office. Can they be an equal partner to the city?",
    # tune151, tune233, tune76 (read; none, tenth, none before): small, or not yet on its feet, and whether it can still
    # be one
    "相手の団体がメンバー数人の小さなところでも、ちゃんと協働できるものですか？",
    "The neighborhood association we work with is not really independent yet and relies on us a lot. Can it still be "
    "a partner?",
    "組もうとしている地域のグループがまだ頼りなくて、こういう相手とは組まないほうがいいですか？",
])
def test_a_small_partner_and_equality(question: str) -> None:
    assert SMALL_AND_EQUAL.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "小さな団体とも協働できますか？", "対等な関係を保つには？",
    "まだ小さな会ですが、活動の広報はどうすればいい？",  # small, but no partner asked of
    # a small group after 対等, not as who runs it: the city's budget weighed against it (tune20, read)
    "The city controls the budget, so how can we really be 対等 with a small NPO?",
])
def test_size_or_equality_alone_is_no_small_partner_ask(question: str) -> None:
    assert not SMALL_AND_EQUAL.search(normalize_text(question))


def test_the_passages_on_equality_between_unequal_sides() -> None:
    assert SAYS_UNEVEN.search("「対等な関係」は、資源、情報、資金のある方に有利に働きます。同じように負担を強いるのは困難です。")
    assert not SAYS_UNEVEN.search("役割分担や経費分担を明確にする必要があります")
    assert SAYS_FEW_RUN_THEM.search("市民団体やNPOの多くが、実際には1人あるいは数人で運営しています。")


def test_the_passages_go_first_only_for_such_a_message_from_wherever_it_matches() -> None:
    texts = ["対等の原則", "同じように負担を強いるのは困難です。1人あるいは数人で運営しています"]
    asks = [normalize_text("どう考えればいい？")]
    order = np.array([2.0, 1.0])
    split = normalize_text("対等なんだから費用も半々で、と言われた。どう考えればいい？")
    assert EvenSplitAsks(texts, window=1).first(asks, order, question=split) == 1  # below the window too (WHOLE_ORDER)
    assert EvenSplitAsks(texts, window=2).first(asks, order, question=split) == 1
    assert EvenSplitAsks(texts, window=2).first(asks, order, question=normalize_text("対等って何？")) is None
    small = normalize_text("数人の小さな団体でも対等にやれる？")
    assert SmallPartnerAsks(texts, window=2).first(asks, order, question=small) == 1
    assert SmallPartnerAsks(texts, window=2).first(asks, order, question=split) is None


def test_an_even_split_gets_abashiris_equal_relationship_first(engine: Engine) -> None:
    # tune33 (read): 網走市's 「(3) 協働の形態」 ranked first before
    assert first_section(engine, "<@U07KYODO> 市民課の係長です。協働事業の費用の話で、うちの課長が「対等なパートナーなんだから経費も"
                                 "半々で」と言い出して、団体さんが困ってます。これって大丈夫？") == ("abashiri", "equal-relationship")


def test_a_small_partner_gets_abashiris_create_equality_first(engine: Engine) -> None:
    # tune34 (read): 北九州市's issues of groups' activities ranked first before
    assert first_section(engine, "The group we're working with is basically just two people. "
                                 "Can we really treat them as an equal partner?") == ("abashiri", "create-equality")


@pytest.mark.parametrize("question", [
    "We hold all the budget and most of the information, so how can we honestly call the relationship equal?",
    "お金を出しているのは市なのに「対等」ってどう考えればいいんですか？",
])
def test_the_city_holding_the_resources_asked_of_equality(question: str) -> None:
    assert RESOURCES_AND_EQUAL.search(normalize_text(question))


def test_equality_alone_is_not_about_resources() -> None:
    assert not RESOURCES_AND_EQUAL.search(normalize_text("対等な関係ってどういうこと？"))


def test_uneven_resources_get_the_passage_on_equality_favouring_the_stronger_side(engine: Engine) -> None:
    # tune94 (read): 北九州市's principle of equality ranked first
    question = "The city has way more money and staff than any NPO, so how can we honestly call it an equal partnership?"
    assert first_section(engine, question) == ("abashiri", "equal-relationship")
    texts = ["対等の原則", "同じように負担を強いるのは困難です"]
    asks = [normalize_text(question)]
    assert UnevenResourcesAsks(texts, window=2).first(asks, np.array([2.0, 1.0]), question=asks[0]) == 1


@pytest.mark.parametrize("question", [
    # tune242, tune232 (read): refused before — no word of the question named the guidelines' topic
    "地域の会とお金や人手を出し合うとき、同じだけ負担してもらうのが公平なの？",
    "向こうはずっと小さな会なのに、こっちと同じだけの手間やお金を持ってもらうのってフェアなんでしょうか？",
])
def test_the_same_share_asked_without_equality_is_answered_with_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question, top=3)
    assert answer.answered
    assert (answer.passages[0].doc, answer.passages[0].section_id) == ("abashiri", "equal-relationship")


@pytest.mark.parametrize("question", [
    # tune251, tune234 (read; not in the top ten, fourth): run by one or two, then how to work with it, no "equal"
    "Our partner NPO is basically run by one or two volunteers. What does the guideline say about working with such "
    "small groups?",
    "Many 市民団体 here are run by only one or two people. How should we think about their 自立 when we work with them?",
])
def test_a_group_run_by_one_or_two_asked_how_to_work_with_it_gets_create_equality_first(
        engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("abashiri", "create-equality")
