"""What ``truce validate`` reports about a scenario that loaded: its size and its findings.

A scenario that loads is valid (the model checks every field when it is
built); :func:`check_scenario` adds what a valid file can still get wrong:
red lines that no outcome satisfies, and claims that are not settled.
Negotiating parties, mediators and observers are counted apart, because
only the negotiating parties must accept a deal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from truce.analysis.zone import unsatisfiable_red_lines
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario
from truce.model.wording import count_noun

__all__ = ["ScenarioCheck", "check_scenario"]


@dataclass(frozen=True)
class ScenarioCheck:
    """The size of a scenario and its findings (problems that do not stop an analysis)."""

    scenario: str
    name: str
    parties: tuple[str, ...]
    """Ids of the negotiating parties (role ``party``): those whose acceptance a deal needs."""
    mediators: tuple[str, ...]
    observers: tuple[str, ...]
    issues: int
    outcomes: int
    red_lines: int
    variants: tuple[str, ...]
    unsettled: int
    """Elements whose confidence is reported, disputed or unverified."""
    unsatisfiable_red_lines: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable document (``truce validate --json``)."""
        return {
            "scenario": self.scenario,
            "valid": True,
            "parties": list(self.parties),
            "mediators": list(self.mediators),
            "observers": list(self.observers),
            "issues": self.issues,
            "outcomes": self.outcomes,
            "red_lines": self.red_lines,
            "variants": list(self.variants),
            "unsettled": self.unsettled,
            "unsatisfiable_red_lines": list(self.unsatisfiable_red_lines),
        }

    def summary(self) -> str:
        """One line: "3 parties, 1 mediator, 2 issues, 6 outcomes, ..." (plurals as counted)."""
        parts = [count_noun(len(self.parties), "party", "parties")]
        if self.mediators:
            parts.append(count_noun(len(self.mediators), "mediator"))
        if self.observers:
            parts.append(count_noun(len(self.observers), "observer"))
        parts += [
            count_noun(self.issues, "issue"),
            count_noun(self.outcomes, "outcome"),
            count_noun(self.red_lines, "red line"),
            count_noun(len(self.variants), "variant"),
            count_noun(self.unsettled, "unsettled claim"),
        ]
        return ", ".join(parts)

    def findings(self) -> list[str]:
        """Each finding as a sentence."""
        return [f"red line {red_line!r} can never be satisfied" for red_line in self.unsatisfiable_red_lines]


def check_scenario(scenario: Scenario) -> ScenarioCheck:
    """Size and findings of a loaded scenario, as ``truce validate`` reports them."""
    space = OutcomeSpace.from_scenario(scenario)

    def with_role(role: str) -> tuple[str, ...]:
        return tuple(p.id for p in scenario.parties if p.role == role)

    return ScenarioCheck(
        scenario=scenario.id,
        name=scenario.name or scenario.id,
        parties=with_role("party"),
        mediators=with_role("mediator"),
        observers=with_role("observer"),
        issues=len(scenario.issues),
        outcomes=space.size,
        red_lines=len(scenario.red_lines),
        variants=tuple(v.id for v in scenario.variants),
        unsettled=len(scenario.unsettled_claims()),
        unsatisfiable_red_lines=unsatisfiable_red_lines(space),
    )
