"""The smallest change that reopens an empty agreement zone.

When no package is acceptable to every party, a mediator asks what would have
to give.  Two kinds of single change are measured: dropping one red line
(the zone it alone keeps closed is the red line's gain in
:class:`~truce.analysis.zone.BindingRedLine`), and lowering one party's
reservation value: the smallest cut is the party's reservation value minus
the best utility it can get from a package that crosses no red line and gives
every other party at least its reservation value (Raiffa 1982, ch. 4: the
zone of possible agreement and the parties' walk-away points).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from truce.analysis.zone import AgreementZone
from truce.model.elements import CONSTRAINT_PARTY
from truce.model.outcomes import OutcomeSpace

__all__ = ["REOPEN_LIMIT", "Reopening", "reopening_changes"]

REOPEN_LIMIT = 2_000_000
"""Largest space whose reservation-value cuts are computed (one enumeration pass)."""


@dataclass(frozen=True)
class Reopening:
    """One change that alone would make the zone non-empty.

    ``kind`` is ``"red line"`` (drop ``red_line``; ``packages`` then come back)
    or ``"reservation value"`` (lower ``party``'s by ``amount``).
    """

    kind: str
    party: str
    red_line: str | None = None
    amount: float | None = None
    packages: int | None = None


def _best_for_each_party(space: OutcomeSpace) -> list[float | None]:
    best: list[float | None] = [None] * space.n_parties
    for rows in space.chunks():
        ok = space.respects_red_lines(rows)
        if not ok.any():
            continue
        utilities = space.utilities(rows[ok])
        meets = utilities >= space.reservation - 1e-12
        for p in range(space.n_parties):
            others = np.delete(meets, p, axis=1).all(axis=1)
            if others.any():
                top = float(utilities[others, p].max())
                current = best[p]
                best[p] = top if current is None else max(current, top)
    return best


def reopening_changes(space: OutcomeSpace, zone: AgreementZone) -> tuple[Reopening, ...]:
    """Single changes that reopen an empty zone: red lines to drop, reservation values to lower.

    Empty for a non-empty zone.  Reservation-value cuts are computed by
    enumeration and omitted for spaces larger than truce enumerates.
    """
    if zone.size != 0:
        return ()
    found = [
        Reopening("red line", b.party, red_line=b.id, packages=b.gain)
        for b in zone.binding
        if b.party != CONSTRAINT_PARTY
    ]
    if space.size <= REOPEN_LIMIT:
        for p, best in enumerate(_best_for_each_party(space)):
            if best is not None:
                found.append(
                    Reopening(
                        "reservation value",
                        space.parties[p],
                        amount=round(float(space.reservation[p]) - best, 6),
                    )
                )
    return tuple(found)
