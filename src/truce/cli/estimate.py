"""``truce estimate``: which evidence raised or lowered which estimate."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from truce.cli.app import app, console, escape, print_json
from truce.cli.saving import DbOpt, SaveOpt, saved_run
from truce.errors import TruceError

if TYPE_CHECKING:
    from rich.console import Console

    from truce.estimation.explain import EstimateReport


@app.command()
def estimate(
    scenario: Annotated[str, typer.Argument(help="Scenario YAML file, or the name of a bundled scenario.")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Red lines and reservation values as of YYYY-MM-DD.")
    ] = None,
    write: Annotated[
        bool,
        typer.Option("--write", help="Rewrite the scenario's estimates, positions, shocks and variants."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    save: SaveOpt = False,
    db: DbOpt = None,
) -> None:
    """Compute a scenario's estimates from its evidence file and explain each number."""
    from truce.estimation.explain import explain_estimates
    from truce.estimation.scenario import estimated_scenario
    from truce.io.evidence_file import evidence_of_scenario, write_estimated_scenario
    from truce.io.scenario_file import resolve_scenario_path

    loaded, evidence = evidence_of_scenario(scenario)
    try:
        date = loaded.date if as_of is None else dt.date.fromisoformat(as_of)
    except ValueError:
        raise TruceError(f"--as-of {as_of!r} is not a date", hint="write it as YYYY-MM-DD") from None
    if date is None:
        raise TruceError("the scenario has no date", hint="give --as-of YYYY-MM-DD")
    with saved_run(save, db, "estimate", scenario=loaded, origin=scenario,
                   parameters={"as_of": date.isoformat(), "evidence": loaded.evidence}) as run:
        report = explain_estimates(evidence, loaded, date)
        if run is not None:
            run.result = report.to_json()
    if write:
        path = write_estimated_scenario(resolve_scenario_path(scenario), estimated_scenario(loaded, evidence))
        console.print(f"wrote the estimates to {path}", highlight=False)
        return
    if as_json:
        print_json(report.to_json())
        return
    render_estimates(report, loaded.name or loaded.id, console)


def render_estimates(report: EstimateReport, title: str, out: Console) -> None:
    """Each party's reservation value, then per issue its weight, red line and the evidence that moved them.

    Lists with hanging indents rather than a table, so that no cell is cut at 80 columns.
    """
    from truce.cli.render import render_items

    out.print(f"[bold]Estimates of {escape(title)}[/] as of {report.as_of:%d %b %Y}", highlight=False)
    out.print(report.rule, highlight=False, markup=False)
    for party in report.parties:
        out.rule(escape(party.label))
        reservation = f"Reservation value {party.reservation_value}: {party.reservation_reason}"
        render_items(out, [reservation], indent=0)
        for row in party.issues:
            red_line = f"; red line: {row.red_line}" if row.red_line else ""
            render_items(out, [f"{row.issue}: weight {row.weight}{red_line}"], indent=0)
            render_items(out, row.effects or ("no counted evidence moved a number",), indent=2, bullet="–")
        if party.listed:
            out.print("Listed but not counted (disputed or unverified):", highlight=False)
            render_items(out, party.listed)
