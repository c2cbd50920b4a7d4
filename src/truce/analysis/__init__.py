"""Exact analysis: Pareto frontier, agreement zone, bargaining solutions, diff, summary, walk-through."""

from truce.analysis.bargaining import (
    BARGAINING_SOLUTIONS,
    egalitarian_solution,
    kalai_smorodinsky_solution,
    nash_bargaining_solution,
    utilitarian_solution,
)
from truce.analysis.diff import ScenarioDiff, diff_analyses, diff_scenarios, model_changes
from truce.analysis.frontier import Frontier, nondominated, pareto_frontier
from truce.analysis.overview import Analysis, ProposalEvaluation, Solution, analyze
from truce.analysis.scenario_check import ScenarioCheck, check_scenario
from truce.analysis.summary import Summary, summarize
from truce.analysis.walkthrough import Step, Walkthrough, walkthrough
from truce.analysis.zone import AgreementZone, BindingRedLine, agreement_zone, in_zone

__all__ = [
    "BARGAINING_SOLUTIONS",
    "AgreementZone",
    "Analysis",
    "BindingRedLine",
    "Frontier",
    "ProposalEvaluation",
    "ScenarioCheck",
    "ScenarioDiff",
    "Solution",
    "Step",
    "Summary",
    "Walkthrough",
    "agreement_zone",
    "analyze",
    "check_scenario",
    "diff_analyses",
    "diff_scenarios",
    "egalitarian_solution",
    "in_zone",
    "kalai_smorodinsky_solution",
    "model_changes",
    "nash_bargaining_solution",
    "nondominated",
    "pareto_frontier",
    "summarize",
    "utilitarian_solution",
    "walkthrough",
]
