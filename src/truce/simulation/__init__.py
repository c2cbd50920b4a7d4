"""Negotiation simulation: protocols, concession strategies, shocks, Monte Carlo, executors.

Front object: :func:`simulate` (scenario → :class:`SimulationResult`).  Many
negotiations advance together as numpy arrays (runs × state); chunks of runs
go to an executor (``inline``, ``local`` process pool, ``dask://HOST:PORT``)
and one seed gives bit-identical results on every executor.
"""

from __future__ import annotations

from truce.simulation.executors import EXECUTORS, Executor, executor_for
from truce.simulation.montecarlo import DEFAULT_STRATEGIES, PlanOptions, build_plan, simulate
from truce.simulation.protocols import PROTOCOLS, Protocol
from truce.simulation.results import ComboSummary, ShockEffect, SimulationResult, wilson_interval
from truce.simulation.shocks import deadline_rounds, simulation_start
from truce.simulation.strategies import (
    ENTRY_POINT_GROUP,
    TIE_BREAKS,
    AcceptanceCondition,
    BiddingStrategy,
    Negotiator,
    TurnView,
    acceptance_conditions,
    aspiration,
    bidding_strategies,
    parse_negotiator,
)

__all__ = [
    "DEFAULT_STRATEGIES",
    "ENTRY_POINT_GROUP",
    "EXECUTORS",
    "PROTOCOLS",
    "TIE_BREAKS",
    "AcceptanceCondition",
    "BiddingStrategy",
    "ComboSummary",
    "Executor",
    "Negotiator",
    "PlanOptions",
    "Protocol",
    "ShockEffect",
    "SimulationResult",
    "TurnView",
    "acceptance_conditions",
    "aspiration",
    "bidding_strategies",
    "build_plan",
    "deadline_rounds",
    "executor_for",
    "parse_negotiator",
    "simulate",
    "simulation_start",
    "wilson_interval",
]
