"""The data behind each page: what the HTML shows and what the ``.json`` twin returns.

Analyses of stored scenario versions are cached by content hash and variant,
so opening the frontier, solutions and diff pages of one scenario analyses it
once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from truce.errors import ConflictModelError, StoreError

if TYPE_CHECKING:
    from truce.analysis.overview import Analysis
    from truce.model.scenario import Scenario
    from truce.store import ScenarioVersion, Workspace

__all__ = [
    "conflict_page",
    "diff_page",
    "frontier_page",
    "mediation_page",
    "overview_page",
    "run_page",
    "runs_page",
    "scenario_page",
    "simulation_page",
    "solutions_page",
    "timeline_page",
]


@lru_cache(maxsize=32)
def _scenario(content_hash: str, document: str) -> Scenario:
    import yaml

    from truce.model.scenario import Scenario

    return Scenario.model_validate(yaml.safe_load(document))


@lru_cache(maxsize=32)
def _analysis(content_hash: str, document: str, variant: str | None) -> Analysis:
    from truce.analysis.overview import analyze

    scenario = _scenario(content_hash, document)
    return analyze(scenario if variant is None else scenario.with_variant(variant))


@lru_cache(maxsize=32)
def _scenario_section(content_hash: str, document: str) -> dict[str, Any]:
    from truce.report.sections import scenario_section

    return scenario_section(_scenario(content_hash, document))


def analysis_of(version: ScenarioVersion, variant: str | None = None) -> Analysis:
    """The (cached) analysis of a stored scenario version, or of one of its variants."""
    scenario = _scenario(version.content_hash, version.document)
    if variant is not None:
        scenario.variant(variant)  # an unknown variant raises the scenario's own error
    return _analysis(version.content_hash, version.document, variant)


def _head(version: ScenarioVersion) -> dict[str, Any]:
    return {"key": version.key, "name": version.name or version.key, "version": version.number,
            "content_hash": version.content_hash}


def overview_page(workspace: Workspace) -> dict[str, Any]:
    """The data of ``/``: the workspace's scenarios, last runs and articles, and the bundled scenarios."""
    from truce.io.scenario_file import bundled_scenarios

    return {"title": "Workspace", "location": workspace.location,
            "scenarios": [v.to_json() for v in workspace.scenarios()],
            "runs": [r.to_json(with_result=False) for r in workspace.runs(limit=10)],
            "articles": [a.to_json() for a in workspace.articles()],
            "bundled": list(bundled_scenarios())}


def scenario_page(workspace: Workspace, key: str) -> dict[str, Any]:
    """The data of ``/scenarios/{key}``: the latest version of the scenario, its versions and runs."""
    version = workspace.scenario_version(key)
    scenario = _scenario(version.content_hash, version.document)
    return {"title": version.name or key, "scenario_head": _head(version),
            "scenario": _scenario_section(version.content_hash, version.document),
            "versions": [v.to_json() for v in workspace.versions(key)],
            "runs": [r.to_json(with_result=False) for r in workspace.runs(scenario=key, limit=20)],
            "has_conflict": scenario.conflict is not None}


def frontier_page(workspace: Workspace, key: str, variant: str | None) -> dict[str, Any]:
    """The data of ``/scenarios/{key}/frontier``: the frontier and zone figure and the analysis's caveats."""
    from truce.report.plots import frontier_figure
    from truce.report.sections import caveats

    version = workspace.scenario_version(key)
    analysis = analysis_of(version, variant)
    return {"title": f"Frontier and zone: {version.name or key}", "scenario_head": _head(version),
            "variant": variant,
            "figure": frontier_figure(analysis) if analysis.space.n_parties >= 2 else None,
            "caveats": caveats(analysis)}


def solutions_page(workspace: Workspace, key: str, variant: str | None) -> dict[str, Any]:
    """The data of ``/scenarios/{key}/solutions``: the analysis with up to 20 frontier packages."""
    from truce.report.sections import analysis_section

    version = workspace.scenario_version(key)
    return {"title": f"Bargaining solutions: {version.name or key}", "scenario_head": _head(version),
            "variant": variant,
            "analysis": analysis_section(analysis_of(version, variant), frontier_limit=20)}


def diff_page(workspace: Workspace, key: str, before: str | None, after: str | None) -> dict[str, Any]:
    """The data of ``/scenarios/{key}/diff``: the diff from variant ``before`` to ``after``.

    ``before`` None is the base scenario; ``after`` None is the last variant
    listed in the scenario (the base when it has none).
    """
    from truce.analysis.diff import diff_scenarios
    from truce.report.sections import diff_section

    version = workspace.scenario_version(key)
    scenario = _scenario(version.content_hash, version.document)
    variants = [v.id for v in scenario.variants]
    if after is None and variants:
        after = variants[-1]
    result = None
    if after is not None or before is not None:
        first, second = analysis_of(version, before), analysis_of(version, after)
        result = diff_section(f"{before or 'base'} → {after or 'base'}",
                              diff_scenarios(first.scenario, second.scenario))
    return {"title": f"Diff: {version.name or key}", "scenario_head": _head(version), "variants": variants,
            "before": before, "after": after, "diff": result}


def conflict_page(workspace: Workspace, key: str) -> dict[str, Any]:
    """The data of ``/scenarios/{key}/conflict``: the analysis of the scenario's inline graph model."""
    from truce.conflict.overview import analyze_conflict
    from truce.io.gmcr import parse_gmcr
    from truce.report.sections import conflict_section

    version = workspace.scenario_version(key)
    scenario = _scenario(version.content_hash, version.document)
    if scenario.conflict is None or isinstance(scenario.conflict, str):
        raise ConflictModelError(f"scenario {key!r} has no graph model", field="conflict",
                                 hint="add a 'conflict' section to the scenario")
    case = scenario.conflict.model_dump(mode="json", exclude_defaults=True)
    section = conflict_section(analyze_conflict(parse_gmcr(case, prefix=["conflict"])))
    return {"title": f"Graph model: {version.name or key}", "scenario_head": _head(version),
            "conflict": section}


def timeline_page(workspace: Workspace, key: str) -> dict[str, Any]:
    """The data of ``/scenarios/{key}/timeline``: the scenario's timeline and the news events stored on it."""
    from truce.report.sections import timeline_section

    version = workspace.scenario_version(key)
    scenario = _scenario(version.content_hash, version.document)
    return {"title": f"Timeline: {version.name or key}", "scenario_head": _head(version),
            "timeline": timeline_section(scenario, workspace.events(scenario=key))}


def _moment(scenario: Scenario, variant: str | None) -> Scenario:
    return scenario if variant is None else scenario.with_variant(variant)


def _engine_page(workspace: Workspace, key: str, kind: str, variant: str | None) -> dict[str, Any]:
    """The latest finished run of ``kind`` on the scenario (and variant), its section, and every such run."""
    from truce.report.run_sections import run_section

    version = workspace.scenario_version(key)
    scenario = _scenario(version.content_hash, version.document)
    if variant is not None:
        scenario.variant(variant)  # an unknown variant raises the scenario's own error
    runs = workspace.runs(kind=kind, scenario=key)
    latest = next((r for r in runs if r.status == "succeeded" and r.variant == variant), None)
    record = None if latest is None else workspace.run(latest.id)
    return {"scenario_head": _head(version), "variant": variant,
            "variants": [v.id for v in scenario.variants],
            "runs": [r.to_json(with_result=False) for r in runs],
            "latest": None if record is None else record.to_json(with_result=False),
            "section": None if record is None
            else run_section(kind, record.result, _moment(scenario, variant))}


def simulation_page(workspace: Workspace, key: str, variant: str | None = None) -> dict[str, Any]:
    """The latest finished simulation of the scenario (or variant), and every simulation run on it."""
    data = _engine_page(workspace, key, "simulation", variant)
    return {"title": f"Simulation: {data['scenario_head']['name']}", **data}


def mediation_page(workspace: Workspace, key: str, variant: str | None = None) -> dict[str, Any]:
    """The latest bridging proposals for the scenario (or variant), and every mediation run on it."""
    data = _engine_page(workspace, key, "mediation", variant)
    return {"title": f"Mediation: {data['scenario_head']['name']}", **data}


def runs_page(workspace: Workspace) -> dict[str, Any]:
    """The data of ``/runs``: every stored run, without results."""
    return {"title": "Runs", "runs": [r.to_json(with_result=False) for r in workspace.runs()]}


def run_page(workspace: Workspace, run_id: int) -> dict[str, Any]:
    """The data of ``/runs/{run_id}``: the run with its result, as a section of its engine."""
    try:
        record = workspace.run(run_id)
    except StoreError as exc:
        exc.status = 404  # type: ignore[attr-defined]
        raise
    from truce.report.run_sections import run_section

    scenario = None
    if record.scenario is not None and record.scenario_version is not None:
        version = workspace.scenario_version(record.scenario, record.scenario_version)
        scenario = _moment(_scenario(version.content_hash, version.document), record.variant)
    return {"title": f"Run {run_id}", "run": record.to_json(),
            "section": run_section(record.kind, record.result, scenario)}
