"""One self-contained HTML report: scenario, frontier plot, solutions, variants, graph model, timeline.

Everything is inside the file (styles, plotly.js from the installed
``plotly`` package, figures as JSON, the state graph as SVG), so it opens
offline and can be sent by mail.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from truce import __version__

if TYPE_CHECKING:
    import jinja2

    from truce.analysis.overview import Analysis
    from truce.conflict.result import ConflictResult
    from truce.model.scenario import Scenario
    from truce.store import RunRecord

__all__ = ["ReportInputs", "render_report", "report_context", "template_environment"]


@cache
def template_environment() -> jinja2.Environment:
    """The Jinja2 environment of the report templates (autoescaping on)."""
    import jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("truce.report", "templates"),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined)


class ReportInputs:
    """What a report is made of: the scenario, optional graph model, news events and stored runs.

    Parameters
    ----------
    scenario
        The scenario reported on; every variant of it gets a section.
    variant
        The variant whose analysis leads the report (None: the base scenario).
    conflict
        The analysed graph model, if the report should show one.
    events
        News events stored for the scenario (as :meth:`~truce.store.Workspace.events` returns them).
    runs
        Stored engine runs (simulations, mediations) to show.
    """

    def __init__(self, scenario: Scenario, *, variant: str | None = None,
                 conflict: ConflictResult | None = None,
                 events: list[dict[str, Any]] | None = None, runs: list[RunRecord] | None = None) -> None:
        self.scenario = scenario
        self.variant = variant
        self.conflict = conflict
        self.events = events or []
        self.runs = runs or []


def _analyses(scenario: Scenario) -> dict[str, Analysis]:
    from truce.analysis.overview import analyze

    out = {"base": analyze(scenario)}
    for variant in scenario.variants:
        out[variant.id] = analyze(scenario.with_variant(variant.id))
    return out


def _run_scenario(scenario: Scenario, run: RunRecord) -> Scenario:
    """The scenario a stored run's packages are labelled from: the report's, on the run's variant if any."""
    if run.variant is None or all(v.id != run.variant for v in scenario.variants):
        return scenario
    return scenario.with_variant(run.variant)


def report_context(inputs: ReportInputs) -> dict[str, Any]:
    """The sections of the report as JSON-serialisable data (what the template renders)."""
    from truce.analysis.summary import summarize
    from truce.report.plots import frontier_figure
    from truce.report.run_sections import run_section
    from truce.report.sections import (
        analysis_section,
        conflict_section,
        scenario_section,
        timeline_section,
        variants_section,
    )
    from truce.store import scenario_hash

    when = inputs.scenario.date
    if inputs.variant is not None:  # an unknown id raises the scenario's own error
        when = inputs.scenario.variant(inputs.variant).date or when
    analyses = _analyses(inputs.scenario)
    main = analyses["base" if inputs.variant is None else inputs.variant]
    return {
        "version": __version__,
        "variant": inputs.variant,
        "content_hash": scenario_hash(inputs.scenario),
        "scenario": scenario_section(main.scenario),
        "summary": summarize(main, as_of=when).to_json(),
        "analysis": analysis_section(main),
        "figure": frontier_figure(main) if main.space.n_parties >= 2 else None,
        "variants": variants_section(inputs.scenario, analyses),
        "conflict": None if inputs.conflict is None else conflict_section(inputs.conflict),
        "timeline": timeline_section(main.scenario, inputs.events),
        "runs": [dict(r.to_json(), section=run_section(r.kind, r.result, _run_scenario(inputs.scenario, r)))
                 for r in inputs.runs],
    }


def render_report(inputs: ReportInputs) -> str:
    """The report as one HTML document."""
    from importlib import resources

    from truce.report.plots import plotly_js

    context = report_context(inputs)
    css = (resources.files("truce.report") / "templates" / "style.css").read_text(encoding="utf-8")
    script = plotly_js().replace("</script", "<\\/script")
    return template_environment().get_template("report.html.j2").render(css=css, plotly_js=script, **context)
