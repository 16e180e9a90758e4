"""Answer each Slack event once, even when Slack retries it and several processes, on several hosts, serve.

Slack re-sends an event it believes timed out, with the same event_id. The first process to
note the id answers; the others see it is taken. The ledger is the store's `seen_events`
table (bot/store): a SQLite file shared by the processes of one host by default, or PostgreSQL
(DATABASE_URL), shared by every host. One implementation for both: `Store.first_time`.

The listeners ask after Bolt has acked, in their own thread, so the ledger can never delay or
fail an ack; `Store.first_time` answers within its deadline whatever the database does, and
when it cannot tell (locked, down, slow) the event is answered anyway: a rare second answer is
better than an error message or silence. Old ids are pruned in bounded steps by the store's
background thread.
"""

from __future__ import annotations

from typing import Protocol


class EventLedger(Protocol):
    """Which Slack events have been answered, shared by every process that answers."""

    def first_time(self, event_id: str) -> bool:
        """Note `event_id`; True for the first caller in any process, and whenever the ledger cannot tell."""
        ...


class AnswerEveryDelivery:
    """The ledger when there is no store (an app built by hand in a test): every delivery is answered."""

    def first_time(self, event_id: str) -> bool:
        return True
