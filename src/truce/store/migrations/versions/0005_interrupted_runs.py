"""Runs left ``running`` by a truce that did not record their process are marked interrupted.

Before revision 0004 a run had no process or heartbeat, so a run whose
process was killed stayed ``running`` for ever.  Every run started since
records its process; a ``running`` run without one was started before the
upgrade.  Should a process of the older truce still be at work on one, it
overwrites the status when its run ends, so that run is still recorded as
it finishes.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NOTE = "interrupted: stored before truce recorded the process of a run, and never finished"


def upgrade() -> None:
    """Mark the ``running`` rows of ``runs`` without a ``pid`` ``interrupted``, with ``error`` :data:`NOTE`.

    Adds and drops no table or column.
    """
    runs = sa.table("runs", sa.column("status", sa.String), sa.column("pid", sa.Integer),
                    sa.column("error", sa.Text))
    op.execute(runs.update().where(runs.c.status == "running", runs.c.pid.is_(None))
               .values(status="interrupted", error=NOTE))


def downgrade() -> None:
    """Set the rows of ``runs`` so marked (``error`` :data:`NOTE`, no ``pid``) back to ``running``.

    Adds and drops no table or column.
    """
    runs = sa.table("runs", sa.column("status", sa.String), sa.column("pid", sa.Integer),
                    sa.column("error", sa.Text))
    op.execute(runs.update().where(runs.c.status == "interrupted", runs.c.pid.is_(None), runs.c.error == NOTE)
               .values(status="running", error=None))
