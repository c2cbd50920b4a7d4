"""Graph model for conflict resolution (GMCR): states, moves, stability, status quo.

>>> from truce.conflict import analyze_conflict
>>> from truce.io.gmcr import load_conflict
>>> result = analyze_conflict(load_conflict("case.yaml"))  # doctest: +SKIP
>>> result.equilibria("nash")  # doctest: +SKIP

References: Fang, Hipel & Kilgour (1993) *Interactive Decision Making: The
Graph Model for Conflict Resolution*; Xu, Hipel & Kilgour (2009) matrix
representation; Kinsara, Kilgour & Hipel (2015) inverse GMCR; Kilgour, Hipel,
Fang & Peng (2001) coalition analysis.
"""

from __future__ import annotations

from truce.conflict.coalitions import coalition_improvements, coalition_reachable
from truce.conflict.irreversibility import IrreversibilityEffect, irreversibility_effect
from truce.conflict.model import DecisionMaker, GraphModel, Option, ranks_from_ranking
from truce.conflict.moves import MoveGraph
from truce.conflict.overview import analyze_conflict, concept_keys
from truce.conflict.preferences import OptionStatement, parse_statement, ranks_from_statements
from truce.conflict.result import ConflictResult, StatusQuoResult
from truce.conflict.stability import (
    STABILITY_CONCEPTS,
    StabilityConcept,
    general_metarationality,
    nash_stability,
    sequential_stability,
    simultaneous_sanctioning,
    symmetric_metarationality,
)
from truce.conflict.status_quo import StatusQuoReach, status_quo_reach

__all__ = [
    "STABILITY_CONCEPTS",
    "ConflictResult",
    "DecisionMaker",
    "GraphModel",
    "IrreversibilityEffect",
    "MoveGraph",
    "Option",
    "OptionStatement",
    "StabilityConcept",
    "StatusQuoReach",
    "StatusQuoResult",
    "analyze_conflict",
    "coalition_improvements",
    "coalition_reachable",
    "concept_keys",
    "general_metarationality",
    "irreversibility_effect",
    "nash_stability",
    "parse_statement",
    "ranks_from_ranking",
    "ranks_from_statements",
    "sequential_stability",
    "simultaneous_sanctioning",
    "status_quo_reach",
    "symmetric_metarationality",
]
