"""Mediation: bridging proposals under uncertainty, repair of a rejected text, single negotiating text.

Engines over the scenario model and its sampled uncertainty
(:mod:`truce.model.uncertainty`): :func:`bridging_proposals` ranks packages of
the whole outcome space by the chance that every party accepts them and
explains each issue by issue; :func:`repair_text` finds the smallest change
of a rejected text that brings the rejecting party back.
"""

from truce.mediation.explain import IssueExplanation, explain_outcome
from truce.mediation.positions import PositionMap, latest_positions
from truce.mediation.proposals import (
    BridgingProposal,
    Mediation,
    TextEvaluation,
    bridging_proposals,
    scenario_hash,
)
from truce.mediation.rankers import (
    PROPOSAL_RANKERS,
    SampledEvaluation,
    max_min_gain,
    nash_expected_gains,
    p_accept_all,
)
from truce.mediation.repair import Repair, RepairResult, repair_text, text_row
from truce.mediation.search import RankedOutcome, top_outcomes
from truce.mediation.zone import UncertainZone, wilson_interval, zone_under_uncertainty

__all__ = [
    "PROPOSAL_RANKERS",
    "BridgingProposal",
    "IssueExplanation",
    "Mediation",
    "PositionMap",
    "RankedOutcome",
    "Repair",
    "RepairResult",
    "SampledEvaluation",
    "TextEvaluation",
    "UncertainZone",
    "bridging_proposals",
    "explain_outcome",
    "latest_positions",
    "max_min_gain",
    "nash_expected_gains",
    "p_accept_all",
    "repair_text",
    "scenario_hash",
    "text_row",
    "top_outcomes",
    "wilson_interval",
    "zone_under_uncertainty",
]
