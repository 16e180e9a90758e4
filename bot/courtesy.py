"""What kyodo says back to a message of greetings or thanks alone (Answer.courtesy), on every surface.

Nothing in such a message is searched; explaining how to ask — the usage message, a whole block in a Slack thread —
answered 「さっきの回答、助かりました！」 as if it had been a question typed wrong.
"""

from __future__ import annotations

COURTESY_REPLIES = {
    "thanks": "どういたしまして。協働の指針について知りたいことがあれば、いつでも質問してください。",
    "greeting": "よろしくお願いします。協働の指針について知りたいことを、文章で質問してください。",
}


def courtesy_reply(courtesy: str) -> str:
    """The reply to a message of thanks or greetings alone; "" for any other empty message."""
    return COURTESY_REPLIES.get(courtesy, "")
