"""A message of nothing but greetings and thanks asks nothing; the same words inside a question leave it as it was."""

import pytest

from retrieval.search.engine import Engine


@pytest.mark.parametrize("message", [
    # tune159, tune161 (read): each was answered with guideline text on what was left of it (今日, 回答)
    "おはようございます！今日もよろしくお願いします。",
    "<@U07KYODO> さっきの回答ありがとう！めっちゃ助かった〜",
    "<@U07KYODO> さっきの回答、すごく助かりました。ありがとう！",
    "先ほどの説明、本当にありがとうございました。",
    # tune186, tune192 (read): thanks before more thanks; joining the channel (参加 is no topic there)
    "<@U07KYODO> 先ほどの回答ありがとうございました、助かりました！",
    "<@U07KYODO> こんにちは！今日からこのチャンネルに参加しました。よろしくお願いします。",
    # tune214-215 (read): the answer thanked for with an intensifier, or with what came of it in between
    "<@U07KYODO> さっきの回答、めちゃくちゃ助かりました。ありがとう！",
    "<@U07KYODO> さっきの回答、課内で共有したらすごく助かりました。ありがとうございました！",
    # tune227 (read): helped, then thanks after a comma
    "<@U07KYODO> さっきの回答すごく助かりました、ありがとうございます！",
    # tune236 (read): thanks, then an intensifier before more thanks
    "<@U07KYODO> さっきの回答ありがとう、すごく助かりました！",
])
def test_greetings_and_thanks_alone_ask_nothing(engine: Engine, message: str) -> None:
    answer = engine.ask(message)
    assert answer.empty and not answer.answered
    # ... and say which they were, for the renderers to reply in kind
    thanked = any(word in message for word in ("ありがと", "助か"))
    assert answer.courtesy == ("thanks" if thanked else "greeting")


def test_a_message_of_nothing_searchable_is_no_courtesy(engine: Engine) -> None:
    assert engine.ask("？？？").empty and engine.ask("？？？").courtesy == ""


@pytest.mark.parametrize(("question", "section"), [
    ("<@U07KYODO> こんにちは、福祉課です。協働って何ですか？よろしくお願いします！", None),
    ("今日から市民協働課です。団体の活動に職員が参加するときの心構えは？", None),
    ("さっきの回答ありがとうございます。後援と共催の違いも教えてください。", None),
    # 助かる says why volunteers are wanted, not thanks: the free-labour passages stay first
    ("地元の人たちがタダで手伝ってくれるなら、こっちとしては助かるし、どんどん頼めばいいよね？", None),
    # what came of the last answer, then a new ask; and thanks for a group's help told as the situation
    ("さっきの回答、課内で共有したら好評でした。次は後援と共催の違いを教えて", None),
    ("団体の人たちが、草刈りを手伝ってくれて本当に助かった。こういうのも協働って言っていいの？", None),
])
def test_a_question_beside_greetings_and_thanks_is_still_answered(engine: Engine, question: str,
                                                                   section: str | None) -> None:
    answer = engine.ask(question)
    assert answer.answered and not answer.empty
