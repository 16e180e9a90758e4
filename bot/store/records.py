"""What the store keeps: a question as it was answered, and a vote on it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from retrieval.answer import Answer
from retrieval.search.question.cleaning import MAX_QUESTION_CHARS

MAX_COMMENT_CHARS = 1000


class Channel(StrEnum):
    """Where a question was asked — the kind of place, never which channel or its messages."""

    WEB = "web"  # the answer page, /?q=
    API = "api"  # /api/ask
    SLACK_CHANNEL = "channel"  # a mention in a channel
    SLACK_DM = "dm"
    SLACK_SLASH = "slash"  # /kyodo
    SLACK_HOME = "home"  # App Home


def utc_now() -> datetime:
    """Naive UTC, the form every time in the store takes."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class QuestionRecord:
    id: uuid.UUID
    asked_at: datetime
    channel: Channel
    asker: str | None  # keyed hash
    question: str
    truncated: bool
    answered: bool
    passages: tuple[str, ...]  # "doc#section", in the order shown
    qa: tuple[str, ...]  # Q&A entry ids
    checklists: tuple[str, ...]  # checklist ids

    @classmethod
    def from_answer(cls, answer: Answer, channel: Channel, asker: str | None, asked_at: datetime) -> QuestionRecord:
        return cls(
            id=uuid.uuid4(),
            asked_at=asked_at,
            channel=Channel(channel),
            asker=asker,
            question=answer.question[:MAX_QUESTION_CHARS],
            truncated=answer.truncated,
            answered=answer.answered,
            passages=tuple(f"{p.doc}#{p.section_id}" for p in answer.passages),
            qa=tuple(q.id for q in answer.qa),
            checklists=tuple(c.id for c in answer.checklists),
        )

    def row(self) -> dict[str, object]:
        return {
            "id": self.id, "asked_at": self.asked_at, "channel": str(self.channel), "asker": self.asker,
            "question": self.question, "truncated": self.truncated, "answered": self.answered,
            "passages": list(self.passages), "qa": list(self.qa), "checklists": list(self.checklists),
        }


@dataclass(frozen=True)
class VoteRecord:
    question_id: uuid.UUID
    voter: str  # keyed hash
    channel: Channel
    helpful: bool
    comment: str | None
    voted_at: datetime

    def row(self) -> dict[str, object]:
        return {"question_id": self.question_id, "voter": self.voter, "channel": str(self.channel),
                "helpful": self.helpful, "comment": self.comment, "voted_at": self.voted_at}


@dataclass(frozen=True)
class LoggedQuestion:
    """A question read back from the log, with the votes cast on it."""

    id: uuid.UUID
    asked_at: datetime
    channel: str
    question: str
    answered: bool
    passages: tuple[str, ...]
    qa: tuple[str, ...]
    checklists: tuple[str, ...]
    helpful: int = 0
    unhelpful: int = 0
    comments: tuple[str, ...] = ()
