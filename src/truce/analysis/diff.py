"""What a change does to a negotiation: scenario diff.

Compares two scenarios (or a scenario before and after a variant, a shock or a
new demand) in two layers: the model changes (reservation values, red lines,
weights, option values, issues) and their consequences (agreement zone size,
frontier, each bargaining solution, binding red lines).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from truce.analysis.overview import Analysis, analyze
from truce.model.elements import Party, RedLine
from truce.model.scenario import Scenario
from truce.model.wording import issue_label, option_label, party_label, red_line_sentence

__all__ = [
    "ScenarioDiff",
    "SolutionShift",
    "described_changes",
    "diff_analyses",
    "diff_scenarios",
    "model_changes",
]


@dataclass(frozen=True)
class SolutionShift:
    """How one bargaining solution moved: issues whose option changed, and utilities."""

    name: str
    before: dict[str, str] | None
    after: dict[str, str] | None
    utility_before: list[float] | None
    utility_after: list[float] | None

    @property
    def changed_issues(self) -> dict[str, tuple[str | None, str | None]]:
        """Each issue whose option differs, mapped to its (before, after) option id (None where absent)."""
        before, after = self.before or {}, self.after or {}
        return {
            issue: (before.get(issue), after.get(issue))
            for issue in dict.fromkeys([*before, *after])
            if before.get(issue) != after.get(issue)
        }

    @property
    def changed(self) -> bool:
        """True when the solution's outcome or its utilities differ."""
        return self.before != self.after or self.utility_before != self.utility_after


@dataclass(frozen=True)
class ScenarioDiff:
    """Model changes from ``before`` to ``after`` and what they do to the analysis."""

    before: Analysis
    after: Analysis
    changes: tuple[str, ...]
    solutions: tuple[SolutionShift, ...]
    described: tuple[str, ...] = ()
    """The same changes in words (labels, red lines as sentences): :func:`described_changes`."""

    @property
    def zone_change(self) -> tuple[int | None, int | None]:
        """Agreement-zone size (number of packages) before and after; None where not counted exactly."""
        return self.before.zone.size, self.after.zone.size

    @property
    def frontier_change(self) -> tuple[int, int]:
        """Number of Pareto-optimal packages inside the zone, before and after."""
        return len(self.before.zone_frontier), len(self.after.zone_frontier)

    @property
    def binding_change(self) -> tuple[list[str], list[str]]:
        """Ids of the binding red lines (those that shrink the zone), before and after."""
        return [b.id for b in self.before.zone.binding], [b.id for b in self.after.zone.binding]

    @property
    def is_empty(self) -> bool:
        """True when nothing in the model or in the results differs."""
        before_binding, after_binding = self.binding_change
        return (
            not self.changes
            and self.zone_change[0] == self.zone_change[1]
            and self.frontier_change[0] == self.frontier_change[1]
            and before_binding == after_binding
            and not any(s.changed for s in self.solutions)
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON document of ``truce diff --json``."""
        before_binding, after_binding = self.binding_change
        return {
            "before": self.before.scenario.id,
            "after": self.after.scenario.id,
            "parties": list(self.after.space.parties),
            "changes": list(self.changes),
            "described_changes": list(self.described),
            "zone_size": {"before": self.zone_change[0], "after": self.zone_change[1]},
            "frontier_size": {"before": self.frontier_change[0], "after": self.frontier_change[1]},
            "binding_red_lines": {"before": before_binding, "after": after_binding},
            "solutions": {
                s.name: {
                    "before": None
                    if s.before is None
                    else {"outcome": s.before, "utility": s.utility_before},
                    "after": None if s.after is None else {"outcome": s.after, "utility": s.utility_after},
                    "changed_issues": {k: list(v) for k, v in s.changed_issues.items()},
                }
                for s in self.solutions
            },
            "empty": self.is_empty,
        }


def _fmt(value: float) -> str:
    return f"{value:.4g}"


def _reservation_changes(before: Scenario, after: Scenario) -> Iterator[tuple[Party, float, float]]:
    """Each party of both scenarios whose reservation value changed: (party, old, new)."""
    for party in after.parties:
        old = before.party(party.id)
        if old is not None and old.reservation_value.value != party.reservation_value.value:
            yield party, old.reservation_value.value, party.reservation_value.value


def _red_line_changes(
    before: Scenario, after: Scenario
) -> Iterator[tuple[Literal["added", "changed", "removed"], RedLine, RedLine]]:
    """Red lines added, changed or removed, by id: (what, old, new) (the same line when added or removed)."""
    old_lines = {r.id: r for r in before.red_lines}
    new_lines = {r.id: r for r in after.red_lines}
    for red_line_id, red_line in new_lines.items():
        old = old_lines.get(red_line_id)
        if old is None:
            yield "added", red_line, red_line
        elif old.expression != red_line.expression:
            yield "changed", old, red_line
    for red_line_id, red_line in old_lines.items():
        if red_line_id not in new_lines:
            yield "removed", red_line, red_line


def _number_changes(before: Scenario, after: Scenario) -> Iterator[tuple[str, str, str | None, float, float]]:
    """Weights and option values that changed: (party, issue, option or None for a weight, old, new)."""
    for preference in after.preferences:
        old = before.preference(preference.party)
        if old is None:
            continue
        for issue_id, weight in preference.weights.items():
            old_weight = old.weights.get(issue_id)
            if old_weight is not None and old_weight.value != weight.value:
                yield preference.party, issue_id, None, old_weight.value, weight.value
        for issue_id, values in preference.values.items():
            for option_id, value in values.items():
                old_value = old.values.get(issue_id, {}).get(option_id)
                if old_value is not None and old_value.value != value.value:
                    yield preference.party, issue_id, option_id, old_value.value, value.value


def _structural_changes(before: Scenario, after: Scenario) -> list[str]:
    """Issues and parties added or removed, and issues whose options changed."""
    changes: list[str] = []
    before_issues = {i.id: i for i in before.issues}
    after_issues = {i.id: i for i in after.issues}
    changes += [f"issue {issue_id} removed" for issue_id in before_issues.keys() - after_issues.keys()]
    changes += [f"issue {issue_id} added" for issue_id in after_issues.keys() - before_issues.keys()]
    for issue_id in before_issues.keys() & after_issues.keys():
        if before_issues[issue_id].option_ids != after_issues[issue_id].option_ids:
            changes.append(f"issue {issue_id}: options changed")
    changes += [f"party {p.id} added" for p in after.parties if before.party(p.id) is None]
    changes += [f"party {p.id} removed" for p in before.parties if after.party(p.id) is None]
    return changes


def model_changes(before: Scenario, after: Scenario) -> list[str]:
    """Human-readable list of what differs between two scenarios' models."""
    changes = _structural_changes(before, after)
    changes += [f"{party.id}: reservation value {_fmt(old)} → {_fmt(new)}"
                for party, old, new in _reservation_changes(before, after)]
    for what, old_line, new_line in _red_line_changes(before, after):
        if what == "changed":
            changes.append(f"red line {new_line.id} changed: {old_line.expression} → {new_line.expression}")
        else:
            changes.append(f"red line {what} ({new_line.party}): {new_line.expression}")
    for party, issue_id, option_id, old, new in _number_changes(before, after):
        number = f"weight of {issue_id}" if option_id is None else f"value of {issue_id}={option_id}"
        changes.append(f"{party}: {number} {_fmt(old)} → {_fmt(new)}")
    return changes


def _red_line_words(scenario: Scenario, red_line: RedLine) -> str:
    return red_line_sentence(red_line.expression, scenario.issues, party_label(scenario, red_line.party))


def _described_numbers(before: Scenario, after: Scenario) -> list[str]:
    out = []
    for party, issue_id, option_id, old, new in _number_changes(before, after):
        issue = after.issue(issue_id)
        if issue is None:
            continue
        who = party_label(after, party)
        if option_id is None:
            out.append(f"{who} weighs {issue_label(issue)} {_fmt(old)} → {_fmt(new)}")
        else:
            out.append(f"{who} values {issue_label(issue)}: {option_label(issue, option_id)} "
                       f"{_fmt(old)} → {_fmt(new)}")
    return out


def described_changes(before: Scenario, after: Scenario) -> list[str]:
    """What :func:`model_changes` lists, in words: party and issue labels, red lines as sentences."""
    out = [f"{party.label}: value of no deal (reservation value) {_fmt(old)} → {_fmt(new)}"
           for party, old, new in _reservation_changes(before, after)]
    for what, old_line, new_line in _red_line_changes(before, after):
        if what == "added":
            out.append(f"new red line: {_red_line_words(after, new_line)}")
        elif what == "changed":
            out.append(f"red line changed from \"{_red_line_words(before, old_line)}\" to "
                       f"\"{_red_line_words(after, new_line)}\"")
        else:
            out.append(f"red line dropped: {_red_line_words(before, old_line)}")
    out += _described_numbers(before, after)
    return out + _structural_changes(before, after)


def diff_scenarios(before: Scenario, after: Scenario) -> ScenarioDiff:
    """Analyse both scenarios and report what changed and what it does."""
    return diff_analyses(analyze(before), analyze(after))


def diff_analyses(first: Analysis, second: Analysis) -> ScenarioDiff:
    """The diff of two analyses already computed (of ``first.scenario`` and ``second.scenario``)."""
    before, after = first.scenario, second.scenario
    shifts = []
    for name in first.solutions:
        a, b = first.solutions[name], second.solutions.get(name)
        shifts.append(
            SolutionShift(
                name,
                None if a is None else first.outcome_ids(a.outcome),
                None if b is None else second.outcome_ids(b.outcome),
                None if a is None else a.utility.tolist(),
                None if b is None else b.utility.tolist(),
            )
        )
    return ScenarioDiff(
        first,
        second,
        tuple(model_changes(before, after)),
        tuple(shifts),
        tuple(described_changes(before, after)),
    )
