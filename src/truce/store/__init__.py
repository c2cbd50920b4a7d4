"""The workspace store: scenarios with versions, runs of every engine, articles and events.

SQLite by default (``truce.db``, ``--db PATH`` or ``$TRUCE_DB``), Postgres by
URL; the schema is versioned with Alembic migrations that ship in the package
and are applied, in one transaction, when a workspace is opened.
"""

from truce.store.database import HEAD_REVISION, database_url, known_revisions, upgrade_schema
from truce.store.liveness import RunProcess
from truce.store.records import ArticleRecord, RunHandle, RunRecord, ScenarioVersion
from truce.store.workspace import Workspace, scenario_hash

__all__ = [
    "HEAD_REVISION",
    "ArticleRecord",
    "RunHandle",
    "RunProcess",
    "RunRecord",
    "ScenarioVersion",
    "Workspace",
    "database_url",
    "known_revisions",
    "scenario_hash",
    "upgrade_schema",
]
