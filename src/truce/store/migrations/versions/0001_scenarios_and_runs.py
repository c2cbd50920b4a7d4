"""Scenarios with content-addressed versions, and runs of the engines.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the tables ``scenarios``, ``scenario_versions`` and ``runs`` (indexed by ``kind``)."""
    op.create_table(
        "scenarios",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "scenario_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("scenario_id", "number"),
        sa.UniqueConstraint("scenario_id", "content_hash"),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("scenario_version_id", sa.Integer, sa.ForeignKey("scenario_versions.id")),
        sa.Column("parameters", sa.JSON, nullable=False),
        sa.Column("seed", sa.BigInteger),
        sa.Column("truce_version", sa.String(40), nullable=False),
        sa.Column("result", sa.JSON),
        sa.Column("error", sa.Text),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("duration_s", sa.Float),
    )
    op.create_index("ix_runs_kind", "runs", ["kind"])


def downgrade() -> None:
    """Drop the tables ``runs``, ``scenario_versions`` and ``scenarios``."""
    op.drop_index("ix_runs_kind", "runs")
    op.drop_table("runs")
    op.drop_table("scenario_versions")
    op.drop_table("scenarios")
