"""``truce demo``: the flagship analysis end to end."""

from __future__ import annotations

from itertools import pairwise
from typing import Annotated, Any

import typer

from truce.cli.app import app, console, print_json
from truce.cli.mediation import mediation_section
from truce.cli.simulation import simulation_section

FLAGSHIP = "gaza-ceasefire-2024"


@app.command()
def demo(
    scenario: Annotated[str, typer.Argument(help="Bundled scenario name or scenario file.")] = FLAGSHIP,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    frontier_limit: Annotated[int, typer.Option("--frontier-limit", min=0)] = 8,
) -> None:
    """Load the flagship scenario and show issues, zone, frontier, solutions, red lines and variants."""
    from rich.markup import escape
    from rich.table import Table

    from truce.analysis import analyze, diff_scenarios
    from truce.cli.render import render_analysis, render_diff, render_issues
    from truce.io.scenario_file import load_scenario

    base = load_scenario(scenario)
    variants = sorted(base.variants, key=lambda v: (v.date is None, v.date))
    steps = [("base", base)] + [(v.id, base.with_variant(v.id)) for v in variants]
    analyses = [(name, analyze(s)) for name, s in steps]
    diffs = [
        (f"{a_name} → {b_name}", diff_scenarios(a, b)) for (a_name, a), (b_name, b) in pairwise(steps[1:])
    ]
    conflict = None
    if base.conflict is not None:
        from truce.conflict.overview import analyze_conflict
        from truce.io.gmcr import load_conflict

        conflict = analyze_conflict(load_conflict(scenario))

    if as_json:
        document: dict[str, Any] = {
            "scenario": base.id,
            "analysis": analyses[0][1].to_json(frontier_limit),
            "variants": [
                {
                    "id": name,
                    "date": None if v is None or v.date is None else v.date.isoformat(),
                    "confidence": None if v is None else v.confidence,
                    "zone_size": a.zone.size,
                    "frontier_size": len(a.zone_frontier),
                    "binding_red_lines": [b.id for b in a.zone.binding],
                    "nash": None if a.solutions["nash"] is None else a.outcome_ids(a.solutions["nash"].outcome),
                }
                for (name, a), v in zip(analyses, [None, *variants], strict=True)
            ],
            "diffs": [{"step": label, **d.to_json()} for label, d in diffs],
        }
        if conflict is not None:
            document["conflict"] = conflict.to_json()
        document["simulation"] = simulation_section(scenario, console, as_json=True)
        document["mediation"] = mediation_section(scenario, console, as_json=True)
        print_json(document)
        return

    console.rule(f"[bold]{escape(base.name or base.id)}")
    if base.description:
        console.print(base.description.strip(), highlight=False, markup=False)
    negotiators = ", ".join(p.label for p in base.negotiators)
    mediators = ", ".join(p.label for p in base.parties if p.role == "mediator") or "none"
    console.print(f"Parties: {negotiators}.  Mediators: {mediators}.", markup=False)
    render_issues(base, console)
    console.rule("Analysis of the base scenario")
    render_analysis(analyses[0][1], console, frontier_limit=frontier_limit)
    console.rule("Variants over time")
    table = Table()
    for column in ("variant", "date", "confidence", "zone", "frontier", "binding red lines"):
        table.add_column(column)
    for (name, a), v in zip(analyses, [None, *variants], strict=True):
        table.add_row(
            escape(name),
            "—" if v is None or v.date is None else v.date.isoformat(),
            "—" if v is None else v.confidence,
            "not counted" if a.zone.size is None else f"{a.zone.size:,}",
            f"{len(a.zone_frontier):,}",
            escape(", ".join(b.id for b in a.zone.binding)) or "—",
        )
    console.print(table)
    for label, d in diffs:
        render_diff(d, console, title=label)
    if conflict is not None:
        from truce.cli.conflict import render_conflict

        console.rule("Graph model of the standoff")
        render_conflict(conflict, console)
    simulation_section(scenario, console)
    mediation_section(scenario, console)

