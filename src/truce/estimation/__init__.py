"""Estimates computed from coded evidence, by one rule for every party.

:mod:`~truce.estimation.evidence` holds the coded statements and no-deal
items, :mod:`~truce.estimation.rules` the rule that turns them into weights,
option values, red lines and reservation values, :mod:`~truce.estimation.scenario`
applies it to a scenario (positions, dated shocks, variants) and
:mod:`~truce.estimation.explain` says which statement moved which number.
"""

from truce.estimation.evidence import Evidence, NoDealItem, Reference, Statement, VariantSpec
from truce.estimation.explain import EstimateReport, explain_estimates
from truce.estimation.rules import Effect, Estimates, PartyEstimates, estimate
from truce.estimation.scenario import estimated_scenario, estimates_over_time

__all__ = [
    "Effect",
    "EstimateReport",
    "Estimates",
    "Evidence",
    "NoDealItem",
    "PartyEstimates",
    "Reference",
    "Statement",
    "VariantSpec",
    "estimate",
    "estimated_scenario",
    "estimates_over_time",
    "explain_estimates",
]
