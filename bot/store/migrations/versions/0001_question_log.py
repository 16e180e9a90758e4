"""The question log, votes, and Slack events already answered.

Revision ID: 0001
Revises:
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SHOWN = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "questions",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("asked_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("asker", sa.String(64)),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("truncated", sa.Boolean(), nullable=False),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.Column("passages", SHOWN, nullable=False),
        sa.Column("qa", SHOWN, nullable=False),
        sa.Column("checklists", SHOWN, nullable=False),
    )
    op.create_index("questions_asked_at", "questions", ["asked_at"])
    op.create_table(
        "votes",
        sa.Column("question_id", sa.Uuid(), primary_key=True),
        sa.Column("voter", sa.String(64), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text()),
        sa.Column("voted_at", sa.DateTime(), nullable=False),
    )
    op.create_index("votes_voted_at", "votes", ["voted_at"])
    op.create_table(
        "seen_events",
        sa.Column("event_id", sa.String(128), primary_key=True),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
    )
    op.create_index("seen_events_seen_at", "seen_events", ["seen_at"])


def downgrade() -> None:
    op.drop_table("seen_events")
    op.drop_table("votes")
    op.drop_table("questions")
