"""A question asking to open 協働 to any group that meets the requirements gets 大阪市's principle
「協働の要件を満たせば誰もが協働関係に参画できる機会の創設」 first (open_door_ask.py)."""

from __future__ import annotations

import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.choosing.open_door_ask import ANYONE_MAY_JOIN, OPEN_DOOR_ASK


@pytest.mark.parametrize("question", [
    "条件さえ満たしていれば、どのグループでも役所との取り組みに加われるようにしておくべきなんでしょうか？",
    "いろいろな団体に協働の機会を開くにはどうすればいい",
    "協働に参加できる団体が一部に偏らないようにするには、どのような考え方が示されていますか",
    "協働事業がスタートした後から「うちも参加したい」という団体が出てきました。途中からでも受け入れるべきなんでしょうか",
    "Does Osaka's guideline say anything about giving every group a fair chance to join?",
    # a new group asking whether it can take part, any group taking part (tune274, tune272: read)
    "新しくできたばかりの団体でも、市との協働に参加できる機会はありますか",
    "Can any citizen group take part in a collaboration project, or only the ones the city chooses?",
])
def test_opening_to_any_group_is_this_ask(question: str) -> None:
    assert OPEN_DOOR_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "NPOと協働でやっている事業で、途中から参加者が想定の半分しか集まらない問題が出てきました。",  # participants, not groups
    "いつも同じ団体にばかり声をかけていると、えこひいきだと思われませんか？",  # the same few: the point on fairness's
    "どの団体と組むか、何を見て決めればいい？",
    "新しい団体でも補助金は申請できますか",  # a subsidy applied for, not 協働 joined
])
def test_other_asks_are_not(question: str) -> None:
    assert not OPEN_DOOR_ASK.search(normalize_text(question))


def test_the_principle_that_anyone_may_join() -> None:
    assert ANYONE_MAY_JOIN.search("協働の要件を満たせば誰もが協働関係に参画できる機会の創設。")


@pytest.mark.parametrize("question", [
    # tune264, tune269 (read): outside the answers, and tenth
    "協働に参加できる団体が一部に偏らないようにするには、どのような考え方が示されていますか",
    "<@U07KYODO> 市民協働推進課です。協働事業がスタートした後から「うちも参加したい」という団体が出てきました。途中からでも受け入れる"
    "べきなんでしょうか",
])
def test_the_principle_goes_first(engine: Engine, question: str) -> None:
    answer = engine.ask(question, top=3)
    assert ANYONE_MAY_JOIN.search(normalize_text(answer.passages[0].text))
