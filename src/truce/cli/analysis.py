"""Commands over scenarios: validate, analyze, diff, schema, scenarios, demo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from truce.cli.app import app, console, escape, print_json, progress_bar
from truce.cli.saving import DbOpt, SaveOpt, progress_with, saved_run
from truce.errors import TruceError

if TYPE_CHECKING:
    from truce.model.scenario import Scenario

ScenarioArg = Annotated[str, typer.Argument(
    help="Scenario YAML file, GENIUS domain folder, or the name of a bundled scenario.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON document instead of tables.")]
VariantOpt = Annotated[str | None, typer.Option("--variant", help="Apply this variant of the scenario.")]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", metavar="DATE", help="Apply the shocks dated on or before DATE (YYYY-MM-DD)."),
]
RedLineBeliefOpt = Annotated[str | None, typer.Option(
    "--red-line-belief", metavar="STATUS=P,...",
    help="Probability that an unsettled red line holds, by its status: "
         "reported=0.7,disputed=0.3,unverified=0.1.")]
FrontierMemoryOpt = Annotated[
    float | None,
    typer.Option(
        "--frontier-memory", min=0.001, metavar="GIB",
        help="Largest frontier computation, in GiB of memory (default 4).",
    ),
]


def _load(name: str, variant: str | None = None, as_of: str | None = None) -> Scenario:
    from truce.io.scenario_file import load_scenario

    return _moment(load_scenario(name), variant, as_of)


def _moment(scenario: Scenario, variant: str | None = None, as_of: str | None = None) -> Scenario:
    """``scenario`` with the shocks dated on or before ``as_of`` (YYYY-MM-DD), then ``variant``, applied."""
    try:
        date = None if as_of is None else dt.date.fromisoformat(as_of)
    except ValueError:
        raise TruceError(f"--as-of {as_of!r} is not a date", hint="write it as YYYY-MM-DD") from None
    return scenario.at(date, variant)


def _numbers(text: str, option: str) -> list[float]:
    try:
        return [float(part) for part in text.split(",")]
    except ValueError:
        raise TruceError(
            f"{option} {text!r} is not a list of numbers", hint=f"write e.g. {option} 0.3,0.25"
        ) from None


@app.command()
def validate(scenario: ScenarioArg, as_json: JsonOpt = False) -> None:
    """Check a scenario file and report its size and any findings."""
    from truce.analysis.scenario_check import check_scenario

    check = check_scenario(_load(scenario))
    if as_json:
        print_json(check.to_json())
        return
    console.print(f"[green]valid[/]: {escape(check.name)}: {check.summary()}")
    for finding in check.findings():
        console.print(f"[bold yellow]finding:[/] {escape(finding)}")


@app.command()
def analyze(
    scenario: ScenarioArg,
    as_json: JsonOpt = False,
    frontier_limit: Annotated[
        int | None, typer.Option("--frontier-limit", min=0, help="List at most N frontier points.")
    ] = None,
    disagreement: Annotated[
        str | None,
        typer.Option("--disagreement", metavar="U1,U2,...",
                     help="Disagreement point, one utility per party: 0.3,0.25."),
    ] = None,
    variant: VariantOpt = None,
    as_of: AsOfOpt = None,
    frontier_memory: FrontierMemoryOpt = None,
    save: SaveOpt = False,
    db: DbOpt = None,
) -> None:
    """Pareto frontier, agreement zone, bargaining solutions and binding red lines."""
    from truce.analysis.limits import DEFAULT_FRONTIER_MEMORY_GIB, frontier_memory_limit
    from truce.analysis.overview import analyze as run_analysis
    from truce.analysis.summary import summarize

    stored = _load(scenario)  # the base scenario, without variant or --as-of, as --save stores it
    loaded = _moment(stored, variant, as_of)
    point = None if disagreement is None else _numbers(disagreement, "--disagreement")
    limit = frontier_memory_limit(frontier_memory or DEFAULT_FRONTIER_MEMORY_GIB)
    parameters = {"disagreement": point, "as_of": as_of}
    with (saved_run(save, db, "analysis", scenario=stored, origin=scenario, parameters=parameters,
                    seed=0, variant=variant) as run,
          progress_bar("counting the agreement zone") as advance, limit):
        result = run_analysis(loaded, disagreement=point, progress=progress_with(run, advance), seed=0)
        summary = summarize(result, as_of=_positions_date(loaded, variant, as_of))
        if run is not None:
            run.result = {**result.to_json(), "summary": summary.to_json()}
    if as_json:
        print_json({**result.to_json(frontier_limit), "summary": summary.to_json()})
    else:
        from truce.cli.render import render_analysis

        limit_shown = 10 if frontier_limit is None else frontier_limit
        render_analysis(result, console, frontier_limit=limit_shown, summary=summary)


def _positions_date(scenario: Scenario, variant: str | None, as_of: str | None) -> dt.date | None:
    """The date of the positions a summary measures concessions against.

    ``--as-of``, else the variant's date, else the base scenario's.
    """
    if as_of is not None:
        return dt.date.fromisoformat(as_of)
    if variant is not None:
        return scenario.variant(variant).date or scenario.date
    return scenario.date


@app.command()
def diff(
    before: ScenarioArg,
    after: Annotated[str | None, typer.Argument(help="Second scenario (default: the first one).")] = None,
    variant: Annotated[
        str | None, typer.Option("--variant", help="Compare with this variant of the (first) scenario.")
    ] = None,
    base_variant: Annotated[
        str | None,
        typer.Option("--base-variant", metavar="VARIANT",
                     help="Start from this variant instead of the base."),
    ] = None,
    red_line: Annotated[
        list[str] | None,
        typer.Option("--red-line", metavar="'PARTY: EXPR'", help="Add a red line: 'party: expression'."),
    ] = None,
    reservation: Annotated[
        list[str] | None,
        typer.Option("--reservation", metavar="PARTY=VALUE", help="Set a reservation value: party=value."),
    ] = None,
    drop_red_line: Annotated[
        list[str] | None,
        typer.Option("--drop-red-line", metavar="ID", help="Drop the red line with this id (repeatable)."),
    ] = None,
    as_json: JsonOpt = False,
    frontier_memory: FrontierMemoryOpt = None,
    save: SaveOpt = False,
    db: DbOpt = None,
) -> None:
    """What a new demand, red line or reservation value does to zone, frontier and solutions.

    Compare two files (truce diff A.yaml B.yaml), a scenario with one of its
    variants (--variant), or a scenario with a change given on the command line
    (--red-line, --reservation, --drop-red-line: dropping a red line and adding
    a softer one in its place tests a compromise).
    """
    from truce.analysis.diff import diff_scenarios
    from truce.analysis.limits import DEFAULT_FRONTIER_MEMORY_GIB, frontier_memory_limit
    from truce.model.elements import Change

    base = _load(before)  # the scenario as --save stores it, without variant or change
    first = _moment(base, base_variant)
    later = None if after is None else _load(after)
    second = _moment(later, variant) if later is not None else (
        first.with_variant(variant) if variant is not None else first
    )
    change = Change.from_text(red_line or [], reservation or [])
    if drop_red_line:
        change = change.model_copy(update={"remove_red_lines": tuple(drop_red_line)})
    if not change.is_empty:
        second = second.with_change(change)
    parameters = {"after": after, "variant": variant, "base_variant": base_variant,
                  "red_lines": red_line or [], "reservations": reservation or [],
                  "drop_red_lines": drop_red_line or []}
    with (saved_run(save, db, "diff", scenario=base, origin=before, parameters=parameters,
                    variant=base_variant) as run,
          frontier_memory_limit(frontier_memory or DEFAULT_FRONTIER_MEMORY_GIB)):
        result = diff_scenarios(first, second)
        if run is not None:
            run.result = result.to_json()
            if after is not None and later is not None:  # kept so that ``truce show`` can compare again
                from truce.io.scenario_file import inline_conflict

                stored = run.workspace.add_scenario(inline_conflict(later, after), origin=after)
                run.result["after_scenario"] = {"scenario": stored.key, "version": stored.number}
    if as_json:
        print_json(result.to_json())
    else:
        from truce.cli.render import render_diff

        render_diff(result, console, title=diff_title(first, after, base_variant, variant, change.is_empty))


def diff_title(
    scenario: Scenario, after: str | None, base_variant: str | None, variant: str | None, unchanged: bool
) -> str | None:
    """The heading of ``truce diff`` on one scenario (None for two files: the scenarios' names)."""
    from truce.cli.render import diff_side

    if after is not None:
        return None
    right = variant if variant is not None else base_variant  # without --variant both sides start alike
    title = f"{diff_side(scenario, base_variant)} → {diff_side(scenario, right)}"
    return title if unchanged else title + " with the changes given on the command line"


@app.command()
def schema(
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file.")] = False,
) -> None:
    """Print the JSON Schema of scenario files."""
    from truce.io.files import write_text_file
    from truce.io.scenario_file import scenario_json_schema

    text = scenario_json_schema()
    if output is None:
        print(text)
    else:
        write_text_file(output, text + "\n", overwrite=force)


@app.command()
def scenarios(as_json: JsonOpt = False) -> None:
    """List the scenarios that ship with truce."""
    from truce.io.scenario_file import bundled_scenarios, load_scenario

    rows: list[dict[str, Any]] = []
    for name in bundled_scenarios():
        loaded = load_scenario(name)
        rows.append({"name": name, "title": loaded.name, "issues": len(loaded.issues),
                     "variants": [v.id for v in loaded.variants]})
    if as_json:
        print_json(rows)
        return
    for row in rows:
        console.print(f"[bold]{escape(row['name'])}[/]: {escape(str(row['title']))} ({row['issues']} issues; "
                      f"variants: {escape(', '.join(row['variants'])) or 'none'})")
