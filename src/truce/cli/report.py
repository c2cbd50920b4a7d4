"""``truce report``: one self-contained HTML file for a scenario."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from truce.cli.app import app as cli
from truce.cli.app import err_console, print_json
from truce.errors import TruceError

__all__ = ["report", "write_report"]


def write_report(scenario: str, output: Path, *, variant: str | None = None, runs: list[int] | None = None,
                 db: str | None = None, force: bool = False) -> Path:
    """Build the report of ``scenario`` (file or bundled name) and write it to ``output``.

    An existing ``output`` is refused unless ``force`` is set.
    """
    from truce.io.files import write_text_file
    from truce.io.scenario_file import load_scenario
    from truce.report import ReportInputs, render_report

    if output.exists() and not force:
        raise TruceError("the file already exists", file=output,
                         hint="choose another output file or pass --force")
    loaded = load_scenario(scenario)
    conflict = None
    if loaded.conflict is not None:
        from truce.conflict.overview import analyze_conflict
        from truce.io.gmcr import load_conflict

        conflict = analyze_conflict(load_conflict(scenario))
    events, records = [], []
    if runs or db is not None:
        from truce.store import Workspace

        workspace = Workspace.open(db)
        events = workspace.events(scenario=loaded.id)
        records = [workspace.run(run_id) for run_id in runs or []]
    inputs = ReportInputs(loaded, variant=variant, conflict=conflict, events=events, runs=records)
    html = render_report(inputs)
    return write_text_file(output, html, overwrite=force)


@cli.command("report")
def report(
    scenario: Annotated[str, typer.Argument(help="Scenario YAML file, or the name of a bundled scenario.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("report.html"),
    variant: Annotated[str | None, typer.Option("--variant", help="Report on this variant.")] = None,
    run: Annotated[list[int] | None, typer.Option("--run", help="Add a stored run (repeatable).")] = None,
    db: Annotated[str | None, typer.Option(
        "--db", help="Workspace for --run and stored news (default $TRUCE_DB, else ./truce.db).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print {\"report\": PATH} as JSON.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file.")] = False,
) -> None:
    """Write one self-contained HTML report (plots, tables, caveats; works offline)."""
    path = write_report(scenario, output, variant=variant, runs=run, db=db, force=force)
    if as_json:
        print_json({"report": str(path.resolve())})
    else:
        err_console.print(f"report written to {path}", highlight=False)
