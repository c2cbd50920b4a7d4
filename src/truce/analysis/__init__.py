"""Exact analysis: Pareto frontier, agreement zone, bargaining solutions, diff, summary, walk-through.

The names below load on first use (PEP 562), so that importing one engine,
e.g. ``truce.analysis.frontier``, does not import the others.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from truce._lazy import lazy_exports

if TYPE_CHECKING:
    from truce.analysis.bargaining import BARGAINING_SOLUTIONS as BARGAINING_SOLUTIONS
    from truce.analysis.bargaining import egalitarian_solution as egalitarian_solution
    from truce.analysis.bargaining import kalai_smorodinsky_solution as kalai_smorodinsky_solution
    from truce.analysis.bargaining import nash_bargaining_solution as nash_bargaining_solution
    from truce.analysis.bargaining import utilitarian_solution as utilitarian_solution
    from truce.analysis.diff import ScenarioDiff as ScenarioDiff
    from truce.analysis.diff import diff_analyses as diff_analyses
    from truce.analysis.diff import diff_scenarios as diff_scenarios
    from truce.analysis.diff import model_changes as model_changes
    from truce.analysis.frontier import Frontier as Frontier
    from truce.analysis.frontier import nondominated as nondominated
    from truce.analysis.frontier import pareto_frontier as pareto_frontier
    from truce.analysis.overview import Analysis as Analysis
    from truce.analysis.overview import ProposalEvaluation as ProposalEvaluation
    from truce.analysis.overview import Solution as Solution
    from truce.analysis.overview import analyze as analyze
    from truce.analysis.scenario_check import ScenarioCheck as ScenarioCheck
    from truce.analysis.scenario_check import check_scenario as check_scenario
    from truce.analysis.summary import Summary as Summary
    from truce.analysis.summary import summarize as summarize
    from truce.analysis.walkthrough import Step as Step
    from truce.analysis.walkthrough import Walkthrough as Walkthrough
    from truce.analysis.walkthrough import walkthrough as walkthrough
    from truce.analysis.zone import AgreementZone as AgreementZone
    from truce.analysis.zone import BindingRedLine as BindingRedLine
    from truce.analysis.zone import agreement_zone as agreement_zone
    from truce.analysis.zone import in_zone as in_zone

_EXPORTS = {
    "BARGAINING_SOLUTIONS": "truce.analysis.bargaining",
    "egalitarian_solution": "truce.analysis.bargaining",
    "kalai_smorodinsky_solution": "truce.analysis.bargaining",
    "nash_bargaining_solution": "truce.analysis.bargaining",
    "utilitarian_solution": "truce.analysis.bargaining",
    "ScenarioDiff": "truce.analysis.diff",
    "diff_analyses": "truce.analysis.diff",
    "diff_scenarios": "truce.analysis.diff",
    "model_changes": "truce.analysis.diff",
    "Frontier": "truce.analysis.frontier",
    "nondominated": "truce.analysis.frontier",
    "pareto_frontier": "truce.analysis.frontier",
    "Analysis": "truce.analysis.overview",
    "ProposalEvaluation": "truce.analysis.overview",
    "Solution": "truce.analysis.overview",
    "analyze": "truce.analysis.overview",
    "ScenarioCheck": "truce.analysis.scenario_check",
    "check_scenario": "truce.analysis.scenario_check",
    "Summary": "truce.analysis.summary",
    "summarize": "truce.analysis.summary",
    "Step": "truce.analysis.walkthrough",
    "Walkthrough": "truce.analysis.walkthrough",
    "walkthrough": "truce.analysis.walkthrough",
    "AgreementZone": "truce.analysis.zone",
    "BindingRedLine": "truce.analysis.zone",
    "agreement_zone": "truce.analysis.zone",
    "in_zone": "truce.analysis.zone",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)


class _Package(types.ModuleType):
    """``truce.analysis`` itself: ``walkthrough`` names a module and the function it defines.

    The import system binds a submodule as an attribute of its package once
    loaded; the attribute stays the function, as ``from truce.analysis import
    walkthrough`` expects.
    """

    @property
    def walkthrough(self) -> Any:
        """:func:`truce.analysis.walkthrough.walkthrough`."""
        return importlib.import_module("truce.analysis.walkthrough").walkthrough

    @walkthrough.setter
    def walkthrough(self, value: Any) -> None:
        """Ignore the import system binding the ``truce.analysis.walkthrough`` module here."""


sys.modules[__name__].__class__ = _Package
