"""A message asking whether a form alone (共催, a workshop) or every dealing with a group makes 協働 gets the passages
saying it does not (form_alone_ask.py): 小平市's 「①協働と事業の形態」 and 網走市's 「⑥その他の協働」."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.project.form_alone_ask import (
    EVERY_DEALING,
    FORM_ALONE,
    SAYS_FORM_IS_NOT_ENOUGH,
    SAYS_NOT_ALL_DEALINGS,
    SAYS_NOT_BY_FORM,
    SUBSIDY_ALONE,
    EveryDealingAsks,
    FormAloneAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "共催っていう形にしておけば、それで協働事業ってことになるんですか？",
    "住民ワークショップを開くだけでも協働と言えますか。",
    "If we co-host an event or sign an agreement with a group, does that automatically make it a collaboration?",
    # tune117, tune123 (read): 委託・補助 as the condition that would make it 協働
    "委託や補助の形をとっていれば協働と言えるのか、考え方を確認させてください。",
    "委託契約や補助金で団体に事業をやってもらっていれば、それで協働事業と言えるんですか？",
    # tune125, tune127 (read): the event between the form and the ask; tune128 (read): the form given as the reason
    "If we co-host (共催) an event with the same association every year, does that automatically make it a 協働事業?",
    "毎年の市民体育大会は体育協会との共催にしているので、これも協働事業の実績として数えようと思っています。",
])
def test_a_form_by_itself(question: str) -> None:
    assert FORM_ALONE.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    # an agreement left unwritten is written_agreement_ask's; 後援 alone is 網走市's section on 後援
    "協定書は結んでないけど、打ち合わせのメモで確認するだけでいい？",
    "協定書を交わさずに、実行委員会の議事録で役割分担を確認するだけで進めても問題ない？",
    "後援名義を出すだけでも協働になりますか？",
    "共催の場合の役割分担はどう決めればいい？",
    "共催にしているので、会場の予約は団体にお願いしています。使用料はどうする？",  # the form told, no 協働 asked
    "業務を委託しているだけで協働と言えるんでしょうか。",  # 網走市's section on 委託 answers it
    "普通の委託とどう変えれば「協働」と言えるのか教えて",  # what to change, not the form alone
])
def test_written_agreements_and_other_forms_are_no_form_alone_ask(question: str) -> None:
    assert not FORM_ALONE.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "昔から付き合いのある団体との仕事は、全部「市民と一緒にやってる事業」と言っていいんでしょうか。",
    "うちの課、昔から同じ団体といろいろ仕事してるんだけど、それって全部協働ってことでいいよね？",
    "We already deal with lots of groups in our daily work. Does all of that count as partnership?",
    "団体と関わっていれば全部カウントしていいんでしょうか？",  # tune120 (read): counted as 協働 in a survey
    "自治会とは普段からやり取りがあるので、もう協働してるってことでいいですよね？",  # tune135 (read): the reason given
    # tune230, sealed28 (none and 5th before): everything at once, in English
    "is everything we do with NPOs 協働?",
    "We already deal with lots of groups in our daily work (permits, subsidies etc). Does all of that count as 協働?",
    # tune105, tune99, tune196, tune161 (read; none, eighth before): dealings with many groups, then whether they make
    # 協働 automatically; all of them; 協働 already, by long dealings
    "We hand out grants and lend rooms to lots of groups. Does that automatically mean we're doing 協働?",
    "Our section has many relationships with groups - meetings, subsidies, events. Are all of them 協働?",
    "昔から団体と付き合いのある事業なら、それはもう協働ってことになりますか？",
    # a dealing told, then whether it counts (tune206, tune240: read; below ten before)
    "農業団体に会議の案内を出したり資料をもらったりといった付き合いはあります。こういうのも協働として数えていいんでしょうか？",
    "体育協会に毎年大会の運営で関わってもらってるんですが、これって協働事業に数えていいんですか？",
])
def test_every_dealing_with_a_group(question: str) -> None:
    assert EVERY_DEALING.search(normalize_text(question))


@pytest.mark.parametrize("question", ["協働事業の経費は全部市が持つもの？", "団体との付き合い方で気をつけることは？",
                                      "団体とつながりがあるから協働を始めやすい。最初に何を決める？",
                                      "Do all the principles of 協働 carry the same weight?",
                                      "The NPO wants us to do everything their way. Isn't that against 協働?",
                                      # one form named: FormAloneAsks' (tune110, tune129, read)
                                      "If we 委託 something to an NPO, is that automatically a 協働事業?",
                                      # counted, but a form named: its own section's (read sets)
                                      "市民団体のイベントに市の後援をつけただけでも、協働事業としてカウントしていいんでしょうか？",
                                      "審議会の委員にNPOの代表に入ってもらいます。これも協働にカウントしていいんですか？"])
def test_other_asks_are_no_every_dealing_ask(question: str) -> None:
    assert not EVERY_DEALING.search(normalize_text(question))


def test_the_passages_saying_neither_makes_kyodo() -> None:
    assert SAYS_NOT_BY_FORM.search("逆に、共催や協定などの事業の形態だけで協働事業とするものではありません。")
    assert not SAYS_NOT_BY_FORM.search("協働に当たる関係があれば、後援や共催、実行委員会、ワークショップ、協定など")
    assert SAYS_NOT_ALL_DEALINGS.search("しかし、既存の業務で団体と関係を持つ業務の全てが「協働」ではありません。")


def test_the_passage_goes_first_only_for_such_a_message_and_near_the_top() -> None:
    texts = ["共催・実行委員会", "形態だけで協働事業とするものではありません"]
    asks = [normalize_text("協働になる？")]
    order = np.array([2.0, 1.0])
    assert FormAloneAsks(texts, window=2).first(asks, order, question=normalize_text("共催は協働？")) is None
    message = normalize_text("共催にしておけば協働になる？")
    assert FormAloneAsks(texts, window=1).first(asks, order, question=message) is None
    assert FormAloneAsks(texts, window=2).first(asks, order, question=message) == 1
    dealings = ["協働のポイント", "既存の業務で団体と関係を持つ業務の全てが「協働」ではありません"]
    message = normalize_text("団体との仕事は全部協働と言っていい？")
    assert EveryDealingAsks(dealings, window=2).first(asks, order, question=message) == 1
    assert EveryDealingAsks(dealings, window=2).first(asks, order, question=normalize_text("協働になる？")) is None


def test_a_form_alone_gets_kodairas_forms_first(engine: Engine) -> None:
    # tune74 (read): 網走市's section on 共催・実行委員会 ranked first before
    assert first_section(engine, "<@U07KYODO> 文化振興課です。市民音楽祭の実行団体から今年は市も共催に入ってほしいと言われています。"
                                 "共催にしておけば協働事業ってことになりますか？") == ("kodaira", "forms")


def test_every_dealing_gets_abashiris_other_forms_first(engine: Engine) -> None:
    # tune53 (read): 網走市's checklist of 協働のポイント ranked first before
    assert first_section(engine, "昔から付き合いのある団体との仕事は、全部「市民と一緒にやってる事業」と言っていいんでしょうか。") == ("abashiri", "forms-other")


def test_a_dealing_counted_as_kyodo_gets_abashiris_other_forms_first(engine: Engine) -> None:
    # tune227 (read): below ten before, 網走市's 事業協力・後援 first
    assert first_section(engine, "<@U07KYODO> 企画課で協働事業の棚卸しをしています。ある課から「毎年、団体に会議室を貸しているので協働です」と"
                                 "回答が来たのですが、団体と何か関わりがあれば協働として数えていいものでしょうか？") == ("abashiri", "forms-other")


def test_a_form_alone_is_asked_before_a_yearly_subsidy_is_read_as_dependence(engine: Engine) -> None:
    # tune121 (read): 「毎年…補助金を出して」 also sets the dependence rule, which came first and put 網走市's 補助 first
    assert first_section(engine, "うちの課は毎年町内会に補助金を出して共催事業もやってるんですけど、それだけで協働してることに"
                                 "なるんですか？") == ("kodaira", "forms")


@pytest.mark.parametrize(("question", "alone"), [
    ("補助金を出しているだけの事業も、庁内調査で「協働事業」として計上していいのでしょうか。", True),
    ("助成金を出しているだけの団体との関係も協働と呼んでいい？", True),
    ("補助金を出している協働事業の評価はどうすればいい？", False),  # a subsidy in a 協働事業, not the subsidy alone
])
def test_a_subsidy_alone_asked_as_kyodo(question: str, alone: bool) -> None:
    assert bool(SUBSIDY_ALONE.search(normalize_text(question))) is alone


def test_a_subsidy_alone_gets_a_passage_saying_the_form_is_not_enough(engine: Engine) -> None:
    # tune27, tune101 (read): 網走市's 補助 form ranked first
    answer = engine.ask("うちの課、補助金を出しているだけの団体が多いんですが、それも協働事業の実績として計上していいですか？", top=3)
    assert SAYS_FORM_IS_NOT_ENOUGH.search(normalize_text(answer.passages[0].text))


def test_a_format_by_itself_asked_in_english_is_a_form_alone_ask() -> None:
    # tune102 (read): "Does it need a formal 協定, or can the workshop format itself count as collaboration?" — the
    # agreement is asked beside it, and the form alone is what 小平市 answers
    assert FORM_ALONE.search(normalize_text("Can the workshop format itself count as collaboration?"))
