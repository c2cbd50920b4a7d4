"""Runs of the engines from what the workspace keeps: the same inputs give the same result objects.

A stored run keeps its scenario version, variant, parameters and seed.  The
functions here turn them into the engines' calls the way the CLI does
(``--as-of`` shocks first, then the variant; a mediation on a variant is
evaluated as of the variant's date), so the web app starts runs with the
same rules, and ``truce show`` rebuilds the result object the command
rendered (:func:`stored_result`):

- analysis, diff, mediation and a graph model kept inside its scenario are
  run again (seeded where random, so exactly) and checked against the stored
  result (a diff against a second file finds that file's scenario stored too);
- a simulation and an explanation of estimates are rebuilt from their stored
  documents, which hold every field of
  :class:`~truce.simulation.results.SimulationResult` and
  :class:`~truce.estimation.explain.EstimateReport` (a simulation can take
  minutes to run again; the estimates' evidence file is not stored).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from truce.errors import StoreError

if TYPE_CHECKING:
    from truce.analysis.diff import ScenarioDiff
    from truce.analysis.overview import Analysis
    from truce.conflict.inverse import InverseResult
    from truce.conflict.result import ConflictResult
    from truce.estimation.explain import EstimateReport
    from truce.mediation.proposals import Mediation
    from truce.model.scenario import Scenario
    from truce.simulation.results import SimulationResult
    from truce.store.records import RunRecord
    from truce.store.workspace import Workspace

__all__ = [
    "REPLAYED",
    "analysis_run",
    "conflict_run",
    "diff_run",
    "estimates_from_json",
    "mediation_run",
    "simulation_from_json",
    "stored_result",
]

#: Kinds of run whose result object :func:`stored_result` gives back.
REPLAYED = ("analysis", "conflict", "diff", "estimate", "mediation", "simulation")

Progress = Callable[[int, int], None] | None


def _moment(scenario: Scenario, variant: str | None, as_of: str | None) -> Scenario:
    """``scenario`` at a stored ``as_of`` (YYYY-MM-DD) and ``variant``."""
    return scenario.at(None if as_of is None else dt.date.fromisoformat(as_of), variant)


def analysis_run(
    scenario: Scenario,
    *,
    variant: str | None = None,
    as_of: str | None = None,
    disagreement: list[float] | None = None,
    progress: Progress = None,
) -> Analysis:
    """``truce analyze`` (seed 0) on the scenario, as of a date and on a variant."""
    from truce.analysis.overview import analyze

    return analyze(_moment(scenario, variant, as_of), disagreement=disagreement, progress=progress, seed=0)


def mediation_run(
    scenario: Scenario,
    *,
    variant: str | None = None,
    seed: int = 0,
    parameters: Mapping[str, Any],
    progress: Progress = None,
) -> Mediation:
    """``truce mediate`` with stored ``parameters`` (samples, top, as_of, red_line_belief, ranker)."""
    from truce.mediation.proposals import bridging_proposals
    from truce.model.uncertainty import parse_red_line_belief

    as_of = parameters.get("as_of")
    date = dt.date.fromisoformat(as_of) if as_of else (scenario.variant(variant).date if variant else None)
    belief = parameters.get("red_line_belief")
    return bridging_proposals(
        _moment(scenario, variant, as_of),
        samples=int(parameters.get("samples", 10_000)),
        seed=seed,
        top=int(parameters.get("top", 10)),
        as_of=date,
        red_line_belief=None if belief is None else parse_red_line_belief(belief),
        ranker=str(parameters.get("ranker", "p_accept_all")),
        progress=progress,
    )


def conflict_run(
    scenario: Scenario, parameters: Mapping[str, Any]
) -> tuple[ConflictResult, InverseResult | None]:
    """``truce conflict`` on the graph model inside a stored scenario, with its stored parameters."""
    from truce.conflict.inverse import inverse_analysis
    from truce.conflict.overview import analyze_conflict, concept_keys
    from truce.io.gmcr import parse_gmcr

    if scenario.conflict is None or isinstance(scenario.conflict, str):
        raise StoreError(f"the stored scenario {scenario.id!r} holds no graph model to analyse again")
    model = parse_gmcr(scenario.conflict.model_dump(mode="json", exclude_defaults=True), prefix=["conflict"])
    result = analyze_conflict(model, parameters.get("concepts"))
    target = parameters.get("target")
    if target is None:
        return result, None
    (key,) = concept_keys([parameters.get("target_concept", "gmr")])
    return result, inverse_analysis(model, int(target), key)


def diff_run(scenario: Scenario, parameters: Mapping[str, Any], *, variant: str | None = None,
             after: Scenario | None = None) -> ScenarioDiff:
    """``truce diff`` with stored ``parameters``: ``scenario`` on ``variant`` against ``after`` (or itself).

    ``after`` is the second file's scenario; without it the scenario is
    compared with its variant ``parameters["variant"]`` and the changes given
    on the command line (red lines, reservation values, dropped red lines).
    """
    from truce.analysis.diff import diff_scenarios
    from truce.model.elements import Change

    first = _moment(scenario, variant, None)
    second = first if after is None else after
    if parameters.get("variant") is not None:
        second = second.with_variant(parameters["variant"])
    change = Change.from_text(parameters.get("red_lines") or [], parameters.get("reservations") or [])
    if parameters.get("drop_red_lines"):
        change = change.model_copy(update={"remove_red_lines": tuple(parameters["drop_red_lines"])})
    return diff_scenarios(first, second if change.is_empty else second.with_change(change))


def estimates_from_json(doc: Mapping[str, Any]) -> EstimateReport:
    """The :class:`~truce.estimation.explain.EstimateReport` whose ``to_json()`` is ``doc``."""
    from truce.estimation.explain import EstimateReport, IssueExplanation, PartyExplanation

    parties = tuple(
        PartyExplanation(
            party=p["party"], label=p["label"], reservation_value=p["reservation_value"],
            reservation_reason=p["reservation_reason"], listed=tuple(p["listed"]),
            issues=tuple(IssueExplanation(i["issue"], i["weight"], i["red_line"], tuple(i["effects"]))
                         for i in p["issues"]),
        )
        for p in doc["parties"]
    )
    return EstimateReport(doc["scenario"], dt.date.fromisoformat(doc["as_of"]), doc["rule"], parties)


def simulation_from_json(doc: Mapping[str, Any]) -> SimulationResult:
    """The :class:`~truce.simulation.results.SimulationResult` whose ``to_json()`` is ``doc``."""
    from truce.simulation.results import ComboSummary, ShockEffect, SimulationResult

    combos = tuple(
        ComboSummary(
            strategies=dict(c["strategies"]),
            runs=int(c["runs"]),
            agreements=round(c["agreement_rate"] * c["runs"]),
            mean_steps=c["mean_steps"],
            utility_mean=tuple(c["utility_mean"]),
        )
        for c in doc["by_strategy"]
    )
    return SimulationResult(
        parties=tuple(doc["parties"]),
        runs=int(doc["runs"]),
        agreements=round(doc["agreement_rate"] * doc["runs"]),
        rounds_to_agreement=tuple(doc["rounds_to_agreement"]),
        outcomes=tuple((dict(o["outcome"]), o["frequency"]) for o in doc["outcomes"]),
        utility=tuple(dict(u) for u in doc["utility"]),
        by_strategy=combos,
        shocks=tuple(ShockEffect(**s) for s in doc["shocks"]),
        provenance=dict(doc["provenance"]),
    )


def _same(result: dict[str, Any], stored: Any) -> bool:
    """Equal documents, apart from the truce version that wrote them."""

    def comparable(doc: Any) -> Any:
        # The summary ``truce analyze`` stores beside the analysis is derived from it; it is not compared.
        ignored = ("truce_version", "provenance", "summary", "after_scenario")
        return {k: v for k, v in doc.items() if k not in ignored}

    return isinstance(stored, dict) and comparable(json.loads(json.dumps(result, default=str))) == comparable(
        stored
    )


def stored_result(workspace: Workspace, record: RunRecord, progress: Progress = None) -> Any:
    """The result object of a stored run of a kind in :data:`REPLAYED` (see the module docstring).

    Raises
    ------
    StoreError
        When the run is of another kind, did not succeed, or running it again
        does not give the stored result (e.g. it was stored by another truce version).
    """
    if record.status != "succeeded" or record.kind not in REPLAYED:
        raise StoreError(
            f"run {record.id} is a {record.status} {record.kind} run, which has no result object"
        )
    if record.kind == "simulation":
        return simulation_from_json(record.result)
    if record.kind == "estimate":
        return estimates_from_json(record.result)
    if record.scenario is None or record.scenario_version is None:
        raise StoreError(f"run {record.id} has no stored scenario to run again")
    scenario = workspace.scenario_version(record.scenario, record.scenario_version).scenario()
    params = record.parameters
    result: Any
    if record.kind == "analysis":
        result = analysis_run(
            scenario,
            variant=record.variant,
            as_of=params.get("as_of"),
            disagreement=params.get("disagreement"),
            progress=progress,
        )
        document = result.to_json()
    elif record.kind == "diff":
        other = record.result.get("after_scenario") if isinstance(record.result, dict) else None
        if other is None and params.get("after") is not None:
            raise StoreError(f"run {record.id} compared with {params['after']!r}, which was not stored")
        after = None if other is None else workspace.scenario_version(other["scenario"], other["version"])
        result = diff_run(scenario, params, variant=record.variant,
                          after=None if after is None else after.scenario())
        document = result.to_json()
    elif record.kind == "mediation":
        result = mediation_run(
            scenario, variant=record.variant, seed=record.seed or 0, parameters=params, progress=progress
        )
        document = result.to_json()
    else:
        result = conflict_run(scenario, params)
        document = result[0].to_json() | ({} if result[1] is None else {"inverse": result[1].to_json()})
    if not _same(document, record.result):
        raise StoreError(
            f"running run {record.id} again does not give its stored result "
            f"(it was stored by truce {record.truce_version})",
            hint=f"see the stored result with: truce show {record.id} --json",
        )
    return result
