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
from truce.mediation.reopen import Reopening, reopen_zone
from truce.mediation.repair import Repair, RepairResult, repair_text, text_row
from truce.mediation.search import RankedOutcome, top_outcomes
from truce.mediation.single_text import Logroll, TextStep, logrolls, single_negotiating_text
from truce.mediation.target_repair import TargetRepairResult, repair_text_to_target, repair_to_target
from truce.mediation.zone import UncertainZone, zone_under_uncertainty
from truce.stats import wilson_interval

__all__ = [
    "PROPOSAL_RANKERS",
    "BridgingProposal",
    "IssueExplanation",
    "Logroll",
    "Mediation",
    "PositionMap",
    "RankedOutcome",
    "Reopening",
    "Repair",
    "RepairResult",
    "SampledEvaluation",
    "TargetRepairResult",
    "TextEvaluation",
    "TextStep",
    "UncertainZone",
    "bridging_proposals",
    "explain_outcome",
    "latest_positions",
    "logrolls",
    "max_min_gain",
    "nash_expected_gains",
    "p_accept_all",
    "reopen_zone",
    "repair_text",
    "repair_text_to_target",
    "repair_to_target",
    "scenario_hash",
    "single_negotiating_text",
    "text_row",
    "top_outcomes",
    "wilson_interval",
    "zone_under_uncertainty",
]
