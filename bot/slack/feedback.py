"""Where feedback on answers goes. Storing it comes with the question log; until then it is logged."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Feedback:
    helpful: bool
    question: str  # as the engine searched it
    user: str
    channel: str
    message_ts: str  # empty for ephemeral answers, which have no timestamp Slack tells us


class FeedbackSink(Protocol):
    def record(self, feedback: Feedback) -> None: ...


class LogFeedback:
    """The default sink: one log line per vote, so nothing is lost before storage exists."""

    def record(self, feedback: Feedback) -> None:
        logger.info("feedback helpful=%s user=%s channel=%s ts=%s question=%r", feedback.helpful, feedback.user,
                    feedback.channel, feedback.message_ts, feedback.question[:200])
