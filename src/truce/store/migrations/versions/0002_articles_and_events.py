"""News articles and the events extracted from them, linked to scenarios and issues.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the tables ``articles`` and ``events`` (indexed by article, and by scenario and issue)."""
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("published", sa.Date, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id")),
        sa.Column("sentence_index", sa.Integer, nullable=False),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("target", sa.Text),
        sa.Column("issue", sa.String(200)),
        sa.Column("date", sa.String(40)),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_article", "events", ["article_id"])
    op.create_index("ix_events_scenario_issue", "events", ["scenario_id", "issue"])


def downgrade() -> None:
    """Drop the tables ``events`` and ``articles``."""
    op.drop_table("events")
    op.drop_table("articles")
