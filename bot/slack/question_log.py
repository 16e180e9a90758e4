"""Log the questions asked through Slack: mention, DM, /kyodo and the App Home form.

Listeners run after Bolt has acked, in their own threads, and the store only queues the
record for its background writer, so logging never delays the ack or the answer; and any
failure is swallowed here, so it never breaks the answer either. The asker is passed to the
store as "slack:<team>:<user>", of which only a keyed hash is kept.
"""

from __future__ import annotations

import uuid

from slack_bolt import BoltContext

from bot.home import home_label_of
from bot.slack.blocks import Message, answer_message
from bot.slack.feedback import vote_token, with_vote_buttons
from bot.slack.services import Services
from bot.store import Channel
from retrieval.answer import Answer


def slack_identity(context: BoltContext) -> str | None:
    """"slack:<team>:<user>" for the person behind a request (the org id stands for the team on Enterprise Grid)."""
    user = context.user_id
    team = context.team_id or context.enterprise_id or ""
    return f"slack:{team}:{user}" if user else None


def log_slack_answer(services: Services, answer: Answer, channel: Channel, context: BoltContext) -> uuid.UUID | None:
    """Queue the question for the log; its id, or None when nothing is logged. Never raises."""
    store = services.store
    if store is None:
        return None
    try:
        return store.log_answer(answer, channel, asker=slack_identity(context))
    except Exception:  # the answer goes out whatever happens to its log entry
        store.complaints.trouble("log", "question log: a Slack question could not be queued; answers are not affected.")
        return None


def logged_answer_message(services: Services, answer: Answer, channel: Channel, context: BoltContext, *,
                          share: bool = False) -> Message:
    """The answer as posted: logged, its vote buttons carrying the logged question's token (or left out)."""
    question_id = log_slack_answer(services, answer, channel, context)
    engine = services.engine
    message = answer_message(answer, services.base_url, share=share,
                             home_label=home_label_of(engine))
    return with_vote_buttons(message, vote_token(services.store, question_id))
