"""The workspace: scenarios with versions, runs of every engine, articles and events.

>>> from truce.store import Workspace
>>> workspace = Workspace.open("truce.db")  # doctest: +SKIP
>>> version = workspace.add_scenario(scenario)  # doctest: +SKIP
>>> with workspace.record_run("analysis", scenario_version=version, seed=0) as run:  # doctest: +SKIP
...     run.result = truce.analyze(scenario).to_json()

Every write is its own short transaction: a run is recorded as ``running``
when it starts and completed (``succeeded`` with its result, or ``failed``
with its error) when it ends, so a run that crashes or is killed never
touches what was stored before it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from truce import __version__
from truce.errors import StoreError, TruceError
from truce.store.database import connect, database_url, upgrade_schema, write_transaction
from truce.store.liveness import HEARTBEAT_INTERVAL_S, current_process
from truce.store.records import ArticleRecord, RunHandle, RunRecord, ScenarioVersion, aware, run_record

if TYPE_CHECKING:
    from sqlalchemy import Connection, CursorResult, Engine, Select

    from truce.model.scenario import Scenario

__all__ = ["Workspace", "scenario_hash"]

RUN_KINDS = ("analysis", "diff", "conflict", "news", "mediation", "simulation", "estimate")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _inserted_id(result: CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def scenario_hash(scenario: Scenario) -> str:
    """SHA-256 of the scenario's canonical JSON: equal scenarios have equal hashes."""
    document = json.dumps(scenario.model_dump(mode="json"), sort_keys=True, ensure_ascii=False,
                          separators=(",", ":"))
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


class Workspace:
    """Scenarios, runs, articles and events in one database (see :mod:`truce.store.database`).

    Parameters
    ----------
    engine
        A SQLAlchemy engine on a database whose schema is current; :meth:`open`
        connects and upgrades first.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str | None = None) -> Workspace:
        """Open (creating or upgrading as needed) the workspace at ``db``, ``$TRUCE_DB`` or ``truce.db``."""
        engine = connect(database_url(db))
        upgrade_schema(engine)
        return cls(engine)

    @property
    def location(self) -> str:
        """The database file (SQLite) or URL without password."""
        url = self.engine.url
        return str(url.database) if url.get_backend_name() == "sqlite" else url.render_as_string()

    def close(self) -> None:
        """Close the database connections (the workspace can still reconnect on use)."""
        self.engine.dispose()

    def _read(self) -> Connection:
        return self.engine.connect()

    # scenarios -----------------------------------------------------------------------------

    def add_scenario(self, scenario: Scenario, *, origin: str | None = None) -> ScenarioVersion:
        """Store ``scenario``; an unchanged scenario stored again is the same version."""
        import sqlalchemy as sa

        from truce.io.scenario_file import dump_scenario
        from truce.store.tables import scenario_versions, scenarios

        digest = scenario_hash(scenario)
        document = dump_scenario(scenario)

        def add(c: Connection) -> int:
            row = c.execute(sa.select(scenarios.c.id).where(scenarios.c.key == scenario.id)).first()
            if row is None:
                scenario_id = _inserted_id(c.execute(scenarios.insert().values(
                    key=scenario.id, name=scenario.name, created_at=_now())))
            else:
                scenario_id = row.id
            found = c.execute(sa.select(scenario_versions.c.id).where(
                scenario_versions.c.scenario_id == scenario_id,
                scenario_versions.c.content_hash == digest)).first()
            if found is not None:
                return int(found.id)
            last = c.execute(sa.select(sa.func.max(scenario_versions.c.number)).where(
                scenario_versions.c.scenario_id == scenario_id)).scalar()
            c.execute(scenarios.update().where(scenarios.c.id == scenario_id).values(name=scenario.name))
            return _inserted_id(c.execute(scenario_versions.insert().values(
                scenario_id=scenario_id, number=(last or 0) + 1, content_hash=digest, document=document,
                origin=origin, created_at=_now())))

        return self._version_by_id(write_transaction(self.engine, add))

    def _versions_query(self) -> Select[Any]:
        import sqlalchemy as sa

        from truce.store.tables import scenario_versions as v
        from truce.store.tables import scenarios as s

        return sa.select(v.c.id, s.c.key, s.c.name, v.c.number, v.c.content_hash, v.c.document,
                         v.c.origin, v.c.created_at).join(s, s.c.id == v.c.scenario_id)

    @staticmethod
    def _version(row: Any) -> ScenarioVersion:
        return ScenarioVersion(row.id, row.key, row.name, row.number, row.content_hash, row.document,
                               row.origin, aware(row.created_at) or _now())

    def _version_by_id(self, version_id: int) -> ScenarioVersion:
        from truce.store.tables import scenario_versions as v

        with self._read() as c:
            return self._version(c.execute(self._versions_query().where(v.c.id == version_id)).one())

    def scenario_version(self, key: str, number: int | None = None) -> ScenarioVersion:
        """A stored version of scenario ``key`` (the latest when ``number`` is None)."""
        from truce.store.tables import scenario_versions as v
        from truce.store.tables import scenarios as s

        query = self._versions_query().where(s.c.key == key)
        query = query.where(v.c.number == number) if number is not None else query
        with self._read() as c:
            row = c.execute(query.order_by(v.c.number.desc()).limit(1)).first()
        if row is None:
            what = f"scenario {key!r}" + ("" if number is None else f" version {number}")
            raise StoreError(f"no {what} in the workspace {self.location}",
                             hint="store it first (e.g. truce analyze FILE --save)")
        return self._version(row)

    def scenarios(self) -> list[ScenarioVersion]:
        """The latest version of every stored scenario, by key."""
        import sqlalchemy as sa

        from truce.store.tables import scenario_versions as v

        latest = sa.select(v.c.scenario_id, sa.func.max(v.c.number).label("n")).group_by(
            v.c.scenario_id).subquery()
        query = self._versions_query().join(
            latest, sa.and_(latest.c.scenario_id == v.c.scenario_id, latest.c.n == v.c.number))
        with self._read() as c:
            return [self._version(row) for row in c.execute(query.order_by(sa.text("key")))]

    def versions(self, key: str) -> list[ScenarioVersion]:
        """Every stored version of scenario ``key``, oldest first."""
        from truce.store.tables import scenario_versions as v
        from truce.store.tables import scenarios as s

        with self._read() as c:
            rows = c.execute(self._versions_query().where(s.c.key == key).order_by(v.c.number))
            return [self._version(row) for row in rows]

    # runs ------------------------------------------------------------------------------------

    def start_run(self, kind: str, *, parameters: Mapping[str, Any] | None = None, seed: int | None = None,
                  scenario_version: ScenarioVersion | None = None, variant: str | None = None) -> int:
        """Record a run as ``running`` and return its id."""
        from truce.store.tables import runs

        if kind not in RUN_KINDS:
            raise StoreError(f"unknown run kind {kind!r}", hint="one of " + ", ".join(RUN_KINDS))
        host, pid, start = current_process()
        now = _now()
        values = dict(kind=kind, status="running", parameters=dict(parameters or {}), seed=seed,
                      truce_version=__version__, started_at=now, variant=variant,
                      scenario_version_id=None if scenario_version is None else scenario_version.id,
                      host=host, pid=pid, process_start=start, heartbeat_at=now)
        return write_transaction(self.engine,
                                 lambda c: _inserted_id(c.execute(runs.insert().values(**values))))

    def report_progress(self, run_id: int, done: int, total: int) -> None:
        """Record how far a running run has got (this is also a heartbeat)."""
        from truce.store.tables import runs

        write_transaction(self.engine, lambda c: c.execute(runs.update().where(runs.c.id == run_id).values(
            progress_done=done, progress_total=total, heartbeat_at=_now())))

    def heartbeat(self, run_id: int) -> None:
        """Record that the process of a running run is still at work."""
        from truce.store.tables import runs

        write_transaction(self.engine, lambda c: c.execute(
            runs.update().where(runs.c.id == run_id).values(heartbeat_at=_now())))

    @contextmanager
    def keep_alive(self, run_id: int) -> Iterator[None]:
        """Write a heartbeat of ``run_id`` every :data:`HEARTBEAT_INTERVAL_S` seconds in the block."""
        stop = threading.Event()

        def beat() -> None:
            while not stop.wait(HEARTBEAT_INTERVAL_S):
                try:
                    self.heartbeat(run_id)
                except StoreError:  # a missed beat is harmless; the next one may pass the lock
                    continue

        thread = threading.Thread(target=beat, name=f"truce-heartbeat-{run_id}", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()

    def _finish(self, run_id: int, **values: Any) -> None:
        from truce.store.tables import runs

        def finish(c: Connection) -> None:
            started = aware(c.execute(runs.select().with_only_columns(runs.c.started_at)
                                       .where(runs.c.id == run_id)).scalar_one())
            end = _now()
            c.execute(runs.update().where(runs.c.id == run_id).values(
                finished_at=end, duration_s=(end - started).total_seconds() if started else None, **values))

        write_transaction(self.engine, finish)

    def finish_run(self, run_id: int, result: Any) -> None:
        """Store the result of a run (JSON-serialisable) and mark it ``succeeded``."""
        document = json.loads(json.dumps(result, default=str))
        self._finish(run_id, status="succeeded", result=document)

    def fail_run(self, run_id: int, error: str) -> None:
        """Mark a run ``failed`` with its error message; nothing else changes."""
        self._finish(run_id, status="failed", error=error)

    @contextmanager
    def record_run(self, kind: str, **details: Any) -> Iterator[RunHandle]:
        """Record the run in the ``with`` block: its result on success, its error on failure.

        Errors propagate after they are recorded.
        """
        handle = RunHandle(self, self.start_run(kind, **details))
        try:
            with self.keep_alive(handle.id):
                yield handle
        except TruceError as exc:
            self.fail_run(handle.id, str(exc))
            raise
        except BaseException as exc:  # KeyboardInterrupt included: the run did not finish
            self.fail_run(handle.id, f"{type(exc).__name__}: {exc}")
            raise
        self.finish_run(handle.id, handle.result)

    def _runs_query(self, with_result: bool) -> Select[Any]:
        import sqlalchemy as sa

        from truce.store.tables import runs as r
        from truce.store.tables import scenario_versions as v
        from truce.store.tables import scenarios as s

        columns = [r.c.id, r.c.kind, r.c.status, s.c.key, v.c.number, r.c.variant, r.c.parameters,
                   r.c.seed, r.c.truce_version, r.c.started_at, r.c.finished_at, r.c.duration_s,
                   r.c.progress_done, r.c.progress_total, r.c.error, r.c.host, r.c.pid, r.c.process_start,
                   r.c.heartbeat_at]
        if with_result:
            columns.append(r.c.result)
        return (sa.select(*columns).select_from(r)
                .outerjoin(v, v.c.id == r.c.scenario_version_id).outerjoin(s, s.c.id == v.c.scenario_id))

    def runs(self, *, kind: str | None = None, scenario: str | None = None,
             limit: int | None = None) -> list[RunRecord]:
        """Stored runs, newest first, without their results."""
        from truce.store.tables import runs as r
        from truce.store.tables import scenarios as s

        query = self._runs_query(False)
        if kind is not None:
            query = query.where(r.c.kind == kind)
        if scenario is not None:
            query = query.where(s.c.key == scenario)
        query = query.order_by(r.c.id.desc()).limit(limit)
        with self._read() as c:
            return [run_record(row, False) for row in c.execute(query)]

    def run(self, run_id: int) -> RunRecord:
        """One stored run with its result."""
        from truce.store.tables import runs as r

        with self._read() as c:
            row = c.execute(self._runs_query(True).where(r.c.id == run_id)).first()
        if row is None:
            raise StoreError(f"no run {run_id} in the workspace {self.location}",
                             hint="list the stored runs with: truce runs")
        return run_record(row, True)

    # articles and events ---------------------------------------------------------------------

    def add_article(self, title: str, published: dt.date, text: str, events: Sequence[Mapping[str, Any]],
                    sentences: Sequence[str], *, scenario: str | None = None) -> int:
        """Store an article and its coded events (``Event.to_json`` documents); returns its id.

        The same text stored again is the same article (its events are replaced).
        """
        import sqlalchemy as sa

        from truce.store.tables import articles, scenarios
        from truce.store.tables import events as event_table

        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()

        def add(c: Connection) -> int:
            scenario_id = None
            if scenario is not None:
                scenario_id = c.execute(sa.select(scenarios.c.id).where(scenarios.c.key == scenario)).scalar()
            found = c.execute(sa.select(articles.c.id).where(articles.c.content_hash == digest)).scalar()
            if found is None:
                found = _inserted_id(c.execute(articles.insert().values(
                    title=title, published=published, text=text, content_hash=digest,
                    created_at=_now())))
            else:
                c.execute(event_table.delete().where(event_table.c.article_id == found))
            rows = [dict(article_id=found, scenario_id=scenario_id, sentence_index=e["sentence_index"],
                         event_type=e["event_type"], source=_actor(e.get("source")),
                         target=_actor(e.get("target")), issue=e.get("issue"), date=e.get("date"),
                         sentence=sentences[e["sentence_index"]], payload=dict(e)) for e in events]
            if rows:
                c.execute(event_table.insert(), rows)
            return int(found)

        return write_transaction(self.engine, add)

    def articles(self) -> list[ArticleRecord]:
        """Stored articles, newest publication first."""
        import sqlalchemy as sa

        from truce.store.tables import articles as a
        from truce.store.tables import events as e

        count = sa.select(sa.func.count(e.c.id)).where(e.c.article_id == a.c.id).scalar_subquery()
        query = sa.select(a.c.id, a.c.title, a.c.published, count.label("n"), a.c.created_at)
        with self._read() as c:
            rows = c.execute(query.order_by(a.c.published.desc(), a.c.id.desc()))
            return [ArticleRecord(r.id, r.title, r.published, r.n, aware(r.created_at) or _now())
                    for r in rows]

    def events(self, *, scenario: str | None = None, article_id: int | None = None) -> list[dict[str, Any]]:
        """Stored events with their article's title and date, oldest article first."""
        import sqlalchemy as sa

        from truce.store.tables import articles as a
        from truce.store.tables import events as e
        from truce.store.tables import scenarios as s

        query = (sa.select(e, a.c.title, a.c.published).join(a, a.c.id == e.c.article_id)
                 .outerjoin(s, s.c.id == e.c.scenario_id))
        if scenario is not None:
            query = query.where(s.c.key == scenario)
        if article_id is not None:
            query = query.where(e.c.article_id == article_id)
        with self._read() as c:
            rows = c.execute(query.order_by(a.c.published, e.c.article_id, e.c.sentence_index))
            return [{"article": r.article_id, "article_title": r.title,
                     "published": r.published.isoformat(), "sentence_index": r.sentence_index,
                     "event_type": r.event_type, "source": r.source, "target": r.target,
                     "issue": r.issue, "date": r.date, "sentence": r.sentence} for r in rows]


def _actor(value: Any) -> str | None:
    if value is None:
        return None
    return " + ".join(value) if isinstance(value, list | tuple) else str(value)
