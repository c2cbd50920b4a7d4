"""A scenario's consistency: every id it refers to exists and every number lies in its range.

Run by :class:`~truce.model.scenario.Scenario` when it is validated or
assembled, and on every change applied to it.  Problems raise
:class:`~truce.errors.ScenarioError` naming the field (``preferences.1.weights``)
and the fix.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from truce.errors import ScenarioError
from truce.model.elements import WEIGHT_TOLERANCE, Change, Issue, Preference, RedLine
from truce.model.estimate import Estimate

if TYPE_CHECKING:
    from truce.model.redlines import RedLineExpression
    from truce.model.scenario import Scenario

__all__ = ["check_change", "check_consistency", "check_reservation", "compile_expression"]


def _no_duplicates(ids: Iterable[str], what: str, field: str | None = None) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ScenarioError(
                f"duplicate {what}: {item!r}", field=field, hint="give every element its own id"
            )
        seen.add(item)


def compile_expression(expression: str, issues: tuple[Issue, ...]) -> RedLineExpression:
    """A red line's or constraint's expression, compiled over ``issues``."""
    # the expression language is imported by scenarios that have red lines only
    # (most GENIUS domains have none, and start-up counts for them)
    from truce.model.redlines import compile_red_line

    return compile_red_line(expression, issues)


def check_reservation(party: str, value: Estimate, field: str) -> None:
    """Check that a reservation value (and its range) lies in [0, 1]."""
    if not 0.0 <= value.low <= value.value <= value.high <= 1.0:
        shown = f"{value.value:g}" + (f" with range [{value.low:g}, {value.high:g}]" if value.range else "")
        raise ScenarioError(
            f"reservation value of party {party!r} must lie in [0, 1], got {shown}",
            field=field,
            hint="it is the party's utility of no agreement: 0 is its worst outcome, 1 its best",
        )


def _check_parties(scenario: Scenario) -> None:
    """Two negotiating parties or more, each with preferences; reservation values in [0, 1]."""
    if len(scenario.negotiators) < 2:
        raise ScenarioError(
            "a negotiation needs at least two parties with role 'party'",
            field="parties",
            hint="add the other side, or set role: party on an existing one",
        )
    for k, party in enumerate(scenario.parties):
        check_reservation(party.id, party.reservation_value, f"parties.{k}.reservation_value")
    for k, preference in enumerate(scenario.preferences):
        _check_preference(scenario, preference, f"preferences.{k}")
    have = {p.party for p in scenario.preferences}
    for party in scenario.negotiators:
        if party.id not in have:
            raise ScenarioError(
                f"party {party.id!r} has no preferences",
                field="preferences",
                hint=f"add a preferences entry with party: {party.id}",
            )


def check_consistency(scenario: Scenario, *, derived: bool) -> None:
    """Check that the scenario's elements hold together (ids, references, weights, values, red lines).

    A scenario ``derived`` by :meth:`~truce.model.scenario.Scenario.with_change`
    keeps the original's variants and shocks, which were checked against the
    original (a variant may remove a red line another one refers to), so they
    are not checked again.

    Raises
    ------
    ScenarioError
        Naming the field and the fix, at the first problem found.
    """
    if not scenario.issues:
        raise ScenarioError(
            "the scenario has no issues", field="issues", hint="list at least one issue with its options"
        )
    _no_duplicates((p.id for p in scenario.parties), "party id", "parties")
    _no_duplicates((i.id for i in scenario.issues), "issue id", "issues")
    _no_duplicates((r.id for r in scenario.red_lines), "red line id", "red_lines")
    _no_duplicates((v.id for v in scenario.variants), "variant id", "variants")
    _no_duplicates((p.id for p in scenario.proposals), "proposal id", "proposals")
    _no_duplicates((p.party for p in scenario.preferences), "preference for party", "preferences")
    _check_parties(scenario)
    for k, red_line in enumerate(scenario.red_lines):
        _check_red_line(scenario, red_line, f"red_lines.{k}")
    ids = [*(r.id for r in scenario.red_lines), *(c.id for c in scenario.constraints)]
    _no_duplicates(ids, "red line or constraint id")
    for k, constraint in enumerate(scenario.constraints):
        try:
            compile_expression(constraint.expression, scenario.issues)
        except ScenarioError as exc:
            exc.field = f"constraints.{k}.expression"
            raise
    for k, position in enumerate(scenario.positions):
        _check_party(scenario, position.party, f"positions.{k}.party")
        for option in position.options:
            _check_option(scenario, position.issue, option, f"positions.{k}")
    for k, proposal in enumerate(scenario.proposals):
        for issue, option in proposal.terms.items():
            _check_option(scenario, issue, option, f"proposals.{k}.terms")
    for k, event in enumerate(scenario.timeline):
        for party_id in event.parties:
            _check_party(scenario, party_id, f"timeline.{k}.parties")
        for issue in event.issues:
            _check_issue(scenario, issue, f"timeline.{k}.issues")
        if event.change is not None and not derived:
            check_change(scenario, event.change, f"timeline.{k}.change")
    for k, variant in enumerate(scenario.variants):
        if not derived:
            check_change(scenario, variant.change, f"variants.{k}.change")


def _check_party(scenario: Scenario, party: str, field: str) -> None:
    if party not in scenario.party_ids:
        raise ScenarioError(
            f"unknown party {party!r}", field=field, hint=f"use one of {', '.join(scenario.party_ids)}"
        )


def _check_issue(scenario: Scenario, issue: str, field: str) -> Issue:
    found = scenario.issue(issue)
    if found is None:
        raise ScenarioError(
            f"unknown issue {issue!r}", field=field, hint=f"use one of {', '.join(scenario.issue_ids)}"
        )
    return found


def _check_option(scenario: Scenario, issue_id: str, option: str, field: str) -> None:
    issue = _check_issue(scenario, issue_id, field)
    if option not in issue.option_index:
        raise ScenarioError(
            f"unknown option {option!r} of issue {issue_id!r}",
            field=field,
            hint=f"use one of {', '.join(issue.option_ids)}",
        )


def _check_red_line(scenario: Scenario, red_line: RedLine, field: str) -> None:
    _check_party(scenario, red_line.party, f"{field}.party")
    try:
        compile_expression(red_line.expression, scenario.issues)
    except ScenarioError as exc:
        exc.field = f"{field}.expression"
        raise


def _check_preference(scenario: Scenario, preference: Preference, field: str) -> None:
    _check_party(scenario, preference.party, f"{field}.party")
    for issue_id in preference.weights:
        _check_issue(scenario, issue_id, f"{field}.weights")
    missing = [i for i in scenario.issue_ids if i not in preference.weights]
    if missing:
        raise ScenarioError(
            f"party {preference.party!r} gives no weight to issues {missing}",
            field=f"{field}.weights",
            hint="give every issue a weight (0 if the party does not care about it)",
        )
    total = sum(w.value for w in preference.weights.values())
    if preference.normalised and abs(total - 1.0) > WEIGHT_TOLERANCE:
        raise ScenarioError(
            f"weights of party {preference.party!r} sum to {total:.6g}, {total - 1:+.6g} away from 1",
            field=f"{field}.weights",
            hint="rescale the weights so they sum to 1",
        )
    for issue_id, weight in preference.weights.items():
        if not 0.0 <= weight.low <= weight.high <= (1.0 if preference.normalised else float("inf")):
            raise ScenarioError(
                f"weight of issue {issue_id!r} must lie in [0, 1], got {weight.value}"
                + (f" with range [{weight.low}, {weight.high}]" if weight.range else ""),
                field=f"{field}.weights.{issue_id}",
                hint="weights are shares of importance between 0 and 1",
            )
    for issue_id, values in preference.values.items():
        issue = _check_issue(scenario, issue_id, f"{field}.values")
        for option_id, value in values.items():
            _check_option(scenario, issue_id, option_id, f"{field}.values.{issue_id}")
            if not 0.0 <= value.low <= value.high <= 1.0:
                raise ScenarioError(
                    f"value of option {option_id!r} must lie in [0, 1], got {value.value}",
                    field=f"{field}.values.{issue_id}.{option_id}",
                    hint="option values are 0 (worst) to 1 (best) for the party",
                )
        missing = [o for o in issue.option_ids if o not in values]
        if missing and preference.weights[issue_id].value > 0:
            raise ScenarioError(
                f"party {preference.party!r} gives no value to options {missing} of issue {issue_id!r}",
                field=f"{field}.values.{issue_id}",
                hint="give every option a value between 0 and 1",
            )
    unvalued = [i for i, w in preference.weights.items() if w.value > 0 and i not in preference.values]
    if unvalued:
        raise ScenarioError(
            f"party {preference.party!r} weights issues {unvalued} but values none of their options",
            field=f"{field}.values",
            hint="add option values for these issues",
        )
    for j, interaction in enumerate(preference.interactions):
        for issue_id, option_id in interaction.when.items():
            _check_option(scenario, issue_id, option_id, f"{field}.interactions.{j}.when")


def check_change(scenario: Scenario, change: Change, field: str) -> None:
    """Check that ``change`` (under ``field``) refers only to what ``scenario`` defines."""
    for party, value in change.reservation_values.items():
        _check_party(scenario, party, f"{field}.reservation_values")
        check_reservation(party, value, f"{field}.reservation_values.{party}")
    for party in change.reservation_shifts:
        _check_party(scenario, party, f"{field}.reservation_shifts")
    known = {r.id for r in scenario.red_lines} | {r.id for r in change.add_red_lines}
    for red_line_id in change.remove_red_lines:
        if red_line_id not in known:
            raise ScenarioError(
                f"unknown red line {red_line_id!r}",
                field=f"{field}.remove_red_lines",
                hint=f"use one of {', '.join(sorted(known)) or '(none defined)'}",
            )
    for k, red_line in enumerate(change.add_red_lines):
        _check_red_line(scenario, red_line, f"{field}.add_red_lines.{k}")
    for party, weights in change.weights.items():
        _check_party(scenario, party, f"{field}.weights")
        for issue in weights:
            _check_issue(scenario, issue, f"{field}.weights.{party}")
    for party, values in change.values.items():
        _check_party(scenario, party, f"{field}.values")
        for issue, options in values.items():
            for option in options:
                _check_option(scenario, issue, option, f"{field}.values.{party}")
