"""What the workspace hands back: scenario versions, runs, articles, and a run being recorded."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from truce.store.liveness import RunProcess, process_gone

if TYPE_CHECKING:
    from truce.model.scenario import Scenario
    from truce.store.workspace import Workspace

__all__ = ["ArticleRecord", "RunHandle", "RunRecord", "ScenarioVersion", "aware", "run_record"]

#: Seconds between two progress writes of one run.
PROGRESS_INTERVAL_S = 0.5


@dataclass(frozen=True)
class ScenarioVersion:
    """One stored version of a scenario (its YAML text and content hash)."""

    id: int
    key: str
    name: str | None
    number: int
    content_hash: str
    document: str
    origin: str | None
    created_at: dt.datetime

    def scenario(self) -> Scenario:
        """The stored scenario, validated again."""
        import yaml

        from truce.model.scenario import Scenario

        return Scenario.model_validate(yaml.safe_load(self.document))

    def to_json(self) -> dict[str, Any]:
        """The version's metadata, without its document (``scenario`` is the scenario's id)."""
        return {"scenario": self.key, "name": self.name, "version": self.number,
                "content_hash": self.content_hash, "origin": self.origin,
                "created_at": self.created_at.isoformat()}


@dataclass(frozen=True)
class RunRecord:
    """A stored run of an engine; ``result`` is None for listings and unfinished runs."""

    id: int
    kind: str
    status: str
    scenario: str | None
    scenario_version: int | None
    variant: str | None
    parameters: dict[str, Any]
    seed: int | None
    truce_version: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    duration_s: float | None
    progress: tuple[int | None, int | None]
    error: str | None
    result: Any = None
    process: RunProcess | None = None

    def to_json(self, *, with_result: bool = True) -> dict[str, Any]:
        """The run as ``truce show --json`` prints it; without ``result`` for listings."""
        document: dict[str, Any] = {
            "id": self.id, "kind": self.kind, "status": self.status, "scenario": self.scenario,
            "scenario_version": self.scenario_version, "variant": self.variant,
            "parameters": self.parameters, "seed": self.seed, "truce_version": self.truce_version,
            "started_at": self.started_at.isoformat(),
            "finished_at": None if self.finished_at is None else self.finished_at.isoformat(),
            "duration_s": self.duration_s,
            "progress": {"done": self.progress[0], "total": self.progress[1]},
            "error": self.error,
            "process": None if self.process is None else self.process.to_json(),
        }
        if with_result:
            document["result"] = self.result
        return document


@dataclass(frozen=True)
class ArticleRecord:
    """A stored article and how many events were extracted from it."""

    id: int
    title: str
    published: dt.date
    events: int
    created_at: dt.datetime
    text: str = field(default="", repr=False)

    def to_json(self) -> dict[str, Any]:
        """The article's metadata and event count, without its text."""
        return {"id": self.id, "title": self.title, "published": self.published.isoformat(),
                "events": self.events, "created_at": self.created_at.isoformat()}


def aware(value: dt.datetime | None) -> dt.datetime | None:
    """A stored time as UTC (SQLite hands back naive datetimes; every stored time is UTC)."""
    return value if value is None or value.tzinfo else value.replace(tzinfo=dt.UTC)


def run_record(row: Any, with_result: bool) -> RunRecord:
    """A row of the runs query as a record; a ``running`` run whose process is gone is ``interrupted``."""
    now = dt.datetime.now(dt.UTC)
    process = None if row.pid is None else RunProcess(row.host, row.pid, row.process_start,
                                                       aware(row.heartbeat_at))
    status = row.status
    if status == "running" and process is not None and process_gone(process, now):
        status = "interrupted"
    return RunRecord(
        id=row.id, kind=row.kind, status=status, scenario=row.key, scenario_version=row.number,
        variant=row.variant, parameters=row.parameters, seed=row.seed, truce_version=row.truce_version,
        started_at=aware(row.started_at) or now, finished_at=aware(row.finished_at),
        duration_s=row.duration_s, progress=(row.progress_done, row.progress_total), error=row.error,
        result=row.result if with_result else None, process=process,
    )


@dataclass
class RunHandle:
    """A run being recorded: set ``result``; call ``progress`` as work advances."""

    workspace: Workspace
    id: int
    result: Any = None
    _last_progress: float = 0.0

    def progress(self, done: int, total: int) -> None:
        """Record progress, at most every :data:`PROGRESS_INTERVAL_S` seconds (and at the end)."""
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL_S or done >= total:
            self._last_progress = now
            self.workspace.report_progress(self.id, done, total)
