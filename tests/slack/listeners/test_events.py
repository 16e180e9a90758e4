"""bot/slack/listeners/events.py, listener by listener."""

from __future__ import annotations

from unittest.mock import Mock

from slack_bolt import BoltContext

from bot.slack.listeners.events import (
    answer_dm,
    answer_mention,
    from_a_person,
    is_question_in_dm,
    publish_home,
)
from bot.slack.services import Services
from tests.slack.helpers import all_text, linked_sections
from tests.slack.listeners.conftest import kwargs_of, slack_error
from tests.slack.server import PUBLIC_BASE_URL

MENTION = {"type": "app_mention", "user": "U0STAFF1", "text": "<@U0KYODO> 後援は協働に当たる？",
           "ts": "1700000000.000100", "channel": "C0KYODO1"}
DM = {"type": "message", "channel_type": "im", "user": "U0STAFF1", "text": "委託するときの注意は？",
      "ts": "1700000000.000200", "channel": "D0KYODO1"}


def body(event: dict, event_id: str = "Ev0001") -> dict:
    return {"type": "event_callback", "event_id": event_id, "event": event}


def test_a_mention_is_answered_in_its_thread(client: Mock, context: BoltContext) -> None:
    answer_mention(event=MENTION, body=body(MENTION), context=context, client=client)
    posted = kwargs_of(client.chat_postMessage)
    assert posted["channel"] == "C0KYODO1" and posted["thread_ts"] == MENTION["ts"]
    assert posted["unfurl_links"] is False
    assert linked_sections(posted["blocks"])[0] == "testshi#forms-support"
    assert f"{PUBLIC_BASE_URL}/docs/testshi#forms-support" in all_text(posted["blocks"])


def test_a_mention_inside_a_thread_stays_in_that_thread(client: Mock, context: BoltContext) -> None:
    event = {**MENTION, "thread_ts": "1699999999.000001"}
    answer_mention(event=event, body=body(event), context=context, client=client)
    assert kwargs_of(client.chat_postMessage)["thread_ts"] == "1699999999.000001"


def test_a_dm_is_answered_in_the_dm_outside_any_thread(client: Mock, context: BoltContext) -> None:
    answer_dm(event=DM, body=body(DM), context=context, client=client)
    posted = kwargs_of(client.chat_postMessage)
    assert posted["channel"] == "D0KYODO1" and posted["thread_ts"] is None
    assert "testshi#forms-outsourcing" in linked_sections(posted["blocks"])


def test_a_repeated_delivery_is_not_answered_again(client: Mock, context: BoltContext) -> None:
    answer_mention(event=MENTION, body=body(MENTION, "EvTWICE"), context=context, client=client)
    answer_mention(event=MENTION, body=body(MENTION, "EvTWICE"), context=context, client=client)
    answer_mention(event=MENTION, body=body(MENTION, "EvOTHER"), context=context, client=client)
    assert client.chat_postMessage.call_count == 2


def test_a_rate_limited_answer_waits_outside_the_listener(client: Mock, context: BoltContext,
                                                          services: Services) -> None:
    client.chat_postMessage.side_effect = slack_error("chat.postMessage", "ratelimited", 429, {"Retry-After": "30"})
    answer_mention(event=MENTION, body=body(MENTION), context=context, client=client)  # returns, no sleep, no raise
    client.chat_postMessage.assert_called_once()
    assert services.outbox.scheduler.pending() == 1, "the post waits in the scheduler for its second try"


def test_only_people_are_answered() -> None:
    assert from_a_person(MENTION)
    assert from_a_person({**DM, "subtype": "file_share"})
    assert from_a_person({**DM, "subtype": "thread_broadcast"})
    assert not from_a_person({**MENTION, "bot_id": "B0OTHER"})
    for subtype in ("bot_message", "message_changed", "message_deleted", "channel_join"):
        assert not from_a_person({**DM, "subtype": subtype})


def test_only_messages_in_a_dm_are_questions() -> None:
    assert is_question_in_dm(DM)
    assert not is_question_in_dm({**DM, "channel_type": "channel"})
    assert not is_question_in_dm({**DM, "bot_id": "B0KYODO"})


def test_app_home_is_published_for_the_user(client: Mock, context: BoltContext) -> None:
    publish_home(event={"type": "app_home_opened", "user": "U0STAFF1", "tab": "home"}, context=context, client=client)
    published = kwargs_of(client.views_publish)
    assert published["user_id"] == "U0STAFF1"
    assert published["view"]["type"] == "home" and "聞き方" in all_text(published["view"]["blocks"])


def test_the_messages_tab_publishes_nothing(client: Mock, context: BoltContext) -> None:
    publish_home(event={"type": "app_home_opened", "user": "U0STAFF1", "tab": "messages"}, context=context,
                 client=client)
    client.views_publish.assert_not_called()


def test_with_a_home_answers_label_its_passages_and_app_home_lists_it_first(client: Mock, context: BoltContext,
                                                                            services: Services) -> None:
    services.engine.set_home("betsuken")
    try:
        event = {**MENTION, "text": "<@U0KYODO> 協働の原則は？"}
        answer_mention(event=event, body=body(event, "EvHOME"), context=context, client=client)
        posted = kwargs_of(client.chat_postMessage)
        labelled = [b["text"]["text"] for b in posted["blocks"] if "本県の指針" in b.get("text", {}).get("text", "")]
        assert labelled and all("/docs/betsuken#" in text for text in labelled)
        publish_home(event={"type": "app_home_opened", "user": "U0STAFF1", "tab": "home"}, context=context,
                     client=client)
        home = all_text(kwargs_of(client.views_publish)["view"]["blocks"])
        assert home.index("/docs/betsuken|") < home.index("/docs/testshi|") and "［本県の指針］" in home
    finally:
        services.engine.set_home(None)
