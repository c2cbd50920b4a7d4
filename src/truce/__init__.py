"""truce: a workbench for preparing, mediating and studying real negotiations.

The public API is small and imported lazily, so ``import truce`` stays fast::

    import truce

    scenario = truce.load_scenario("gaza-ceasefire-2024")
    result = truce.analyze(scenario)
    print(result.zone.size, len(result.zone_frontier))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce._lazy import lazy_exports

__version__ = "0.1.0"

_EXPORTS = {
    "Scenario": "truce.model.scenario",
    "OutcomeSpace": "truce.model.outcomes",
    "TruceError": "truce.errors",
    "load_scenario": "truce.io.scenario_file",
    "save_scenario": "truce.io.scenario_file",
    "analyze": "truce.analysis.overview",
    "pareto_frontier": "truce.analysis.frontier",
    "diff_scenarios": "truce.analysis.diff",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:
    from truce.analysis.diff import diff_scenarios as diff_scenarios
    from truce.analysis.frontier import pareto_frontier as pareto_frontier
    from truce.analysis.overview import analyze as analyze
    from truce.errors import TruceError as TruceError
    from truce.io.scenario_file import load_scenario as load_scenario
    from truce.io.scenario_file import save_scenario as save_scenario
    from truce.model.outcomes import OutcomeSpace as OutcomeSpace
    from truce.model.scenario import Scenario as Scenario


__getattr__ = lazy_exports(__name__, _EXPORTS)
