"""A message reporting that 協働 only adds work gets 千葉県's answer to that objection first (more_work_ask.py), from
wherever it stands — quoted or not, in whatever words."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.more_work_ask import ANSWERS_MORE_WORK, MORE_WORK, MoreWorkMessages
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("message", [
    "先輩に「協働なんてやったら仕事が増えるだけだよ」と言われました",
    "市民団体と組むと仕事が増えるだけだと正直思ってしまうのですが",
    "課長に「協働ってやること増えるだけでしょ」と一蹴されました",
    "NPOと一緒に事業をやるって、結局こっちの仕事が増えるだけじゃないの？",
])
def test_the_objection_that_kyodo_adds_work(message: str) -> None:
    assert MORE_WORK.search(normalize_text(message))


@pytest.mark.parametrize("message", [
    "担当が一人で、仕事が増えると回りません。引き継ぎはどうすれば？",  # more work, but not from 協働
    "協働事業の件数が増えてきました。評価はどうすれば？",
])
def test_more_work_alone_or_more_projects_are_not(message: str) -> None:
    assert not MORE_WORK.search(normalize_text(message))


def test_the_answer_goes_first_from_wherever_it_stands() -> None:
    rule = MoreWorkMessages(["協働とは", "「協働を行うと仕事が増える」と考えて協働に消極的"], window=1)
    question = normalize_text("協働なんて仕事が増えるだけと言われた。どう返せばいい？")
    asks = [normalize_text("どう返せばいい？")]
    assert ANSWERS_MORE_WORK.search("「協働を行うと仕事が増える」と考えて協働に消極的となってしまうことがあります。")
    assert rule.first(asks, np.array([2.0, 1.0]), question=question) == 1  # below the window too
    assert rule.first(asks, np.array([2.0, 1.0]), question=normalize_text("どう返せばいい？")) is None


@pytest.mark.parametrize("question", [
    # tune63, tune71 (read): none in the top ten, and ninth
    "<@U07KYODO> 観光課です。協働で新しいツアー企画やろうと提案したら、課長に「協働ってやること増えるだけでしょ」と一蹴されました…。"
    "説得材料になるようなことは書いてありますか？",
    "NPOと一緒に事業をやるって、結局こっちの仕事が増えるだけじゃないの？と上司に言われました。どう返せばいいでしょう",
])
def test_the_objection_gets_chibas_answer_first(engine: Engine, question: str) -> None:
    assert first_section(engine, question) == ("chiba", "not-an-end")
