"""The process that records a run (host, pid, start time) and its heartbeat.

With them a run whose process was killed is shown as interrupted instead of
running for ever (:mod:`truce.store.liveness`).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the columns ``host``, ``pid``, ``process_start`` and ``heartbeat_at`` to ``runs``."""
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("host", sa.String(255)))
        batch.add_column(sa.Column("pid", sa.Integer))
        batch.add_column(sa.Column("process_start", sa.BigInteger))
        batch.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True)))


def downgrade() -> None:
    """Drop the columns ``heartbeat_at``, ``process_start``, ``pid`` and ``host`` from ``runs``."""
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("heartbeat_at")
        batch.drop_column("process_start")
        batch.drop_column("pid")
        batch.drop_column("host")
