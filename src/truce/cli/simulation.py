"""``truce simulate`` and ``truce strategies``: Monte Carlo negotiation simulation."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import typer

from truce.cli.analysis import RedLineBeliefOpt
from truce.cli.app import app, console, print_json, progress_bar
from truce.cli.saving import DbOpt, SaveOpt, progress_with, saved_run
from truce.errors import TruceError

if TYPE_CHECKING:
    from rich.console import Console

    from truce.model.scenario import Scenario
    from truce.simulation.results import SimulationResult


def parse_strategy_options(values: list[str]) -> dict[str, list[str]]:
    """``PARTY=NAME[:k=v,...]`` options → negotiator specs per party (repeat a party for a grid)."""
    found: dict[str, list[str]] = {}
    for value in values:
        party, sep, spec = value.partition("=")
        if not sep or not party.strip() or not spec.strip():
            raise TruceError(
                f"--strategy {value!r} is not PARTY=NAME", hint="e.g. --strategy israel=boulware:e=0.2"
            )
        found.setdefault(party.strip(), []).append(spec.strip())
    return found


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise TruceError(f"--start {text!r} is not a date", hint="write it as YYYY-MM-DD") from None


StrategyOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--strategy",
        metavar="PARTY=NAME[:k=v,...]",
        help="A party's negotiator; repeat a party for a grid (see `truce strategies`).",
    ),
]
ProtocolOpt = Annotated[
    str | None,
    typer.Option("--protocol", metavar="NAME", help="alternating | round-robin | single-text"),
]
ExecutorOpt = Annotated[
    str, typer.Option("--executor", metavar="SPEC", help="inline | local | dask://HOST:PORT")
]
WorkersOpt = Annotated[int | None, typer.Option("--workers", help="Processes of the local executor.")]
StartOpt = Annotated[
    str | None,
    typer.Option(
        "--start",
        metavar="DATE",
        help="Date of round 0 (YYYY-MM-DD); default: the variant's date, else the latest "
        "proposal's if later than the scenario's date, else the scenario's date.",
    ),
]
VariantOpt = Annotated[
    str | None,
    typer.Option("--variant", help="Simulate this variant of the scenario (from its date by default)."),
]
RoundsOpt = Annotated[int | None, typer.Option("--rounds", help="Deadline in rounds (default 100).")]
DeadlineDaysOpt = Annotated[
    float | None,
    typer.Option(
        "--deadline-days",
        metavar="DAYS",
        help="Deadline in days after the start, instead of --rounds: "
        "rounds = days x rounds per day, rounded up.",
    ),
]
PointOpt = Annotated[bool, typer.Option("--point", help="Use point estimates only (no sampling).")]
NoShockEffectsOpt = Annotated[
    bool, typer.Option("--no-shock-effects", help="Skip the replays without each shock.")
]

@app.command()
def simulate(
    scenario: Annotated[str, typer.Argument(help="Scenario YAML file, or the name of a bundled scenario.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    runs: Annotated[int, typer.Option("--runs", help="Negotiations per strategy combination.")] = 500,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the random generator.")] = 0,
    rounds: RoundsOpt = None,
    deadline_days: DeadlineDaysOpt = None,
    variant: VariantOpt = None,
    strategy: StrategyOpt = None,
    protocol: ProtocolOpt = None,
    executor: ExecutorOpt = "inline",
    workers: WorkersOpt = None,
    start: StartOpt = None,
    rounds_per_day: Annotated[
        float,
        typer.Option(
            "--rounds-per-day",
            metavar="X",
            help="Rounds a day: maps dates (shocks, --deadline-days) to rounds.",
        ),
    ] = 1.0,
    point: PointOpt = False,
    no_shock_effects: NoShockEffectsOpt = False,
    red_line_belief: RedLineBeliefOpt = None,
    save: SaveOpt = False,
    db: DbOpt = None,
) -> None:
    """Simulate negotiations under concession strategies, deadlines and timeline shocks."""
    from truce.io.scenario_file import load_scenario
    from truce.model.uncertainty import parse_red_line_belief
    from truce.simulation import PlanOptions, simulation_start
    from truce.simulation import simulate as run_simulation

    loaded = load_scenario(scenario)
    belief = None if red_line_belief is None else parse_red_line_belief(red_line_belief)
    first = _date(start) or simulation_start(loaded, variant)
    options: PlanOptions = {
        "runs": runs,
        "seed": seed,
        "rounds": rounds,
        "deadline_days": deadline_days,
        "variant": variant,
        "strategies": parse_strategy_options(strategy or []),
        "protocol": protocol,
        "start": first,
        "rounds_per_day": rounds_per_day,
        "uncertainty": not point,
        "shock_effects": not no_shock_effects,
        "red_line_belief": belief,
    }
    parameters = {
        **options,
        "strategies": strategy or [],
        "start": None if first is None else first.isoformat(),
        "point": point,
    }
    del parameters["seed"], parameters["variant"]  # stored as the run's seed and variant
    saving = saved_run(
        save,
        db,
        "simulation",
        scenario=loaded,
        origin=scenario,
        parameters=parameters,
        seed=seed,
        variant=variant,
    )
    with saving as run, progress_bar("simulating") as advance:
        result = run_simulation(
            loaded,
            executor=executor,
            workers=workers,
            progress=advance if run is None else progress_with(run, advance),
            **options,
        )
        if run is not None:
            run.result = result.to_json()
    if as_json:
        print_json(result.to_json())
        return
    render_simulation(result, console, scenario=loaded)


def _interval(low: float, high: float) -> str:
    """``36.6–63.0%``: one unbreakable word narrow enough for an 80-column table."""
    return f"{100 * low:.1f}–{100 * high:.1f}%"


def render_simulation(
    result: SimulationResult, out: Console, *, outcomes: int = 3, scenario: Scenario | None = None
) -> None:
    """Tables of a simulation: per strategy combination, per shock, most frequent agreements.

    With ``scenario``, agreements are written with issue and option labels.
    """
    from rich.markup import escape
    from rich.table import Table

    from truce.cli.render import render_packages

    low, high = result.agreement_ci
    steps = "—" if result.mean_steps is None else f"{result.mean_steps:.1f}"
    out.print(
        f"{result.runs:,} runs ({_setting(result.provenance)}, seed {result.seed}): "
        f"agreement in {result.agreement_rate:.1%} [95% CI {low:.1%}–{high:.1%}], "
        f"mean rounds to agreement {steps}",
        highlight=False,
    )
    table = Table(title="By strategy combination")
    for column in (*result.parties, "agreed", "95% CI", "rounds", *(f"u({p})" for p in result.parties)):
        table.add_column(escape(column))
    for combo in result.by_strategy:
        lo, hi = combo.agreement_ci
        table.add_row(
            *(escape(name) for name in combo.strategies.values()),
            f"{combo.agreement_rate:.1%}",
            _interval(lo, hi),
            "—" if combo.mean_steps is None else f"{combo.mean_steps:.1f}",
            *(f"{u:.3f}" for u in combo.utility_mean),
        )
    out.print(table)
    if result.shocks:
        shocks = Table(title="Shocks: runs whose result changes without the shock (same random numbers)")
        for column in ("date", "round", "shock", "changed", "agreement without it"):
            shocks.add_column(column)
        for shock in result.shocks:
            shocks.add_row(
                shock.date,
                str(shock.round),
                escape(shock.title),
                f"{shock.changed:.1%}",
                f"{shock.agreement_rate_without:.1%}",
            )
        out.print(shocks)
    if result.outcomes[:outcomes]:
        out.print("[bold]Most frequent agreements[/]")
        rows = [(f"{share:.1%} of runs", terms) for terms, share in result.outcomes[:outcomes]]
        render_packages(out, scenario, rows)


def _setting(provenance: dict[str, Any]) -> str:
    """Protocol, deadline, start and variant of a simulation, as its provenance records them."""
    parts = [str(provenance["protocol"]), f"{provenance['rounds']} rounds"]
    if provenance.get("deadline_days") is not None:
        parts[-1] += f" ({provenance['deadline_days']:g} days)"
    if provenance.get("start"):
        parts.append(f"from {provenance['start']}, {provenance.get('rounds_per_day', 1):g} a day")
    if provenance.get("variant"):
        parts.append(f"variant {provenance['variant']}")
    return ", ".join(parts)


@app.command()
def strategies(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """List the registered strategies, acceptance conditions, protocols and executors."""
    from rich.markup import escape
    from rich.table import Table

    from truce.simulation import EXECUTORS, PROTOCOLS, TIE_BREAKS, acceptance_conditions, bidding_strategies

    def rows(registry: dict[str, Any]) -> list[dict[str, Any]]:
        return [
            {
                "name": name,
                "summary": cls.summary,
                "parameters": dict(cls.parameters),
                "citation": cls.citation,
            }
            for name, cls in registry.items()
        ]

    document: dict[str, list[dict[str, Any]]] = {
        "strategies": rows(bidding_strategies()),
        "acceptance": rows(acceptance_conditions()),
        "protocols": [
            {"name": p.name, "summary": p.summary, "citation": p.citation} for p in PROTOCOLS.values()
        ],
        "executors": [{"name": name, "summary": summary} for name, summary in EXECUTORS.items()],
        "negotiator_keys": [
            {"name": "accept", "values": list(acceptance_conditions()), "default": "ac_next"},
            {"name": "ties", "values": list(TIE_BREAKS), "default": "opponent"},
        ],
    }
    if as_json:
        print_json(document)
        return
    for title in ("strategies", "acceptance"):
        table = Table(title=title)
        for column in ("name", "parameters", "summary"):
            table.add_column(column)
        for row in document[title]:
            params = ", ".join(f"{k}={v:g}" for k, v in row["parameters"].items())
            table.add_row(escape(str(row["name"])), params or "—", escape(str(row["summary"])))
        console.print(table)
    console.print("protocols: " + ", ".join(PROTOCOLS) + ".  executors: inline, local, dask://HOST:PORT.")
    console.print("after NAME: accept=CONDITION (default ac_next), ties=opponent|random (default opponent).")


def simulation_section(
    scenario: str, out: Console, *, runs: int = 50, as_json: bool = False
) -> dict[str, object] | None:
    """A strategy grid for ``truce demo`` from the scenario's start (:func:`simulation_start`), with shocks.

    For the flagship the start is the latest text on the table, the US bridging
    proposal of 16 August 2024.
    """
    from truce.io.scenario_file import load_scenario
    from truce.simulation import simulate as run_simulation
    from truce.simulation import simulation_start

    loaded = load_scenario(scenario)
    start = simulation_start(loaded)
    result = run_simulation(loaded, runs=runs, seed=0, rounds=40, start=start, rounds_per_day=2.0)
    if as_json:
        return {
            "start": None if start is None else start.isoformat(),
            "rounds_per_day": 2.0,
            **result.to_json(),
        }
    out.rule(
        "Simulation: concession strategies from "
        + ("the scenario date" if start is None else start.isoformat())
    )
    out.print(
        "Every run draws weights, option values and reservation values from the estimates' ranges; "
        "these are analysts' estimates, not findings, and both sides follow the same rules. "
        "Two rounds a day; shocks apply from their date.",
        highlight=False,
    )
    render_simulation(result, out, scenario=loaded)
    return None
