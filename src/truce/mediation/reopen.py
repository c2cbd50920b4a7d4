"""Reopening a closed zone: the smallest single change that makes agreement possible again.

Two kinds of change are considered (Raiffa 1982, ch. 2 on reservation
values; the analysis engine's binding red lines):

* dropping one red line: every red line whose removal alone adds outcomes to
  the zone (its ``gain``, counted exactly by
  :func:`~truce.analysis.zone.agreement_zone`);
* lowering one party's reservation value by the least amount: party ``p``
  must come down to the best utility it can get from an outcome that crosses
  no red line and gives every other party its reservation value; that
  outcome lies on the Pareto frontier, so the frontier gives the amount
  exactly.

Each reopening reports the size of the reopened zone, and
:func:`~truce.mediation.proposals.bridging_proposals` adds the package of
the reopened zone closest to the parties' positions (``example``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

import numpy as np

from truce.analysis.frontier import pareto_frontier
from truce.analysis.zone import agreement_zone
from truce.model.outcomes import OutcomeSpace

__all__ = ["Reopening", "reopen_zone"]


@dataclass(frozen=True)
class Reopening:
    """One change that reopens the zone: the red line dropped, or the party and amount."""

    kind: Literal["drop_red_line", "lower_reservation"]
    target: str
    amount: float
    zone_size: int | None
    exact_amount: Fraction = Fraction(0)
    example: dict[str, str] | None = None
    """A package of the reopened zone (the one closest to the parties' positions), when known."""

    @property
    def sentence(self) -> str:
        """The change and the size of the zone it reopens, in words."""
        size = "an uncounted number of" if self.zone_size is None else f"{self.zone_size:,}"
        if self.kind == "drop_red_line":
            return f"dropping red line {self.target!r} reopens the zone with {size} outcomes"
        return (
            f"lowering {self.target}'s reservation value by {self.amount:.4f} "
            f"reopens the zone with {size} outcomes"
        )


    def apply(self, space: OutcomeSpace) -> OutcomeSpace:
        """``space`` with this change made."""
        if self.kind == "drop_red_line":
            kept = tuple(r for r in space.red_lines if r.id != self.target)
            return dataclasses.replace(space, red_lines=kept)
        p = space.parties.index(self.target)
        values = [Fraction(int(r), d) for r, d in zip(space.integer_reservation, space.scale, strict=True)]
        values[p] -= self.exact_amount
        lowered = space.reservation.copy()
        lowered[p] = float(values[p])
        return dataclasses.replace(space, reservation=lowered, exact_reservation=tuple(values))


def reopen_zone(space: OutcomeSpace) -> tuple[Reopening, ...]:
    """The single changes that reopen an empty zone (empty when the zone is not closed).

    Red-line drops come first, largest reopened zone first; then reservation
    shifts, smallest first.
    """
    zone = agreement_zone(space)
    if zone.size != 0:
        return ()
    found = [Reopening("drop_red_line", b.id, 0.0, b.gain) for b in zone.binding]
    frontier = pareto_frontier(space)
    if len(frontier):
        points = space.integer_utilities(frontier.outcomes)
        floor = space.integer_reservation
        exact = [Fraction(int(r), d) for r, d in zip(floor, space.scale, strict=True)]
        shifts = []
        for p, party in enumerate(space.parties):
            others = np.delete(points, p, axis=1) >= np.delete(floor, p)
            feasible = others.all(axis=1)
            if not feasible.any():
                continue
            best = int(points[feasible, p].max())
            target = Fraction(best, space.scale[p])  # the reservation value that lets the best outcome in
            lowered, values = space.reservation.copy(), list(exact)
            lowered[p], values[p] = float(target), target
            amount = float(exact[p] - target)
            reopened = agreement_zone(
                dataclasses.replace(space, reservation=lowered, exact_reservation=tuple(values))
            )
            shifts.append(Reopening("lower_reservation", party, amount, reopened.size, exact[p] - target))
        found += sorted(shifts, key=lambda r: r.amount)
    return tuple(found)
