"""Buttons over HTTP: answers are shared, checklists open as modals (votes: test_feedback.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from tests.slack.helpers import all_text, assert_within_limits, buttons, linked_sections
from tests.slack.server import PUBLIC_BASE_URL
from tests.slack.slack_requests import CHANNEL_ID, USER_ID, SlackSide, new_id, new_trigger_id, new_ts
from tests.slack.standin import RESPONSE_URL_METHOD, Call, StandInSlack


def posted_answer(slack: SlackSide, standin: StandInSlack, question: str) -> dict[str, Any]:
    """Ask by mention and return the message as Slack would hold it (with the ts it was given)."""
    asked = new_ts()
    slack.mention(question, ts=asked)
    [call] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == asked)
    return {"type": "message", "user": "U0KYODO", "ts": new_ts(), "text": call.body["text"],
            "blocks": call.body["blocks"]}


def at(response_url: str) -> Callable[[Call], bool]:
    path = urlparse(response_url).path
    return lambda c: c.path == path


def opened_by(trigger_id: str) -> Callable[[Call], bool]:
    return lambda c: c.body.get("trigger_id") == trigger_id


def button(blocks: list[dict[str, Any]], action_id: str) -> dict[str, Any]:
    return next(b for b in buttons(blocks) if b["action_id"] == action_id)


def test_share_posts_the_answer_to_the_channel_and_removes_the_private_copy(slack: SlackSide,
                                                                           standin: StandInSlack) -> None:
    channel, response_url = new_id("C"), standin.response_url()
    slack.block_action({"action_id": "share_answer", "value": "協働の相手はどう選ぶ？"},
                       response_url=response_url, ephemeral=True, channel=channel)
    [post] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == channel)
    text = all_text(post.body["blocks"])
    assert f"<@{USER_ID}> さんが kyodo の回答を共有しました" in text
    assert linked_sections(post.body["blocks"])[0] == "testshi#partner"
    assert "share_answer" not in {b["action_id"] for b in buttons(post.body["blocks"])}
    [removed] = standin.wait_for(RESPONSE_URL_METHOD, where=at(response_url))
    assert removed.body == {"delete_original": True}


def test_share_in_a_channel_without_the_bot_tells_the_user_how_to_fix_it(slack: SlackSide,
                                                                        standin: StandInSlack) -> None:
    standin.answer("chat.postMessage", {"ok": False, "error": "not_in_channel"})
    response_url = standin.response_url()
    slack.block_action({"action_id": "share_answer", "value": "後援は協働？"}, response_url=response_url, ephemeral=True)
    [notice] = standin.wait_for(RESPONSE_URL_METHOD, where=at(response_url))
    assert notice.body["response_type"] == "ephemeral"
    assert "/invite @kyodo" in notice.body["text"]
    assert "delete_original" not in notice.body


def test_checklist_button_opens_a_modal_with_items_and_their_sections(slack: SlackSide,
                                                                     standin: StandInSlack) -> None:
    message = posted_answer(slack, standin, "協働の相手はどう選ぶ？")
    pressed = button(message["blocks"], "open_checklist:start-project")
    trigger = new_trigger_id()
    slack.block_action(pressed, message=message, response_url=standin.response_url(), trigger_id=trigger)

    [call] = standin.wait_for("views.open", where=opened_by(trigger))
    view = call.body["view"]
    assert view["type"] == "modal" and view["title"]["text"] == "チェックリスト"
    text = all_text(view["blocks"])
    assert "協働事業を始めるときのチェックリスト" in text
    assert "☐ 役割分担、責任の所在、経費の負担を協定書などの文書で確認している" in text
    assert linked_sections(view["blocks"]) == ["testshi#partner", "testshi#roles", "testshi#evaluation"]
    assert f"{PUBLIC_BASE_URL}/checklists/start-project|" in text


def test_checklist_button_from_app_home_and_a_stale_id(slack: SlackSide, standin: StandInSlack) -> None:
    home = {"id": "V0HOME", "type": "home"}
    known, stale = new_trigger_id(), new_trigger_id()
    slack.block_action({"action_id": "open_checklist:choose-form", "value": "choose-form"}, view=home,
                       response_url="", trigger_id=known)
    slack.block_action({"action_id": "open_checklist:gone", "value": "gone"}, view=home, response_url="",
                       trigger_id=stale)
    [found] = standin.wait_for("views.open", where=opened_by(known))
    [missing] = standin.wait_for("views.open", where=opened_by(stale))
    assert "協働の形態を選ぶチェックリスト" in all_text(found.body["view"]["blocks"])
    assert "見つかりませんでした" in all_text(missing.body["view"]["blocks"])


def test_ask_button_opens_the_question_form(slack: SlackSide, standin: StandInSlack) -> None:
    trigger = new_trigger_id()
    slack.block_action({"action_id": "open_ask_modal"}, view={"id": "V0HOME", "type": "home"}, response_url="",
                       trigger_id=trigger)
    [call] = standin.wait_for("views.open", where=opened_by(trigger))
    view = call.body["view"]
    assert view["callback_id"] == "ask"
    assert view["blocks"][0]["type"] == "input" and view["blocks"][0]["block_id"] == "question"


def test_compare_posts_every_guideline_in_the_answers_thread(slack: SlackSide, standin: StandInSlack) -> None:
    asked = new_ts()
    slack.mention("補助の条件は？", ts=asked)
    [answer] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == asked)
    message = {"type": "message", "user": "U0KYODO", "ts": new_ts(), "thread_ts": asked, "text": answer.body["text"],
               "blocks": answer.body["blocks"]}
    pressed = button(message["blocks"], "compare_answer")
    slack.block_action({**pressed, "block_id": "more"}, message=message, response_url=standin.response_url())

    [post] = standin.wait_for("chat.postMessage", where=lambda c: "*他の自治体では？*" in all_text(c.body["blocks"][:1]))
    assert post.body["channel"] == CHANNEL_ID and post.body["thread_ts"] == asked
    assert_within_limits(post.body)
    text = all_text(post.body["blocks"])
    assert linked_sections(post.body["blocks"]) == ["testshi#forms-subsidy"]
    assert "別県 県民活動との協働指針" in text and "この指針には該当する記述がありません" in text
    assert f"{PUBLIC_BASE_URL}/compare?q=" in text


def test_compare_on_a_private_answer_answers_privately(slack: SlackSide, standin: StandInSlack) -> None:
    command_url, ephemeral_url = standin.response_url(), standin.response_url()
    slack.command("協働の原則は？", command_url)
    [answer] = standin.wait_for(RESPONSE_URL_METHOD, where=at(command_url))
    pressed = button(answer.body["blocks"], "compare_answer")
    slack.block_action({**pressed, "block_id": "more"}, response_url=ephemeral_url, ephemeral=True)

    [reply] = standin.wait_for(RESPONSE_URL_METHOD, where=at(ephemeral_url))
    assert reply.body["response_type"] == "ephemeral" and reply.body["replace_original"] is False
    assert sorted(linked_sections(reply.body["blocks"])) == ["betsuken#principles", "testshi#principles"]
    assert standin.calls("chat.postMessage") == [], "nothing is posted where others would see it"


def test_more_passages_posts_what_the_short_answer_left_out_in_its_thread(slack: SlackSide,
                                                                         standin: StandInSlack) -> None:
    asked = new_ts()
    slack.mention("協働の原則は？", ts=asked)
    [answer] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == asked)
    shown = linked_sections(answer.body["blocks"])
    assert len(shown) == 1
    message = {"type": "message", "user": "U0KYODO", "ts": new_ts(), "thread_ts": asked, "text": answer.body["text"],
               "blocks": answer.body["blocks"]}
    slack.block_action({**button(message["blocks"], "more_passages"), "block_id": "more"}, message=message,
                       response_url=standin.response_url())

    [post] = standin.wait_for("chat.postMessage", where=lambda c: "*ほかの箇所*" in all_text(c.body["blocks"][:1]))
    assert post.body["thread_ts"] == asked
    assert_within_limits(post.body)
    more = linked_sections(post.body["blocks"])
    assert more and shown[0] not in more
