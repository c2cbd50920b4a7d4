"""``truce demo``: the flagship analysis end to end (content from :func:`truce.analysis.walkthrough`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from truce.cli.app import app, console, print_json
from truce.cli.mediation import mediation_section
from truce.cli.simulation import simulation_section

if TYPE_CHECKING:
    from rich.console import Console

    from truce.analysis.walkthrough import Walkthrough

FLAGSHIP = "gaza-ceasefire-2024"


def _count(size: int | None) -> str:
    return "not counted" if size is None else f"{size:,}"


def render_walkthrough(story: Walkthrough, out: Console, *, frontier_limit: int = 8) -> None:
    """The base scenario in full, then each variant's summary and what each step changed."""
    from rich.markup import escape

    from truce.cli.render import (
        COUNT_CAVEAT,
        diff_side,
        render_analysis,
        render_diff,
        render_issues,
        render_items,
        render_summary,
    )

    base = story.scenario
    out.rule(f"[bold]{escape(base.name or base.id)}")
    if base.description:
        out.print(" ".join(base.description.split()), highlight=False, markup=False)
    negotiators = ", ".join(p.label for p in base.negotiators)
    mediators = ", ".join(p.label for p in base.parties if p.role == "mediator") or "none"
    out.print(f"Parties: {negotiators}.  Mediators: {mediators}.", markup=False)
    render_issues(base, out)
    out.rule("Analysis of the base scenario")
    render_analysis(story.base.analysis, out, frontier_limit=frontier_limit, summary=story.base.summary)
    out.rule("Variants over time")
    out.print(f"Packages in the agreement zone at each step ({COUNT_CAVEAT}):", highlight=False)
    render_items(out, (f"{diff_side(base, s.variant)}: {_count(s.analysis.zone.size)}" for s in story.steps))
    for before, after, diff in story.diffs:
        out.print()
        render_diff(diff, out, title=f"{diff_side(base, before.variant)} → {diff_side(base, after.variant)}")
        render_summary(after.summary, out, title="Summary after this step")


@app.command()
def demo(
    scenario: Annotated[str, typer.Argument(help="Bundled scenario name or scenario file.")] = FLAGSHIP,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    frontier_limit: Annotated[int, typer.Option("--frontier-limit", min=0)] = 8,
) -> None:
    """Load the flagship scenario and show issues, zone, frontier, solutions, red lines and variants."""
    from truce.analysis.walkthrough import walkthrough
    from truce.io.scenario_file import load_scenario

    base = load_scenario(scenario)
    story = walkthrough(base)
    conflict = None
    if base.conflict is not None:
        from truce.conflict.overview import analyze_conflict
        from truce.io.gmcr import load_conflict

        conflict = analyze_conflict(load_conflict(scenario))

    if as_json:
        document: dict[str, Any] = story.to_json(frontier_limit)
        if conflict is not None:
            from truce.cli.conflict import conflict_extras

            document["conflict"] = conflict.to_json() | conflict_extras(conflict)
        document["simulation"] = simulation_section(scenario, console, as_json=True)
        document["mediation"] = mediation_section(scenario, console, as_json=True)
        print_json(document)
        return

    render_walkthrough(story, console, frontier_limit=frontier_limit)
    if conflict is not None:
        from truce.cli.conflict import render_conflict

        console.rule("Graph model of the standoff")
        render_conflict(conflict, console)
    simulation_section(scenario, console)
    mediation_section(scenario, console)
