"""Modal submissions over HTTP: a question asked in the App Home form is answered in the asker's DM."""

from __future__ import annotations

from tests.slack.helpers import all_text, linked_sections
from tests.slack.slack_requests import SlackSide, new_id
from tests.slack.standin import StandInSlack

ASK_VIEW = {"type": "modal", "callback_id": "ask", "title": {"type": "plain_text", "text": "kyodo に質問"}}


def asked(question: str) -> dict:
    return {"question": {"text": {"type": "plain_text_input", "value": question}}}


def test_question_from_the_form_is_answered_in_the_dm(slack: SlackSide, standin: StandInSlack) -> None:
    user = new_id("U")
    response = slack.view_submission(ASK_VIEW, asked("補助金を出すときの条件は？"), user=user)
    assert response.status == 200
    assert response.body == "", "an empty ack closes the modal"
    # A user id as the channel: Slack posts into the app's DM with that user.
    [call] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == user)
    assert linked_sections(call.body["blocks"])[0] == "testshi#forms-subsidy"
    assert "補助金額 &lt; 補助対象経費の総額" in all_text(call.body["blocks"])


def test_thanks_from_the_form_close_it_with_a_line_back_in_the_dm(slack: SlackSide, standin: StandInSlack) -> None:
    user = new_id("U")
    response = slack.view_submission(ASK_VIEW, asked("ありがとうございました！"), user=user)
    assert response.status == 200 and response.body == ""
    [call] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == user)
    assert call.body["text"].startswith("どういたしまして。")


def test_blank_question_keeps_the_modal_open_with_an_error(slack: SlackSide, standin: StandInSlack) -> None:
    user = new_id("U")
    response = slack.view_submission(ASK_VIEW, asked("   "), user=user)
    assert response.status == 200
    assert response.json() == {"response_action": "errors", "errors": {"question": "質問の文を入力してください。"}}
    standin.assert_no_call(lambda c: c.body.get("channel") == user)
