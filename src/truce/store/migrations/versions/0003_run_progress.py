"""Progress of a run while it works, and the variant it ran on.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the columns ``variant``, ``progress_done`` and ``progress_total`` to ``runs``."""
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("variant", sa.String(200)))
        batch.add_column(sa.Column("progress_done", sa.BigInteger))
        batch.add_column(sa.Column("progress_total", sa.BigInteger))


def downgrade() -> None:
    """Drop the columns ``progress_total``, ``progress_done`` and ``variant`` from ``runs``."""
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("progress_total")
        batch.drop_column("progress_done")
        batch.drop_column("variant")
