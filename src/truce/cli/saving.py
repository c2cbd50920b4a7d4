"""Saving engine runs from the command line: the ``--save`` and ``--db`` options and the run they record.

Kept apart from the workspace commands (``runs``, ``show``, ``export``) so that an
engine command does not register or import those.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from truce.cli.app import err_console
from truce.errors import TruceError

if TYPE_CHECKING:
    from truce.model.scenario import Scenario
    from truce.store import RunHandle

__all__ = ["DbOpt", "SaveOpt", "progress_with", "save_articles", "saved_run"]

SaveOpt = Annotated[bool, typer.Option("--save", help="Store the run and its scenario in the workspace.")]
DbOpt = Annotated[str | None, typer.Option(
    "--db", help="Workspace: SQLite file or database URL (default $TRUCE_DB, else ./truce.db).")]


@contextmanager
def saved_run(save: bool, db: str | None, kind: str, *, scenario: Scenario | None = None,
              origin: str | None = None, parameters: dict[str, Any] | None = None, seed: int | None = None,
              variant: str | None = None) -> Iterator[RunHandle | None]:
    """Record the run in the ``with`` block when ``save`` is set (yields None otherwise)."""
    if not save:
        if db is not None:
            raise TruceError("--db is given without --save", hint="add --save to store this run")
        yield None
        return
    from truce.io.scenario_file import inline_conflict
    from truce.store import Workspace

    workspace = Workspace.open(db)
    try:
        version = None
        if scenario is not None:
            stored = inline_conflict(scenario, origin) if origin is not None else scenario
            version = workspace.add_scenario(stored, origin=origin)
        with workspace.record_run(kind, scenario_version=version, parameters=parameters or {}, seed=seed,
                                  variant=variant) as run:
            yield run
        err_console.print(f"saved as run {run.id} in {workspace.location}", highlight=False, markup=False)
    finally:
        workspace.close()


def save_articles(save: bool, db: str | None, names: list[str], analyses: list[Any], *,
                  scenario: Scenario | None, origin: str | None) -> None:
    """Store ingested articles, their events and the ``news`` run that found them."""
    with saved_run(save, db, "news", scenario=scenario, origin=origin,
                   parameters={"articles": names}) as run:
        if run is None:
            return
        for name, analysis in zip(names, analyses, strict=True):
            run.workspace.add_article(
                Path(name).name, analysis.publication_date, analysis.text,
                [e.to_json() for e in analysis.events], [s.text for s in analysis.sentences],
                scenario=None if scenario is None else scenario.id)
        run.result = {"articles": [dict(a.to_json(), id=Path(n).name)
                                   for n, a in zip(names, analyses, strict=True)]}


def progress_with(run: RunHandle | None, advance: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """A progress callback that feeds the progress bar and, when saving, the stored run."""
    if run is None:
        return advance
    counted = 0

    def both(done: int, total: int) -> None:
        nonlocal counted
        counted += done
        advance(done, total)
        run.progress(counted, total)

    return both
