"""Rich tables for analysis results (shared by ``analyze``, ``diff`` and ``demo``)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from truce.analysis.diff import ScenarioDiff
from truce.analysis.overview import Analysis
from truce.model.scenario import Scenario

__all__ = ["render_analysis", "render_diff", "render_issues"]

SOLUTION_TITLES = {
    "nash": "Nash",
    "kalai_smorodinsky": "Kalai–Smorodinsky",
    "egalitarian": "Egalitarian",
    "utilitarian": "Utilitarian",
}


def _utilities(values: Iterable[float]) -> str:
    return "  ".join(f"{v:.3f}" for v in values)


def render_issues(scenario: Scenario, console: Console) -> None:
    """Issues and their options, in the order the scenario lists them."""
    console.print(f"[bold]Issues of {escape(scenario.name or scenario.id)}[/]")
    table = Table()
    table.add_column("issue")
    table.add_column("kind")
    table.add_column("options (first → last)")
    for issue in scenario.issues:
        table.add_row(escape(issue.id), issue.kind, escape(", ".join(issue.option_ids)))
    console.print(table)


def render_analysis(analysis: Analysis, console: Console, *, frontier_limit: int = 10) -> None:
    """The zone, frontier, bargaining solutions, binding red lines, proposals and caveats."""
    space = analysis.space
    parties = escape(", ".join(space.parties))
    zone = analysis.zone
    if zone.size is None:
        e = zone.estimate
        size = f"not counted exactly ({zone.total:,} outcomes is more than truce enumerates)"
        if e is not None:
            size += (
                f"; estimated {100 * e.share:.2f} % (95 % interval {100 * e.low:.2f}–{100 * e.high:.2f} %, "
                f"{e.samples:,} samples, seed {e.seed})"
            )
    else:
        size = f"{zone.size:,} of {zone.total:,} outcomes ({100 * zone.size / zone.total:.2f} %)"
    console.print(f"[bold]Agreement zone[/]: {size}")
    console.print(f"Reservation values ({parties}): {_utilities(space.reservation)}")

    frontier = analysis.zone_frontier
    console.print(
        f"[bold]Pareto frontier inside the zone[/]: {len(frontier):,} outcomes"
        + (f" (first {frontier_limit} shown)" if len(frontier) > frontier_limit else "")
    )
    table = Table()
    table.add_column("#", justify="right")
    table.add_column(f"utility ({parties})")
    table.add_column("outcome")
    for k in range(min(frontier_limit, len(frontier))):
        outcome = analysis.outcome_ids(frontier.outcomes[k])
        table.add_row(
            str(k + 1),
            _utilities(frontier.utilities[k]),
            escape("; ".join(f"{i}={o}" for i, o in outcome.items())),
        )
    console.print(table)

    console.print(f"[bold]Bargaining solutions[/] (disagreement point {_utilities(analysis.disagreement)})")
    table = Table()
    table.add_column("issue")
    chosen = {name: s for name, s in analysis.solutions.items()}
    for name in chosen:
        table.add_column(SOLUTION_TITLES.get(name, name))
    for i, issue in enumerate(space.issues):
        cells = [
            "—" if s is None else escape(space.options[i][int(s.outcome[i])]) for s in chosen.values()
        ]
        table.add_row(escape(issue), *cells)
    table.add_section()
    table.add_row(
        f"utility ({parties})", *["—" if s is None else _utilities(s.utility) for s in chosen.values()]
    )
    console.print(table)

    if zone.binding:
        console.print("[bold]Binding red lines[/] (dropping one alone enlarges the zone)")
        table = Table()
        table.add_column("red line")
        table.add_column("party")
        table.add_column("expression")
        table.add_column("outcomes it keeps out", justify="right")
        for b in zone.binding:
            table.add_row(escape(b.id), escape(b.party), escape(b.expression), f"{b.gain:,}")
        console.print(table)
    elif zone.exact:
        console.print("No red line binds: dropping any single one leaves the zone as it is.")

    if analysis.proposals:
        console.print("[bold]Proposals on the table[/]")
        table = Table()
        table.add_column("proposal")
        table.add_column("confidence")
        table.add_column(f"utility ({parties})")
        table.add_column("acceptable to")
        table.add_column("red lines crossed")
        for p in analysis.proposals:
            span = _utilities(p.low) if p.complete else f"{_utilities(p.low)} … {_utilities(p.high)}"
            verdicts = ", ".join(
                f"{escape(party)}: {'yes' if ok else 'no' if ok is False else 'depends'}"
                for party, ok in p.acceptable.items()
            )
            crossed = escape(", ".join(p.red_lines_crossed)) or "—"
            table.add_row(escape(p.name), p.confidence, span, verdicts, crossed)
        console.print(table)

    for finding in analysis.findings:
        console.print(f"[bold yellow]finding:[/] {escape(finding)}")
    if analysis.unsettled:
        console.print(
            f"[bold yellow]Not settled[/] ({len(analysis.unsettled)} elements rest on reported, "
            "disputed or unverified claims; treat results that depend on them with care):"
        )
        for field, label, confidence in analysis.unsettled:
            console.print(f"  • {field}: {label} [{confidence}]", highlight=False, markup=False)


def render_diff(diff: ScenarioDiff, console: Console, *, title: str | None = None) -> None:
    """What changed in the model, and what it did to zone, frontier and solutions."""
    console.print(f"[bold]{escape(title or f'{diff.before.scenario.id} → {diff.after.scenario.id}')}[/]")
    table = Table()
    table.add_column("")
    table.add_column("before")
    table.add_column("after")
    zone_before, zone_after = diff.zone_change

    def count(value: int | None) -> str:
        return "not counted" if value is None else f"{value:,}"

    table.add_row("agreement zone (outcomes)", count(zone_before), count(zone_after))
    frontier_before, frontier_after = diff.frontier_change
    table.add_row("frontier inside the zone", f"{frontier_before:,}", f"{frontier_after:,}")
    binding_before, binding_after = diff.binding_change
    table.add_row(
        "binding red lines", escape(", ".join(binding_before)) or "—", escape(", ".join(binding_after)) or "—"
    )
    for shift in diff.solutions:
        label = SOLUTION_TITLES.get(shift.name, shift.name)
        before = "none" if shift.utility_before is None else _utilities(shift.utility_before)
        after = "none" if shift.utility_after is None else _utilities(shift.utility_after)
        table.add_row(f"{label} utilities", before, after)
        if shift.before is not None and shift.after is not None:
            for issue, (old, new) in shift.changed_issues.items():
                table.add_row(f"  {escape(issue)}", escape(old or "—"), escape(new or "—"))
    console.print(table)
    if diff.changes:
        console.print("Model changes:")
        for change in diff.changes:
            console.print(f"  • {change}", highlight=False, markup=False)
    if diff.is_empty:
        console.print("No difference.")
