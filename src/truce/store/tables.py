"""The workspace tables as SQLAlchemy Core objects, as the newest migration leaves them.

The migrations in ``migrations/versions`` are the source of truth for the
schema; a test checks that these tables match what they build.
"""

from __future__ import annotations

import sqlalchemy as sa

__all__ = ["articles", "events", "metadata", "runs", "scenario_versions", "scenarios"]

metadata = sa.MetaData()

scenarios = sa.Table(
    "scenarios", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(200), nullable=False, unique=True),
    sa.Column("name", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

scenario_versions = sa.Table(
    "scenario_versions", metadata,
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

runs = sa.Table(
    "runs", metadata,
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
    sa.Column("variant", sa.String(200)),
    sa.Column("progress_done", sa.BigInteger),
    sa.Column("progress_total", sa.BigInteger),
    sa.Column("host", sa.String(255)),
    sa.Column("pid", sa.Integer),
    sa.Column("process_start", sa.BigInteger),
    sa.Column("heartbeat_at", sa.DateTime(timezone=True)),
    sa.Index("ix_runs_kind", "kind"),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("published", sa.Date, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

events = sa.Table(
    "events", metadata,
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
    sa.Index("ix_events_article", "article_id"),
    sa.Index("ix_events_scenario_issue", "scenario_id", "issue"),
)
