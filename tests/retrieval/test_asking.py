from __future__ import annotations

import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import shared_analyzer
from retrieval.search.question.asking import asker_spans, sentences


def _asks(text: str) -> list[bool]:
    analysis = shared_analyzer().analyse(text)
    return [s.asks for s in sentences(analysis.text, analysis.morphemes)]


@pytest.mark.parametrize(("text", "asks"), [
    # an interrogative in what someone else said is not the asker's question
    ("上から「後援を何件増やせ」と言われています。これってどうなんでしょう？", [False, True]),
    ("課長に『誰に頼んでもいい』と言われました。", [False]),
    # an interrogative made indefinite by か (何か, 何件か, 誰か)
    ("何件か相談が来ています。どう対応すればいい？", [False, True]),
    ("誰か詳しい人から聞いた話です。", [False]),
    # ... or universal by も (何も, 誰も, 何件も)
    ("団体側からは何も聞いていません。これでいいのかな？", [False, True]),
    ("問い合わせが何件も来ています。", [False]),
    # what nobody knows (an interrogative closed by か, then not knowing) is situation when an ask follows ...
    ("団体同士がお互い何をしているのか全然知らない状態です。つなぐ仕組みをつくりたいんですが、何から始めれば？",
     [False, True]),
    ("どうなっているのかよく分からない。協働の窓口はどこ？", [False, True]),
    # ... and the ask itself when nothing follows, or when it wants to know
    ("協働の窓口が誰なのか分かりません。", [True]),
    ("団体が何をしているのか知りたい。どう調べればいい？", [True, True]),
    # the asker's own interrogatives still ask, with or without a question mark
    ("後援は何件まで受けられる。", [True]),
    ("協働って何", [True]),
    ("「協働」って誰が決めるの", [True]),
])
def test_which_sentences_ask(text: str, asks: list[bool]) -> None:
    assert _asks(text) == asks


@pytest.mark.parametrize(("text", "who"), [
    ("税務課から異動してきた係長です。", ["異動してき", "税務課", "係長"]),
    ("今年度こちらに異動して来た者です。", ["異動して来"]),
    # moving out is what a handover question is about
    ("4月で異動になります。後任への引き継ぎは？", []),
    ("異動する前に団体に挨拶しておくべき？", []),
])
def test_having_moved_in_says_who_is_asking_as_a_post_does(text: str, who: list[str]) -> None:
    analysis = shared_analyzer().analyse(text)
    assert [analysis.text[begin:end] for begin, end in asker_spans(analysis.morphemes)] == who


def test_a_newcomer_s_introduction_leaves_the_handover_entry_out_of_the_answer(engine: Engine) -> None:
    # 「異動してきた」 had matched the Q&A entry on handing over to a successor first, and its sections led
    answer = engine.ask("<@U07KYODO> 税務課から異動してきた係長です。部下から「協働って結局、仕事が増えるだけじゃないですか」"
                        "と言われて、うまく返せませんでした。どう説明すればいいでしょう。")
    assert "b-handover" not in [hit.id for hit in answer.qa]
    assert "役割分担" not in answer.passages[0].section.heading


@pytest.mark.parametrize("question", [
    "そもそも、なんで市が協働を進めなきゃいけないんですか？",  # tune21 (read): no relevant passage in the top 10 before
    "どうして行政が協働しなきゃいけないの",
    "Why does the city need to do 協働 at all?",
    "why do we need collaboration?",
])
def test_asking_why_kyodo_is_done_at_all_asks_its_necessity_and_background(engine: Engine, question: str) -> None:
    query = engine.query(question)
    assert query.weights.get("必要") and query.weights.get("背景")
    top = [(hit.doc, hit.section_id) for hit in engine.ask(question).passages]
    assert {("osaka", "necessity"), ("chiba", "why"), ("abashiri", "background"), ("chiba", "background-society"),
            ("chiba", "background-government"), ("kodaira", "purpose")} & set(top)


@pytest.mark.parametrize("question", [
    "協働がなかなか広がらないのはなぜでしょうか。",  # why something about 協働 happens: it names its topic
    "なぜ後援は協働じゃないの？",
    "なぜ協働が必要なのか",  # names 必要 already
    "協働をどう進める？",  # no why
])
def test_other_asks_get_no_necessity_cue(engine: Engine, question: str) -> None:
    assert "背景" not in engine.query(question).weights
