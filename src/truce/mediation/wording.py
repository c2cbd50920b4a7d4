"""Mediation results in the scenario's own words: party labels and red-line sentences, not ids.

The engines work on an :class:`~truce.model.outcomes.OutcomeSpace`, which
knows issues, options and red lines by id only; their ``reason`` strings and
JSON therefore name red lines by id and expression.  The functions here
word the same results for a reader, with the labels of the scenario the
space was built from and the red-line sentences of :mod:`truce.model.wording`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from truce.model.wording import issue_label, option_label, or_list, party_label, red_line_sentence

if TYPE_CHECKING:
    from truce.mediation.explain import IssueExplanation
    from truce.mediation.infeasible import ZoneConstraint
    from truce.mediation.reopen import Reopening
    from truce.mediation.repair import RepairResult
    from truce.model.scenario import Scenario

__all__ = ["constraint_phrase", "explanation_sentence", "reopening_sentence", "repair_reason"]


def _red_line(scenario: Scenario, red_line_id: str) -> str:
    """``the red line of Israel "Philadelphi corridor must be ..."``, or a scenario constraint's."""
    for red_line in scenario.red_lines:
        if red_line.id == red_line_id:
            sentence = red_line_sentence(red_line.expression, scenario.issues)
            return f'the red line of {party_label(scenario, red_line.party)} "{sentence}"'
    for constraint in scenario.constraints:
        if constraint.id == red_line_id:
            return f'the scenario\'s constraint "{red_line_sentence(constraint.expression, scenario.issues)}"'
    return f"red line {red_line_id!r}"


def constraint_phrase(scenario: Scenario) -> Callable[[ZoneConstraint], str]:
    """A function wording one zone constraint with the scenario's labels (for ``conflict_sentence``)."""

    def phrase(constraint: ZoneConstraint) -> str:
        if constraint.kind == "reservation_value":
            assert constraint.party is not None  # every reservation value is a party's
            owner = party_label(scenario, constraint.party)
            return f"the reservation value of {owner} ({constraint.value:g})"
        assert constraint.id is not None
        return _red_line(scenario, constraint.id)

    return phrase


def reopening_sentence(scenario: Scenario, reopening: Reopening) -> str:
    """What one reopening change does, e.g. ``dropping the red line of Hamas "..." reopens the zone ...``."""
    size = "an uncounted number of" if reopening.zone_size is None else f"{reopening.zone_size:,}"
    if reopening.kind == "drop_red_line":
        change = f"dropping {_red_line(scenario, reopening.target)}"
    else:
        party = party_label(scenario, reopening.target)
        change = f"lowering the reservation value of {party} by {reopening.amount:.4f}"
    return f"{change} reopens the zone with {size} outcomes"


def repair_reason(scenario: Scenario, result: RepairResult) -> str | None:
    """Why ``result`` has no repair, with labels (its ``reason`` names red lines by id)."""
    from truce.mediation.infeasible import conflict_sentence
    from truce.mediation.repair import no_repair_reason

    if result.repair is not None or result.party is None:
        return result.reason
    conflict = conflict_sentence(result.conflict, constraint_phrase(scenario))
    reopen = [_red_line(scenario, red_line_id) for red_line_id in result.reopen_without]
    return no_repair_reason(party_label(scenario, result.party), conflict, reopen)


def explanation_sentence(scenario: Scenario, entry: IssueExplanation | Mapping[str, Any]) -> str:
    """One issue of a proposal's explanation with the scenario's labels.

    ``entry`` is an :class:`~truce.mediation.explain.IssueExplanation` or its
    JSON (as stored with a run; one stored before comparisons were kept keeps
    its sentence).  Parties' red lines are quoted; the scenario's
    compatibility constraints on the issue are counted, e.g. ``shaped by the
    red line of Hamas "..." and 5 of the scenario's compatibility constraints``.
    """
    from truce.mediation.explain import PositionComparison, describe_issue

    if isinstance(entry, Mapping):
        if "comparisons" not in entry:
            return str(entry["sentence"])
        issue_id, option, red_lines = entry["issue"], entry["option"], tuple(entry["red_lines"])
        comparisons = tuple(PositionComparison(**c) for c in entry["comparisons"])
        sentence = str(entry["sentence"])
    else:
        issue_id, option, red_lines = entry.issue, entry.option, entry.red_lines
        comparisons, sentence = entry.comparisons, entry.sentence
    issue = scenario.issue(issue_id)
    if issue is None:
        return sentence
    owned = {r.id for r in scenario.red_lines}
    phrases = [_red_line(scenario, line) for line in red_lines if line in owned]
    constraints = sum(line not in owned for line in red_lines)
    if constraints:
        counted = "one" if constraints == 1 else str(constraints)
        phrases.append(f"{counted} of the scenario's compatibility constraints")
    return describe_issue(issue_label(issue), option_label(issue, option), comparisons,
                          or_list(phrases, "and") if phrases else None,
                          party=lambda party: party_label(scenario, party))
