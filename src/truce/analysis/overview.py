"""One call that answers the mediator's first questions about a scenario.

:func:`analyze` computes the Pareto frontier (red lines respected), the
agreement zone with its binding red lines, the bargaining solutions relative to
a disagreement point, an evaluation of every proposal on the table, and the
claims in the scenario that are not settled (reported, disputed, unverified),
so that reports never present them as facts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from truce import __version__
from truce.analysis.bargaining import BARGAINING_SOLUTIONS
from truce.analysis.frontier import Frontier, pareto_frontier
from truce.analysis.zone import AgreementZone, agreement_zone
from truce.arrays import FloatArray, IntArray
from truce.errors import TruceError
from truce.model.estimate import exact_number
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario

__all__ = ["Analysis", "ProposalEvaluation", "Solution", "analyze"]


@dataclass(frozen=True)
class Solution:
    """A bargaining solution: the outcome (option-index row) and its utilities."""

    name: str
    outcome: IntArray
    utility: FloatArray


@dataclass(frozen=True)
class ProposalEvaluation:
    """How a proposal on the table fares: utility range per party and who can accept it.

    For proposals that leave issues open, ``low``/``high`` are the worst and best
    completions for each party (additive spaces); ``acceptable`` is True only when
    every completion passes, None when some do.
    """

    id: str
    name: str
    confidence: str
    complete: bool
    low: FloatArray
    high: FloatArray
    acceptable: dict[str, bool | None]
    red_lines_crossed: tuple[str, ...]


@dataclass(frozen=True)
class Analysis:
    """Results of :func:`analyze`."""

    scenario: Scenario
    space: OutcomeSpace
    frontier: Frontier
    zone_frontier: Frontier
    zone: AgreementZone
    disagreement: FloatArray
    solutions: dict[str, Solution | None]
    proposals: tuple[ProposalEvaluation, ...]
    unsettled: tuple[tuple[str, str, str], ...]
    findings: tuple[str, ...] = field(default=())

    def outcome_ids(self, row: IntArray) -> dict[str, str]:
        """The package given by a row of option indices, as ``{issue id: option id}``."""
        return self.space.outcome_ids(row)

    def to_json(self, frontier_limit: int | None = None) -> dict[str, Any]:
        """The stable JSON document of ``truce analyze --json``."""
        points = self.zone_frontier
        shown = len(points) if frontier_limit is None else min(frontier_limit, len(points))
        return {
            "scenario": self.scenario.id,
            "truce_version": __version__,
            "parties": list(self.space.parties),
            "issues": list(self.space.issues),
            "outcomes": self.space.size,
            "arithmetic": self.space.arithmetic,
            "zone_size": self.zone.size,
            "zone_exact": self.zone.exact,
            "zone_estimate": None
            if self.zone.estimate is None
            else {
                "share": self.zone.estimate.share,
                "low": self.zone.estimate.low,
                "high": self.zone.estimate.high,
                "samples": self.zone.estimate.samples,
                "seed": self.zone.estimate.seed,
            },
            "reservation": self.space.reservation.tolist(),
            "disagreement": self.disagreement.tolist(),
            "frontier_size": len(points),
            "frontier": [
                {"outcome": self.outcome_ids(points.outcomes[k]), "utility": points.utilities[k].tolist()}
                for k in range(shown)
            ],
            "solutions": {
                name: None
                if s is None
                else {"outcome": self.outcome_ids(s.outcome), "utility": s.utility.tolist()}
                for name, s in self.solutions.items()
            },
            "binding_red_lines": [
                {"id": b.id, "party": b.party, "expression": b.expression, "zone_gain": b.gain}
                for b in self.zone.binding
            ],
            "unsatisfiable_red_lines": list(self.zone.unsatisfiable),
            "proposals": [
                {
                    "id": p.id,
                    "name": p.name,
                    "confidence": p.confidence,
                    "complete": p.complete,
                    "utility_low": p.low.tolist(),
                    "utility_high": p.high.tolist(),
                    "acceptable": p.acceptable,
                    "red_lines_crossed": list(p.red_lines_crossed),
                }
                for p in self.proposals
            ],
            "unsettled": [{"field": f, "id": i, "confidence": c} for f, i, c in self.unsettled],
            "findings": list(self.findings),
        }


def _evaluate_proposals(scenario: Scenario, space: OutcomeSpace) -> tuple[ProposalEvaluation, ...]:
    results = []
    for proposal in scenario.proposals:
        fixed = {
            space.issues.index(i): space.options[space.issues.index(i)].index(o)
            for i, o in proposal.terms.items()
        }
        complete = len(fixed) == len(space.issues)
        if complete:
            low = high = space.integer_utilities(np.array([[fixed[i] for i in range(len(space.issues))]]))[0]
        else:  # best and worst completion, issue by issue (interaction terms not counted)
            low = sum((t[[fixed[i]]] if i in fixed else t).min(axis=0) for i, t in enumerate(space.tables))
            high = sum((t[[fixed[i]]] if i in fixed else t).max(axis=0) for i, t in enumerate(space.tables))
        crossed, undecided = [], []
        for red_line in space.red_lines:
            issues = red_line.expression.issues
            if all(space.issues.index(i) in fixed for i in issues):
                columns = {i: np.array([fixed[space.issues.index(i)]]) for i in issues}
                if not red_line.expression.evaluate(columns)[0]:
                    crossed.append(red_line)
            else:
                undecided.append(red_line)
        acceptable: dict[str, bool | None] = {}
        for p, party in enumerate(space.parties):
            floor = space.integer_reservation[p]
            if any(r.party == party for r in crossed) or high[p] < floor:
                acceptable[party] = False
            elif low[p] >= floor and not any(r.party == party for r in undecided):
                acceptable[party] = True
            else:
                acceptable[party] = None
        results.append(
            ProposalEvaluation(
                proposal.id,
                proposal.name or proposal.id,
                proposal.confidence,
                complete,
                space.to_floats(np.asarray(low)[None, :])[0],
                space.to_floats(np.asarray(high)[None, :])[0],
                acceptable,
                tuple(r.id for r in crossed),
            )
        )
    return tuple(results)


def analyze(
    scenario: Scenario,
    *,
    disagreement: Sequence[float] | None = None,
    progress: Callable[[int, int], None] | None = None,
    seed: int = 0,
) -> Analysis:
    """Frontier, agreement zone, bargaining solutions and proposals of ``scenario``.

    Parameters
    ----------
    scenario
        The negotiation.
    disagreement
        Disagreement point for the bargaining solutions, one utility per
        negotiating party; defaults to the reservation values.
    progress
        Called as ``progress(done, total)`` while the agreement zone is counted.
    seed
        Seed of the sample that estimates the zone of spaces too large to count.
    """
    space = OutcomeSpace.from_scenario(scenario)
    if disagreement is None:
        d = space.reservation.copy()
        d_exact = space.to_fractions(space.integer_reservation[None, :])[0]
    else:
        d = np.asarray(disagreement, dtype=np.float64)
        d_exact = np.array([exact_number(float(x)) for x in d.reshape(-1)], dtype=object)
        if d.shape != (space.n_parties,):
            raise TruceError(
                f"the disagreement point needs {space.n_parties} utilities "
                f"({', '.join(space.parties)}), got {len(d)}",
                field="disagreement",
                hint="give one number per negotiating party, comma-separated",
            )
    frontier = pareto_frontier(space)
    rational = np.asarray((frontier.integer_utilities >= space.integer_reservation).all(axis=1))
    zone_frontier = frontier.select(rational)
    zone = agreement_zone(space, progress=progress, seed=seed)
    exact_frontier = space.to_fractions(frontier.integer_utilities)
    solutions: dict[str, Solution | None] = {}
    for name, solve in BARGAINING_SOLUTIONS.items():
        index = solve(exact_frontier, d_exact) if len(frontier) else None
        solutions[name] = (
            None if index is None else Solution(name, frontier.outcomes[index], frontier.utilities[index])
        )
    findings = []
    for red_line_id in zone.unsatisfiable:
        findings.append(f"red line {red_line_id!r} can never be satisfied: no outcome meets it")
    if zone.size == 0:
        findings.append(
            "the agreement zone is empty: no outcome meets every party's reservation value and red lines"
        )
    return Analysis(
        scenario=scenario,
        space=space,
        frontier=frontier,
        zone_frontier=zone_frontier,
        zone=zone,
        disagreement=d,
        solutions=solutions,
        proposals=_evaluate_proposals(scenario, space),
        unsettled=tuple(scenario.unsettled_claims()),
        findings=tuple(findings),
    )
