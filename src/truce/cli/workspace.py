"""The workspace from the command line: ``runs``, ``show`` and ``export`` (``--save`` and ``--db``
of engine commands are in :mod:`truce.cli.saving`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from truce.cli.app import app, console, err_console, escape, print_json
from truce.cli.saving import DbOpt

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from truce.store import RunRecord, Workspace

__all__ = ["export", "render_stored_run", "runs", "show"]


def _kv_table(title: str, rows: list[tuple[str, str]]) -> Table:
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column("")
    table.add_column("", overflow="fold")
    for key, value in rows:
        table.add_row(key, escape(value))
    return table


def _render_analysis(workspace: Workspace, record: RunRecord, result: Any, out: Console) -> None:
    from truce.analysis.summary import summarize
    from truce.cli.analysis import _positions_date
    from truce.cli.render import render_analysis

    assert record.scenario is not None and record.scenario_version is not None  # stored_result checked
    base = workspace.scenario_version(record.scenario, record.scenario_version).scenario()
    when = _positions_date(base, record.variant, record.parameters.get("as_of"))
    render_analysis(result, out, frontier_limit=10, summary=summarize(result, as_of=when))


def _render_diff(workspace: Workspace, record: RunRecord, result: Any, out: Console) -> None:
    from truce.cli.analysis import diff_title
    from truce.cli.render import render_diff

    assert record.scenario is not None and record.scenario_version is not None  # stored_result checked
    base = workspace.scenario_version(record.scenario, record.scenario_version).scenario()
    p = record.parameters
    unchanged = not (p.get("red_lines") or p.get("reservations") or p.get("drop_red_lines"))
    title = diff_title(base, p.get("after"), record.variant, p.get("variant"), unchanged)
    render_diff(result, out, title=title)


def _render_conflict(workspace: Workspace, record: RunRecord, result: Any, out: Console) -> None:
    from truce.cli.conflict import render_conflict, render_inverse

    conflict, inverse = result
    render_conflict(conflict, out)
    if inverse is not None:
        render_inverse(inverse, conflict, out)


def _render_estimates(workspace: Workspace, record: RunRecord, result: Any, out: Console) -> None:
    from truce.cli.estimate import render_estimates

    name = result.scenario
    if record.scenario is not None and record.scenario_version is not None:
        name = workspace.scenario_version(record.scenario, record.scenario_version).name or record.scenario
    render_estimates(result, name, out)


def _render_mediation(workspace: Workspace, record: RunRecord, result: Any, out: Console) -> None:
    from truce.cli.analysis import _moment
    from truce.cli.mediation import render_mediation

    assert record.scenario is not None and record.scenario_version is not None  # stored_result checked
    base = workspace.scenario_version(record.scenario, record.scenario_version).scenario()
    render_mediation(result, out, scenario=_moment(base, record.variant, record.parameters.get("as_of")))


def _render_simulation(workspace: Workspace, record: RunRecord, result: Any, out: Console) -> None:
    from truce.cli.simulation import render_simulation

    render_simulation(result, out)


#: The renderer of each kind in :data:`~truce.store.replay.REPLAYED`: the command's own, on the result object.
RENDERERS: dict[str, Callable[[Workspace, RunRecord, Any, Console], None]] = {
    "analysis": _render_analysis, "conflict": _render_conflict, "diff": _render_diff,
    "estimate": _render_estimates, "mediation": _render_mediation, "simulation": _render_simulation,
}


def _render_result(workspace: Workspace, record: RunRecord, out: Console) -> None:
    """A stored result with the renderer of the command that made it (JSON when it cannot be rebuilt)."""
    from truce.errors import StoreError
    from truce.store.replay import REPLAYED, stored_result

    if record.kind == "news" and isinstance(record.result, dict):
        from truce.cli.news import render_article

        for article in record.result.get("articles", []):
            render_article(article.get("id") or "article", article, out)
        return
    if record.kind not in REPLAYED:
        out.print_json(data=record.result)
        return
    if record.kind not in ("simulation", "estimate"):
        err_console.print(f"running run {record.id} again from its stored scenario, parameters and seed …",
                          highlight=False, markup=False)
    try:
        result = stored_result(workspace, record)
    except StoreError as exc:
        err_console.print(f"note: {exc}; the stored result follows as JSON", highlight=False, markup=False)
        out.print_json(data=record.result)
        return
    RENDERERS[record.kind](workspace, record, result, out)


def render_stored_run(workspace: Workspace, record: RunRecord, out: Console) -> None:
    """A stored run: what, when, on which scenario version, then its result."""
    rows = [("kind", record.kind), ("status", record.status),
            ("scenario", "—" if record.scenario is None
             else f"{record.scenario} (version {record.scenario_version})"),
            ("variant", record.variant or "—"), ("seed", "—" if record.seed is None else str(record.seed)),
            ("parameters", json.dumps(record.parameters, ensure_ascii=False)),
            ("truce", record.truce_version), ("started", record.started_at.isoformat(timespec="seconds")),
            ("duration", "—" if record.duration_s is None else f"{record.duration_s:.2f} s")]
    out.print(_kv_table(f"Run {record.id}", rows))
    if record.status == "failed":
        out.print(f"[bold red]failed:[/] {escape(str(record.error))}", highlight=False)
    elif record.status in ("running", "interrupted"):
        done, total = record.progress
        where = "" if total is None else f" ({done:,} of {total:,} done)"
        if record.status == "running":
            out.print("still running" + where, highlight=False)
        elif record.process is None:  # stored before runs recorded their process (see migration 0005)
            out.print(f"{record.error or 'interrupted'}{where}", highlight=False, markup=False)
        else:
            process = record.process
            out.print(f"interrupted: its process ({process.pid} on {process.host}) stopped before it finished"
                      + where, highlight=False, markup=False)
    else:
        _render_result(workspace, record, out)


@app.command("runs")
def runs(db: DbOpt = None,
         kind: Annotated[str | None, typer.Option("--kind", help="Only runs of this kind.")] = None,
         limit: Annotated[int | None, typer.Option("--limit", min=1, help="At most N runs.")] = None,
         as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False) -> None:
    """List the runs stored in the workspace, newest first."""
    from rich.table import Table

    from truce.store import Workspace

    workspace = Workspace.open(db)
    records = workspace.runs(kind=kind, limit=limit)
    if as_json:
        print_json([r.to_json(with_result=False) for r in records])
        return
    table = Table(title=escape(f"Runs in {workspace.location}"), title_justify="left")
    for column in ("id", "kind", "status", "scenario", "variant", "started", "duration"):
        table.add_column(column)
    for r in records:
        table.add_row(str(r.id), r.kind, r.status,
                      "—" if r.scenario is None else escape(f"{r.scenario} v{r.scenario_version}"),
                      escape(r.variant or "—"),
                      r.started_at.isoformat(timespec="seconds"),
                      "—" if r.duration_s is None else f"{r.duration_s:.2f} s")
    console.print(table)
    if not records:
        console.print("No runs stored yet: add --save to an engine command (analyze, diff, estimate, "
                      "conflict, mediate, simulate, ingest).")


RunArg = Annotated[int, typer.Argument(help="Run id, as `truce runs` lists it.")]


@app.command("show")
def show(run_id: RunArg, db: DbOpt = None,
         as_json: Annotated[bool, typer.Option("--json", help="Print the stored run as JSON.")] = False,
         ) -> None:
    """Show a stored run and its result again, as the command that made it showed it."""
    from truce.store import Workspace

    workspace = Workspace.open(db)
    record = workspace.run(run_id)
    if as_json:
        print_json(record.to_json())
    else:
        render_stored_run(workspace, record, console)


@app.command("export")
def export(run_id: RunArg, db: DbOpt = None,
           output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file.")] = None,
           force: Annotated[bool, typer.Option("--force", help="Overwrite the output file.")] = False,
           ) -> None:
    """Write a stored run (parameters, seed, versions and result) as JSON."""
    from truce.io.files import write_text_file
    from truce.store import Workspace

    text = json.dumps(Workspace.open(db).run(run_id).to_json(), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        typer.echo(text, nl=False)
        return
    write_text_file(output, text, overwrite=force)
    err_console.print(f"run {run_id} written to {output}", highlight=False, markup=False)
