"""「Q&Aの下書きを作る」 over HTTP: the form filled from the thread, citations from the nearest passages, and the
YAML draft sent by DM — the format of `kyodo gaps --draft`, which `kyodo check` accepts once it is filled."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from retrieval.check import check_knowledge
from tests.slack.helpers import all_text
from tests.slack.server import FIXTURE_KNOWLEDGE
from tests.slack.slack_requests import CHANNEL_ID, USER_ID, SlackSide, new_id, new_trigger_id, new_ts
from tests.slack.standin import BOT_USER_ID, Call, StandInSlack

COLLEAGUE = "U0COLLEAGUE"
ANSWER = ("テスト市の指針は、後援を協働の形態の一つとし、団体の事業の公益性を認めて市の名義の使用を承認するものとしています。"
          "詳しくは <https://example.jp/kouen|後援の手引き> を見てください。")
PHRASINGS = "うちの事業を後援してもらうのも協働？\n名義だけ貸すのは協働に入る？\nIs lending the city's name collaboration?"


def thread_reply(parent_ts: str) -> dict[str, Any]:
    return {"type": "message", "user": COLLEAGUE, "text": ANSWER, "ts": new_ts(), "thread_ts": parent_ts}


def the_form(standin: StandInSlack, trigger: str) -> tuple[dict[str, Any], Call]:
    """The loading modal opened with the trigger, and the update that filled it in."""
    [opened] = standin.wait_for("views.open", where=lambda c: c.body.get("trigger_id") == trigger)
    assert opened.body["view"].get("callback_id") is None, "the first view only says it is reading"
    view_id = opened.response["view"]["id"]
    [update] = standin.wait_for("views.update", where=lambda c: c.body.get("view_id") == view_id)
    assert update.body["view"]["callback_id"] == "draft_qa_form"
    return opened.body["view"], update


def element(view: dict[str, Any], block_id: str) -> dict[str, Any]:
    return next(b["element"] for b in view["blocks"] if b.get("block_id") == block_id)


def test_the_form_opens_at_once_and_is_filled_from_the_thread(slack: SlackSide, standin: StandInSlack) -> None:
    parent_ts, channel, trigger = new_ts(), new_id("C"), new_trigger_id()
    standin.answer("conversations.replies", {"ok": True, "messages": [
        {"type": "message", "user": USER_ID, "ts": parent_ts, "text": f"<@{BOT_USER_ID}> 後援は協働に当たりますか？"}]})
    response = slack.message_shortcut("draft_qa", thread_reply(parent_ts), channel=channel, trigger_id=trigger)
    assert response.status == 200 and response.body == ""
    _, update = the_form(standin, trigger)
    [replies] = standin.calls("conversations.replies")
    assert replies.body["channel"] == channel and replies.body["ts"] == parent_ts

    view = update.body["view"]
    assert element(view, "question")["initial_value"] == "後援は協働に当たりますか？"
    answer = element(view, "answer")["initial_value"]
    assert answer.startswith("テスト市の指針は、後援を") and "後援の手引き" in answer and "<" not in answer
    pick = element(view, "citations")
    assert pick["type"] == "multi_static_select"
    assert pick["options"][0]["value"] == "testshi#forms-support"
    assert [o["value"] for o in pick["initial_options"]] == [o["value"] for o in pick["options"][:3]]
    assert "テスト市 協働推進の指針" in pick["options"][0]["text"]["text"]


def test_the_draft_comes_by_dm_and_passes_kyodo_check_once_filled(slack: SlackSide, standin: StandInSlack,
                                                                  tmp_path: Path) -> None:
    parent_ts, trigger, user = new_ts(), new_trigger_id(), new_id("U")
    qa_files = sorted(p.name for p in (FIXTURE_KNOWLEDGE / "qa").iterdir())
    standin.answer("conversations.replies", {"ok": True, "messages": [
        {"type": "message", "user": USER_ID, "ts": parent_ts, "text": "後援は協働に当たりますか？"}]})
    slack.message_shortcut("draft_qa", thread_reply(parent_ts), trigger_id=trigger, user=user)
    _, update = the_form(standin, trigger)
    view = update.body["view"]
    pick = element(view, "citations")
    values = {
        "question": {"text": {"type": "plain_text_input", "value": "名義後援は協働の一つですか？"}},
        "answer": {"text": {"type": "plain_text_input", "value": element(view, "answer")["initial_value"]}},
        "phrasings": {"text": {"type": "plain_text_input", "value": PHRASINGS}},
        "citations": {"pick": {"type": "multi_static_select", "selected_options": pick["options"][:1]}},
    }
    response = slack.view_submission(view, values, user=user)
    assert response.status == 200 and response.body == ""
    [dm] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == user)
    text = dm.body["text"]
    entry = re.search(r"`knowledge/qa/([a-z0-9-]+)\.yaml`", text).group(1)
    draft = html.unescape(re.search(r"```\n(.*)```", text, re.S).group(1))
    data = yaml.safe_load(draft)
    assert data["id"] == entry and data["question"] == "名義後援は協働の一つですか？"
    assert data["phrasings"] == PHRASINGS.splitlines()
    assert data["citations"] == [{"doc": "testshi", "section": "forms-support"}]
    assert data["answer"].startswith("テスト市の指針は") and "後援の手引き" in data["answer"]
    assert "答えを見直してください" in draft, "the same notes as kyodo gaps --draft"

    folder = tmp_path / "knowledge"
    shutil.copytree(FIXTURE_KNOWLEDGE, folder)
    (folder / "qa" / f"{entry}.yaml").write_text(draft, encoding="utf-8")
    summary, problems = check_knowledge(folder, selftest=False)
    assert problems == [], [str(p) for p in problems]
    assert summary["Q&A"] == 2
    assert sorted(p.name for p in (FIXTURE_KNOWLEDGE / "qa").iterdir()) == qa_files, "kyodo writes no file"


def test_used_outside_a_thread_the_message_is_the_question(slack: SlackSide, standin: StandInSlack) -> None:
    trigger = new_trigger_id()
    message = {"type": "message", "user": USER_ID, "text": "協働の相手はどう選べばいい？", "ts": new_ts()}
    slack.message_shortcut("draft_qa", message, channel=CHANNEL_ID, trigger_id=trigger)
    _, update = the_form(standin, trigger)
    view = update.body["view"]
    assert element(view, "question")["initial_value"] == "協働の相手はどう選べばいい？"
    assert "initial_value" not in element(view, "answer")
    assert "スレッドの返信（同僚の回答）で使うと" in all_text(view["blocks"])
    assert element(view, "citations")["options"][0]["value"] == "testshi#partner"
    standin.assert_no_call(lambda c: c.method == "conversations.replies")


def test_a_thread_kyodo_cannot_read_keeps_the_answer_and_says_why(slack: SlackSide, standin: StandInSlack) -> None:
    trigger = new_trigger_id()
    standin.answer("conversations.replies", {"ok": False, "error": "not_in_channel"})
    slack.message_shortcut("draft_qa", thread_reply(new_ts()), trigger_id=trigger)
    _, update = the_form(standin, trigger)
    view = update.body["view"]
    assert "initial_value" not in element(view, "question")
    assert element(view, "answer")["initial_value"].startswith("テスト市の指針は")
    assert "/invite @kyodo" in all_text(view["blocks"])
    assert element(view, "citations")["options"], "citations from the answer when the question is missing"
