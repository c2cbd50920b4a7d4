"""Exact analysis: Pareto frontier, agreement zone, bargaining solutions, diff."""

from truce.analysis.frontier import Frontier, nondominated, pareto_frontier

__all__ = ["Frontier", "nondominated", "pareto_frontier"]
