"""``truce mediate``: bridging proposals under uncertainty, or the repair of a rejected text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from truce.cli.analysis import AsOfOpt, JsonOpt, RedLineBeliefOpt, ScenarioArg, VariantOpt, _load, _moment
from truce.cli.app import app, console, escape, print_json, progress_bar
from truce.cli.saving import DbOpt, SaveOpt, saved_run

if TYPE_CHECKING:
    from rich.console import Console

    from truce.mediation.explain import IssueExplanation
    from truce.mediation.proposals import Mediation
    from truce.mediation.repair import RepairResult
    from truce.mediation.target_repair import TargetRepairResult
    from truce.model.scenario import Scenario


SamplesOpt = Annotated[int | None, typer.Option(
    "--samples", help="Number of sampled utility models (10,000 to rank; 1,000 for --target).")]
SeedOpt = Annotated[int, typer.Option("--seed", help="Seed of the random generator.")]
TopOpt = Annotated[int, typer.Option("--top", help="Number of proposals.")]
RankerOpt = Annotated[str, typer.Option("--ranker", help="p_accept_all, nash or max_min.")]
RepairOpt = Annotated[Path | None, typer.Option(
    "--repair", metavar="FILE", help="Repair this text (YAML: issue id -> option id).")]
RejectedByOpt = Annotated[str | None, typer.Option(
    "--rejected-by", metavar="PARTY", help="The party that rejected the text.")]
TargetOpt = Annotated[float | None, typer.Option(
    "--target", metavar="SHARE",
    help="With --repair: the share of samples in which every party must accept (0 < T <= 1).")]


@app.command()
def mediate(
    scenario: ScenarioArg,
    as_json: JsonOpt = False,
    samples: SamplesOpt = None,
    seed: SeedOpt = 0,
    top: TopOpt = 10,
    variant: VariantOpt = None,
    as_of: AsOfOpt = None,
    red_line_belief: RedLineBeliefOpt = None,
    ranker: RankerOpt = "p_accept_all",
    repair: RepairOpt = None,
    rejected_by: RejectedByOpt = None,
    save: SaveOpt = False,
    db: DbOpt = None,
    target: TargetOpt = None,
) -> None:
    """Rank bridging proposals by the chance that every party accepts, or repair a rejected text."""
    from truce.errors import TruceError
    from truce.model.red_line_belief import parse_red_line_belief

    base = _load(scenario)  # stored by --save; the variant and --as-of apply to the copy analysed
    loaded = _moment(base, variant, as_of)
    belief = None if red_line_belief is None else parse_red_line_belief(red_line_belief)
    if repair is not None or rejected_by is not None or target is not None:
        if repair is None or rejected_by is None:
            raise TruceError(
                "--repair and --rejected-by go together (and --target needs them)",
                hint="give the text file and the party",
            )
        if save or db is not None:
            raise TruceError("--save stores bridging proposals, not repairs", hint="drop --save and --db")
        _repair_command(loaded, repair, rejected_by, target, samples, seed, belief, as_json)
        return
    from truce.mediation.proposals import bridging_proposals

    date = dt.date.fromisoformat(as_of) if as_of else (loaded.variant(variant).date if variant else None)
    n = 10_000 if samples is None else samples
    parameters = {
        "samples": n, "top": top, "as_of": as_of, "red_line_belief": red_line_belief, "ranker": ranker
    }
    with (saved_run(save, db, "mediation", scenario=base, origin=scenario, parameters=parameters,
                    seed=seed, variant=variant) as run,
          progress_bar("searching the outcome space") as advance):
        last = [0]

        def step(done: int, total: int) -> None:
            advance(done - last[0], total)
            last[0] = done
            if run is not None:
                run.progress(done, total)

        result = bridging_proposals(
            loaded,
            samples=n,
            seed=seed,
            top=top,
            as_of=date,
            red_line_belief=belief,
            ranker=ranker,
            progress=step,
        )
        if run is not None:
            run.result = result.to_json()
    if as_json:
        print_json(result.to_json())
    else:
        render_mediation(result, console, scenario=loaded)


def _repair_command(
    loaded: object,
    repair: Path,
    rejected_by: str,
    target: float | None,
    samples: int | None,
    seed: int,
    belief: dict[str, float] | None,
    as_json: bool,
) -> None:
    """``truce mediate --repair``: the point repair, or with ``target`` the repair to a target P(accept)."""
    from truce.model.scenario import Scenario

    assert isinstance(loaded, Scenario)
    text = _text(loaded, repair)
    if target is None:
        import dataclasses

        from truce.mediation.proposals import provenance
        from truce.mediation.repair import repair_text
        from truce.model.outcomes import OutcomeSpace

        fixed = repair_text(OutcomeSpace.from_scenario(loaded), text, rejected_by)
        asked = {"rejected_by": rejected_by, "text": text, "method": fixed.method}
        fixed = dataclasses.replace(fixed, provenance=provenance(loaded, None, asked))
        if as_json:
            print_json(fixed.to_json())
        else:
            _render_repair(fixed, console, loaded)
        return
    from truce.mediation.target_repair import repair_text_to_target

    with progress_bar("repairing the text") as advance:
        advance(0, 1)
        reached = repair_text_to_target(
            loaded,
            text,
            rejected_by,
            target=target,
            samples=1000 if samples is None else samples,
            seed=seed,
            red_line_belief=belief,
        )
        advance(1, 1)
    if as_json:
        print_json(reached.to_json())
    else:
        _render_target_repair(reached, console, loaded)


def _text(loaded: object, path: Path) -> dict[str, str]:
    """The text in ``path``, checked to name an option of every issue."""
    from truce.errors import TruceError
    from truce.io.proposal_text import load_proposal_text
    from truce.mediation.repair import text_row
    from truce.model.outcomes import OutcomeSpace
    from truce.model.scenario import Scenario

    assert isinstance(loaded, Scenario)
    text = load_proposal_text(path)
    try:
        text_row(OutcomeSpace.from_scenario(loaded), text, complete=True)
    except TruceError as exc:
        raise exc.located(file=path) from None
    return text


def _render_target_repair(result: TargetRepairResult, out: Console, scenario: Scenario) -> None:
    if result.repair is None:
        out.print(f"[bold]No repair[/] at target {result.target:g}: {result.reason}", highlight=False)
        return
    from truce.mediation.repair import RepairResult

    _render_repair(RepairResult(result.repair, None, result.method), out, scenario)
    shares = ", ".join(f"{p} {v:.3f}" for p, v in (result.p_accept or {}).items())
    out.print(
        f"  P(accept) over {result.samples:,} samples: {shares}; all together {result.p_accept_all:.3f} "
        f"(target {result.target:g} for each party)",
        highlight=False,
    )


def _render_repair(result: RepairResult, out: Console, scenario: Scenario) -> None:
    from truce.cli.render import package_lines, render_items
    from truce.mediation.wording import repair_reason

    if result.repair is None:
        out.print(f"[bold]No repair[/]: {escape(repair_reason(scenario, result) or '')}", highlight=False)
        return
    r = result.repair
    out.print(
        f"[bold]Repair[/] ({result.method}): change {', '.join(r.changed_issues) or 'nothing'}",
        highlight=False,
    )
    render_items(out, package_lines(scenario, {i: r.outcome[i] for i in r.changed_issues}))
    out.print("  utilities: " + "  ".join(f"{u:.3f}" for u in r.utility))


def render_mediation(
    result: Mediation, out: Console, *, explain: int = 1, scenario: Scenario | None = None
) -> None:
    """The zone under uncertainty, the ranked proposals and the texts on the table.

    With ``scenario``, packages are written with issue and option labels.
    """
    from rich.table import Table

    from truce.cli.render import package_lines, render_items, render_packages
    from truce.mediation.wording import reopening_sentence

    z = result.zone
    out.print(
        f"[bold]Zone under uncertainty[/] ({z.samples:,} samples): P(non-empty) {z.p_nonempty:.3f}; "
        f"size median {z.size_median:,.0f}, 90 % interval {z.size_90[0]:,.0f}–{z.size_90[1]:,.0f}",
        highlight=False,
    )
    for finding in result.findings:
        out.print(f"[bold yellow]finding:[/] {finding}", highlight=False)
    for reopening in result.reopenings:
        sentence = reopening.sentence if scenario is None else reopening_sentence(scenario, reopening)
        out.print(f"  reopens: {sentence}", highlight=False, markup=False)
        if reopening.example:
            out.print("    closest to the positions:", highlight=False)
            render_items(out, package_lines(scenario, reopening.example), indent=6, bullet="–")
    ranked = result.ranker
    if result.ranked_by != result.ranker:
        ranked += f", ranked by {result.ranked_by}"
    table = Table(
        title=f"Bridging proposals ({result.samples:,} samples, seed {result.seed}, ranker {ranked})"
    )
    table.add_column("#")
    table.add_column("P(all accept) [95 %]")
    for party in result.parties:
        table.add_column(f"P({party})")
    for k, p in enumerate(result.proposals, 1):
        table.add_row(
            str(k),
            f"{p.p_accept_all:.3f} [{p.ci[0]:.3f}, {p.ci[1]:.3f}]",
            *(f"{p.p_accept[party]:.3f}" for party in result.parties),
        )
    out.print(table)
    if result.proposals:
        out.print("[bold]Packages[/] (numbered as in the table)")
        rows = [(f"proposal {k}", p.outcome) for k, p in enumerate(result.proposals, 1)]
        render_packages(out, scenario, rows)
    for p in result.proposals[:explain]:
        out.print("[bold]Why the first proposal[/]:")
        render_items(out, (_explained(entry, scenario) for entry in p.explanation))
    _render_texts(result, out, scenario)
    out.print(
        "[dim]Weights, values and reservation values are analysts' estimates; texts marked unverified or "
        "disputed are not established facts.[/]"
    )



def _explained(entry: IssueExplanation, scenario: Scenario | None) -> str:
    """The explanation's sentence, in the scenario's labels when the scenario is known."""
    if scenario is None:
        return entry.sentence
    from truce.mediation.wording import explanation_sentence

    return explanation_sentence(scenario, entry)


def _render_texts(result: Mediation, out: Console, scenario: Scenario | None = None) -> None:
    """Each text on the table over its completions, and the repairs of the latest one.

    With ``scenario``, texts go by their names and repairs by issue and option labels.
    """
    from truce.cli.render import package_lines
    from truce.mediation.wording import repair_reason

    names = {} if scenario is None else {p.id: p.name for p in scenario.proposals if p.name}
    for text in result.texts:
        accept = ", ".join(f"{party} {text.p_accept[party]:.3f}" for party in result.parties)
        best = "none" if text.best is None else f"{text.best.p_accept_all:.3f}"
        out.print(
            f"[bold]Text {escape(names.get(text.id, text.id))}[/] ({text.confidence}; "
            f"{text.completions:,} completions): P(accept) {accept}; "
            f"all {text.p_accept_all:.3f} [{text.ci[0]:.3f}, {text.ci[1]:.3f}]; best completion {best}",
            highlight=False,
        )
        for party, fix in text.repairs.items():
            if fix.repair is None:
                reason = fix.reason if scenario is None else repair_reason(scenario, fix)
                out.print(f"  repair for {party}: none ({reason})", highlight=False, markup=False)
            else:
                changed = {i: fix.repair.outcome[i] for i in fix.repair.changed_issues}
                changes = "; ".join(package_lines(scenario, changed))
                out.print(f"  repair for {party}: {changes or 'no change'}", highlight=False, markup=False)


def mediation_section(
    scenario: str, out: Console, *, samples: int = 2000, top: int = 3, as_json: bool = False
) -> dict[str, object] | None:
    """Bridging proposals for ``truce demo``, at the variant dated nearest the latest text on the table."""
    from truce.io.scenario_file import load_scenario
    from truce.mediation.proposals import bridging_proposals

    loaded = load_scenario(scenario)
    dated = [p.date for p in loaded.proposals if p.date is not None]
    variants = [v for v in loaded.variants if v.date is not None]
    moment, label = loaded, "base"
    date = max(dated) if dated else None
    if date is not None and variants:
        text_date = date
        nearest = min(variants, key=lambda v: abs((v.date or text_date) - text_date))
        moment, label, date = loaded.with_variant(nearest.id), nearest.id, nearest.date
    result = bridging_proposals(
        moment, samples=samples, seed=0, top=top, as_of=date, zone_samples=min(samples, 500)
    )
    if as_json:
        return {"variant": label, **result.to_json()}
    out.rule(f"Mediation: bridging proposals at {label}" + (f" ({date.isoformat()})" if date else ""))
    render_mediation(result, out, explain=1, scenario=moment)
    return None
