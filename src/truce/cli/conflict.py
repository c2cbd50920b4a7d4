"""``truce conflict``: graph-model stability analysis of a conflict."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from truce.cli.app import app, console, escape, print_json
from truce.cli.saving import DbOpt, SaveOpt, saved_run
from truce.errors import TruceError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from truce.conflict.inverse import InverseResult
    from truce.conflict.irreversibility import IrreversibilityEffect
    from truce.conflict.result import ConflictResult, StatusQuoResult
    from truce.model.scenario import Scenario

__all__ = ["conflict", "irreversibility_of", "render_conflict", "render_inverse"]

#: Rows of the per-state table before it is cut to equilibria only.
TABLE_ROW_LIMIT = 64


def _state_name(result: ConflictResult, state_id: int) -> str:
    label = result.model.label(result.model.index_of(state_id))
    return escape(f"{state_id} ({label})") if label else str(state_id)


def _options_table(result: ConflictResult) -> Table:
    from rich.table import Table

    table = Table(title="Decision makers and options", title_justify="left")
    table.add_column("decision maker")
    table.add_column("options (pattern order)")
    for dm in result.model.decision_makers:
        table.add_row(escape(dm.name), escape(", ".join(
            o.name + ("" if o.reversibility == "both" else f" ({o.reversibility} only)")
            for o in dm.options)))
    return table


def _stability_table(result: ConflictResult) -> Table:
    """One row per state (equilibria only beyond :data:`TABLE_ROW_LIMIT` states)."""
    from rich.table import Table

    from truce.model.wording import count_noun

    model, concepts = result.model, result.concepts
    equilibria = {c: result.equilibrium_mask(c) for c in concepts}
    rows = list(range(model.n_states))
    note = ""
    if model.n_states > TABLE_ROW_LIMIT:
        rows = [k for k in rows if any(bool(m[k]) for m in equilibria.values())]
        note = f" (equilibria only; {count_noun(model.n_states, 'state')} in all)"
    table = Table(title="Stability per state" + note, title_justify="left",
                  caption="per concept: one mark per decision maker in order, "
                          "● stable, ○ unstable; green = equilibrium",
                  caption_justify="left")
    table.add_column("state", justify="right")
    table.add_column("pattern")
    table.add_column("label", overflow="fold", max_width=40)
    for concept in concepts:
        table.add_column(concept.upper(), justify="center")
    for k in rows:
        marks = []
        for concept in concepts:
            cell = "".join("●" if result.stable[concept][d, k] else "○" for d in range(model.n_dms))
            marks.append(f"[bold green]{cell}[/]" if equilibria[concept][k] else cell)
        marker = " [bold](status quo)[/]" if k == model.status_quo else ""
        table.add_row(str(model.state_ids[k]), model.pattern(k), escape(model.label(k) or "") + marker,
                      *marks)
    return table


def _equilibria_table(result: ConflictResult) -> Table:
    from rich.table import Table

    from truce.conflict.stability import STABILITY_CONCEPTS

    table = Table(title="Equilibria", title_justify="left")
    table.add_column("concept")
    table.add_column("equilibria")
    for concept in result.concepts:
        states = result.equilibria(concept)
        table.add_row(STABILITY_CONCEPTS[concept].name, ", ".join(str(s) for s in states) or "none")
    return table


def _paths_table(result: ConflictResult, sq: StatusQuoResult) -> Table:
    from rich.table import Table

    table = Table(title="Paths from the status quo to equilibria", title_justify="left")
    table.add_column("equilibrium")
    table.add_column("under")
    table.add_column("shortest path (mover: from → to)", overflow="fold")
    for state, steps in sq.paths.items():
        under = [c.upper() for c in result.concepts if state in sq.reachable_equilibria[c]]
        if not under:
            continue
        text = escape("; ".join(f"{mover}: {a} → {b}" for a, mover, b in steps) or "(status quo)")
        table.add_row(_state_name(result, state), ", ".join(under), text)
    return table


def render_conflict(result: ConflictResult, out: Console) -> None:
    """Print the stability table, equilibria and status-quo analysis with Rich."""
    from rich.table import Table

    from truce.model.wording import count_noun

    model = result.model
    out.print(f"[bold]Graph model[/] {escape(model.name)}: {count_noun(model.n_dms, 'decision maker')}, "
              f"{count_noun(model.n_options, 'option')}, {count_noun(model.n_states, 'feasible state')}",
              highlight=False)
    out.print(_options_table(result))
    out.print(_stability_table(result))
    out.print(_equilibria_table(result))
    _render_irreversibility(result, out)
    _render_unsettled_claims(result, out)
    sq = result.status_quo
    if sq is not None:
        out.print(f"[bold]Status quo[/] {_state_name(result, sq.state)}: "
                  f"{count_noun(len(sq.reachable), 'state')} reachable by unilateral improvements",
                  highlight=False)
        out.print(_paths_table(result, sq))
    if result.coalition_improvements:
        coalitions = Table(title="Coalition improvements from the status quo", title_justify="left")
        coalitions.add_column("coalition")
        coalitions.add_column("states every member prefers, reachable jointly")
        for group, states in result.coalition_improvements.items():
            coalitions.add_row(escape(group), ", ".join(str(s) for s in states))
        out.print(coalitions)


#: Largest model whose equilibria are recomputed with every move reversible for the report.
IRREVERSIBILITY_STATE_LIMIT = 4096


def irreversibility_of(result: ConflictResult) -> IrreversibilityEffect | None:
    """Equilibria held only by irreversible moves, for models small enough to recompute (else None)."""
    from truce.conflict.irreversibility import irreversibility_effect

    if result.model.n_states > IRREVERSIBILITY_STATE_LIMIT:
        return None
    return irreversibility_effect(result.model, list(result.concepts))


def _render_irreversibility(result: ConflictResult, out: Console) -> None:
    effect = irreversibility_of(result)
    if effect is None or not any(effect.held.values()):
        return
    held = "; ".join(f"{c.upper()} {', '.join(map(str, s))}" for c, s in effect.held.items() if s)
    moves = " and ".join(f"'{name}'" for name in effect.irreversible_options)
    out.print(f"[bold]Held only by irreversibility[/]: these equilibria hold only because the move "
              f"{escape(moves)} cannot be undone; if every move could be undone they would not be "
              f"equilibria: {held}.", highlight=False)


def conflict_extras(result: ConflictResult) -> dict[str, Any]:
    """What ``--json`` adds to the result: ``claims`` with their evidence, and ``irreversibility``."""
    from truce.io.gmcr import claims_of

    effect = irreversibility_of(result)
    extra = {} if effect is None else {"irreversibility": effect.to_json()}
    return {"claims": claims_of(result.model), **extra}


def _render_unsettled_claims(result: ConflictResult, out: Console) -> None:
    """The preference statements and status quo resting on reported, disputed or unverified readings."""
    from truce.cli.render import render_items
    from truce.io.gmcr import claims_of

    claims = claims_of(result.model)
    unsettled = [c for c in claims if c["confidence"] != "firm"]
    if not unsettled:
        return
    out.print(f"[bold yellow]Not settled[/] ({len(unsettled)} of the case's {len(claims)} labelled claims "
              "rest on reported, disputed or unverified readings; the results above use them as written):",
              highlight=False)
    render_items(out, (
        (f"{c['decision_maker']}'s preference statement '{c['claim']}'" if c["kind"] == "preference"
         else f"status quo: state {c['claim']}")
        + f" [{c['confidence']}]" + (f" ({c['note']})" if c["note"] else "")
        for c in unsettled
    ))


def render_inverse(inverse: InverseResult, result: ConflictResult, out: Console) -> None:
    """Print what must change in each side's preferences for the target to be stable."""
    from rich.table import Table

    table = Table(
        title=f"Inverse analysis: what makes state {_state_name(result, inverse.target)} "
              f"a {inverse.concept.upper()} equilibrium", title_justify="left")
    table.add_column("decision maker")
    table.add_column("stable now")
    table.add_column("must value no more than the target (any one set)", overflow="fold")
    for change in inverse.changes:
        if change.stable_now:
            text = "nothing"
        elif change.alternatives:
            text = " or ".join("{" + ", ".join(str(s) for s in alt) + "}"
                               for alt in change.alternatives)
        else:
            text = "no change of up to the searched size suffices"
        table.add_row(escape(change.decision_maker), "yes" if change.stable_now else "no", text)
    out.print(table)
    if inverse.equilibrium_after is not None:
        verdict = "holds" if inverse.equilibrium_after else "still fails (the changes interact)"
        out.print(f"With the first change set of every decision maker, the equilibrium {verdict}.")


def _scenario_of(case: str) -> Scenario | None:
    """The scenario a conflict comes from, when ``case`` is a scenario (not a bare case file)."""
    from truce.io.scenario_file import load_scenario

    try:
        return load_scenario(case)
    except TruceError:
        return None


CaseArg = Annotated[str, typer.Argument(
    help="Graph-model case YAML, scenario YAML with a 'conflict' section, or a bundled scenario name.")]


@app.command("conflict")
def conflict(
    case: CaseArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    graphml: Annotated[Path | None, typer.Option(
        "--graphml", metavar="FILE", help="Write the state graph as GraphML.")] = None,
    svg: Annotated[Path | None, typer.Option(
        "--svg", metavar="FILE", help="Write a picture of the state graph (SVG).")] = None,
    concept: Annotated[list[str] | None, typer.Option(
        "--concept", help="Analyze only this stability concept (nash, gmr, smr, seq, sim); repeatable.",
    )] = None,
    target: Annotated[int | None, typer.Option(
        "--target", help="Inverse analysis: which preference changes make this state stable.")] = None,
    target_concept: Annotated[str, typer.Option(
        "--target-concept", help="Stability concept for --target (nash, gmr, smr, seq, sim).")] = "gmr",
    force: Annotated[bool, typer.Option("--force", help="Overwrite the --graphml/--svg files.")] = False,
    save: SaveOpt = False,
    db: DbOpt = None,
) -> None:
    """Stability (Nash, GMR, SMR, SEQ, SIM), equilibria and status quo of a graph model."""
    from truce.conflict.inverse import inverse_analysis
    from truce.conflict.overview import analyze_conflict, concept_keys
    from truce.io.files import write_text_file
    from truce.io.gmcr import load_conflict
    from truce.report.conflict_graph import conflict_graphml, conflict_svg

    for path in (graphml, svg):
        if path is not None and path.exists() and not force:
            raise TruceError(f"{path} already exists", file=path,
                             hint="choose another output file or pass --force")
    model = load_conflict(case)
    scenario = _scenario_of(case) if save else None
    parameters = {"case": case, "concepts": concept, "target": target, "target_concept": target_concept}
    with saved_run(save, db, "conflict", scenario=scenario, origin=case if scenario else None,
                   parameters=parameters) as run:
        result = analyze_conflict(model, concept)
        inverse = None
        if target is not None:
            (key,) = concept_keys([target_concept])
            inverse = inverse_analysis(model, target, key)
        if run is not None:
            run.result = result.to_json() | ({} if inverse is None else {"inverse": inverse.to_json()})
    for path, render in ((graphml, conflict_graphml), (svg, conflict_svg)):
        if path is None:
            continue
        write_text_file(path, render(result), overwrite=force)
    if as_json:
        document = result.to_json() | conflict_extras(result)
        if inverse is not None:
            document["inverse"] = inverse.to_json()
        print_json(document)
        return
    render_conflict(result, console)
    if inverse is not None:
        render_inverse(inverse, result, console)
    for path, kind in ((graphml, "GraphML"), (svg, "SVG")):
        if path is not None:
            console.print(f"{kind} written to {path}", highlight=False, markup=False)
