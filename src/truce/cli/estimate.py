"""``truce estimate``: which evidence raised or lowered which estimate."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from truce.cli.app import app, console, print_json
from truce.errors import TruceError


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
) -> None:
    """Compute a scenario's estimates from its evidence file and explain each number."""
    from rich.table import Table

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
    report = explain_estimates(evidence, loaded, date)
    if write:
        path = write_estimated_scenario(resolve_scenario_path(scenario), estimated_scenario(loaded, evidence))
        console.print(f"wrote the estimates to {path}", highlight=False)
        return
    if as_json:
        print_json(report.to_json())
        return
    console.print(f"[bold]Estimates of {loaded.name or loaded.id}[/] as of {date:%d %b %Y}", highlight=False)
    console.print(report.rule, highlight=False)
    for party in report.parties:
        console.rule(party.label)
        console.print(
            f"Reservation value {party.reservation_value}: {party.reservation_reason}", highlight=False
        )
        table = Table(show_lines=True, expand=True)
        table.add_column("issue", ratio=2)
        table.add_column("weight", justify="right", ratio=1)
        table.add_column("red line", ratio=3)
        table.add_column("evidence that moved a number", ratio=6)
        for row in party.issues:
            table.add_row(row.issue, row.weight, row.red_line or "—", "\n".join(row.effects) or "—")
        console.print(table)
        if party.listed:
            console.print("Listed but not counted (disputed or unverified):", highlight=False)
            for line in party.listed:
                console.print(f"  • {line}", highlight=False, markup=False)
