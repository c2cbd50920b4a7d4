"""A scenario walked through over time: the base, each dated variant, and what each step changed.

This is the content of ``truce demo`` as data (front ends only render it):
the analysis and plain-language summary of the base scenario and of every
variant in date order, and the scenario diff between consecutive variants, so
a reader sees how the zone of possible agreement (Raiffa 1982, ch. 4) grew or
shrank as demands and red lines were added.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from truce.analysis.diff import ScenarioDiff, diff_analyses
from truce.analysis.overview import Analysis, analyze
from truce.analysis.summary import Summary, summarize
from truce.model.scenario import Scenario

__all__ = ["Step", "Walkthrough", "walkthrough"]


@dataclass(frozen=True)
class Step:
    """One point of the walk-through: the base (``variant`` None) or one variant."""

    id: str
    name: str
    date: dt.date | None
    confidence: str | None
    variant: str | None
    analysis: Analysis
    summary: Summary

    def to_json(self) -> dict[str, Any]:
        """The entry of ``truce demo --json``'s ``variants`` list (its keys are stable)."""
        a = self.analysis
        nash = a.solutions.get("nash")
        return {
            "id": self.id,
            "name": self.name,
            "date": None if self.date is None else self.date.isoformat(),
            "confidence": self.confidence,
            "zone_size": a.zone.size,
            "frontier_size": len(a.zone_frontier),
            "binding_red_lines": [b.id for b in a.zone.binding],
            "nash": None if nash is None else a.outcome_ids(nash.outcome),
            "summary": self.summary.to_json(),
        }


@dataclass(frozen=True)
class Walkthrough:
    """What :func:`walkthrough` returns: the steps in date order and the diffs between variants."""

    scenario: Scenario
    steps: tuple[Step, ...]
    diffs: tuple[tuple[Step, Step, ScenarioDiff], ...]

    @property
    def base(self) -> Step:
        """The step of the scenario without variants (always the first)."""
        return self.steps[0]

    def to_json(self, frontier_limit: int | None = None) -> dict[str, Any]:
        """The analysis part of ``truce demo --json``: ``scenario``, ``analysis``, ``variants``, ``diffs``."""
        return {
            "scenario": self.scenario.id,
            "analysis": self.base.analysis.to_json(frontier_limit),
            "summary": self.base.summary.to_json(),
            "variants": [step.to_json() for step in self.steps],
            "diffs": [
                {"step": f"{before.id} → {after.id}", **diff.to_json()} for before, after, diff in self.diffs
            ],
        }


def walkthrough(scenario: Scenario) -> Walkthrough:
    """Analyse the base scenario and each variant in date order, and diff consecutive variants.

    Each step's summary measures concessions against the positions stated by
    the step's date (the variant's, else the scenario's).  Diffs are taken
    between consecutive steps (base to first variant, then variant to
    variant): each variant records the state of the talks at its date.

    Parameters
    ----------
    scenario
        The scenario with its variants (e.g. the bundled ``gaza-ceasefire-2024``).
    """
    variants = sorted(scenario.variants, key=lambda v: (v.date is None, v.date or dt.date.min))
    steps = [_step(scenario, "base", scenario.name or scenario.id, scenario.date, None, None)]
    for v in variants:
        steps.append(_step(scenario.with_variant(v.id), v.id, v.name or v.id, v.date, v.confidence, v.id))
    diffs = tuple(
        (before, after, diff_analyses(before.analysis, after.analysis))
        for before, after in pairwise(steps)
    )
    return Walkthrough(scenario, tuple(steps), diffs)


def _step(
    scenario: Scenario,
    step_id: str,
    name: str,
    date: dt.date | None,
    confidence: str | None,
    variant: str | None,
) -> Step:
    analysis = analyze(scenario)
    return Step(step_id, name, date, confidence, variant, analysis, summarize(analysis, as_of=date))
