"""Versioned schema: upgrades in place from the first revision, refuses a newer database."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from truce.errors import StoreError
from truce.store import HEAD_REVISION, Workspace, known_revisions, upgrade_schema
from truce.store.database import connect
from truce.store.tables import metadata


def test_head_revision_is_the_newest_migration() -> None:
    revisions = known_revisions()
    assert revisions[0] == "0001" and revisions[-1] == HEAD_REVISION


def test_tables_match_what_the_migrations_build(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = connect(db_url)
    upgrade_schema(engine)
    with engine.connect() as c:
        differences = compare_metadata(MigrationContext.configure(c), metadata)
    assert differences == []


def test_a_database_made_by_the_first_migration_is_upgraded_in_place(db_url: str) -> None:
    engine = connect(db_url)
    upgrade_schema(engine, "0001")
    now = dt.datetime(2024, 8, 19, tzinfo=dt.UTC)
    with engine.begin() as c:
        c.execute(sa.text("INSERT INTO scenarios (id, key, name, created_at) VALUES (1, 'toy', 'Toy', :t)"),
                  {"t": now})
        c.execute(sa.text("INSERT INTO scenario_versions (id, scenario_id, number, content_hash, document, "
                          "created_at) VALUES (1, 1, 1, :h, 'id: toy', :t)"), {"h": "0" * 64, "t": now})
        c.execute(sa.text("INSERT INTO runs (kind, status, scenario_version_id, parameters, seed, "
                          "truce_version, result, started_at) VALUES ('analysis', 'succeeded', 1, '{}', 3, "
                          "'0.0.1', '{\"zone_size\": 4}', :t)"), {"t": now})
        assert not sa.inspect(c).has_table("articles")
    engine.dispose()
    workspace = Workspace.open(db_url)
    (run,) = workspace.runs()
    assert (run.scenario, run.seed, run.truce_version, run.variant) == ("toy", 3, "0.0.1", None)
    assert workspace.run(run.id).result == {"zone_size": 4}
    assert workspace.articles() == []
    with workspace.engine.connect() as c:
        assert c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION


def test_a_database_from_a_newer_truce_is_refused(db_url: str) -> None:
    Workspace.open(db_url).close()
    engine = connect(db_url)
    with engine.begin() as c:
        c.execute(sa.text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(StoreError, match="schema revision '0999', newer than this truce knows"):
        Workspace.open(db_url)
    with engine.connect() as c:  # refused, not changed
        assert c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "0999"


def test_a_database_with_foreign_tables_is_not_taken_over(db_url: str) -> None:
    engine = connect(db_url)
    with engine.begin() as c:
        c.execute(sa.text("CREATE TABLE notes (id INTEGER PRIMARY KEY)"))
    with pytest.raises(StoreError, match="not a truce workspace"):
        Workspace.open(db_url)


def test_runs_left_running_before_runs_recorded_their_process_are_marked_interrupted(db_url: str) -> None:
    engine = connect(db_url)
    upgrade_schema(engine, "0003")
    now = dt.datetime(2024, 8, 19, tzinfo=dt.UTC)
    insert = sa.text("INSERT INTO runs (id, kind, status, parameters, truce_version, started_at, "
                     "progress_done, progress_total) "
                     "VALUES (:id, 'mediation', :status, '{}', '0.0.1', :t, 40, 100)")
    with engine.begin() as c:
        for run_id, status in [(1, "succeeded"), (2, "running"), (3, "failed")]:
            c.execute(insert, {"id": run_id, "status": status, "t": now})
    engine.dispose()
    workspace = Workspace.open(db_url)
    statuses = [(r.id, r.status) for r in workspace.runs()]
    assert statuses == [(3, "failed"), (2, "interrupted"), (1, "succeeded")]
    interrupted = workspace.run(2)
    assert interrupted.process is None and interrupted.finished_at is None
    assert interrupted.progress == (40, 100)
    assert interrupted.error is not None and "never finished" in interrupted.error
    # a run started now records its process and stays running while that process lives
    with workspace.record_run("analysis") as handle:
        assert workspace.run(handle.id).status == "running"
        Workspace.open(db_url).close()  # opening again (schema at head) changes nothing
        assert workspace.run(handle.id).status == "running"
    from rich.console import Console

    from truce.cli.workspace import render_stored_run

    out = Console(record=True, width=120)
    render_stored_run(workspace, interrupted, out)
    assert "never finished (40 of 100 done)" in out.export_text()
