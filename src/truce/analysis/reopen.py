"""The smallest change that reopens an empty agreement zone.

When no package is acceptable to every party, a mediator asks what would have
to give.  Two kinds of single change are measured: dropping one red line
(the zone it alone keeps closed is the red line's gain in
:class:`~truce.analysis.zone.BindingRedLine`), and lowering one party's
reservation value: the smallest cut is the party's reservation value minus
the best utility it can get from a package that crosses no red line and gives
every other party at least its reservation value (Raiffa 1982, ch. 4: the
zone of possible agreement and the parties' walk-away points).  A smaller
change than dropping a red line is to widen it by one option it rules out
(:func:`red_line_relaxations`), the kind of compromise a mediator proposes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np

from truce.analysis.limits import REOPEN_LIMIT
from truce.analysis.zone import AgreementZone, agreement_zone
from truce.model.elements import CONSTRAINT_PARTY, Change
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario

__all__ = ["REOPEN_LIMIT", "Relaxation", "Reopening", "red_line_relaxations", "reopening_changes"]

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


@dataclass(frozen=True)
class Relaxation:
    """A red line widened to admit one more option, and the zone that results."""

    party: str
    red_line: str
    issue: str
    option: str
    packages: int


def red_line_relaxations(scenario: Scenario, zone: AgreementZone) -> tuple[Relaxation, ...]:
    """Smaller changes than dropping a red line: admit one option it rules out.

    For an empty zone, every binding party red line over a single issue is
    widened, in turn, by one option it excludes (all else as it is); the
    widenings that reopen the zone are returned with the zone's new size,
    largest first.  Red lines over several issues are left to
    :func:`reopening_changes` (drop the whole red line).
    """
    if zone.size != 0:
        return ()
    from truce.model.redlines import compile_red_line  # only scenarios with red lines need the language

    by_id = {r.id: r for r in scenario.red_lines}
    found = []
    for binding in zone.binding:
        red_line = by_id.get(binding.id)
        if red_line is None:
            continue
        compiled = compile_red_line(red_line.expression, scenario.issues)
        if len(compiled.issues) != 1:
            continue
        issue = scenario.issue(compiled.issues[0])
        assert issue is not None
        allowed = compiled.evaluate({issue.id: np.arange(len(issue.options))})
        for k, option in enumerate(issue.options):
            if allowed[k]:
                continue
            kept = [o.id for o, ok in zip(issue.options, allowed, strict=True) if ok] + [option.id]
            wider = red_line.model_copy(
                update={"expression": f"{issue.id} in [{', '.join(json.dumps(o) for o in kept)}]"}
            )
            relaxed = scenario.with_change(Change(add_red_lines=(wider,)))
            size = agreement_zone(OutcomeSpace.from_scenario(relaxed)).size
            if size:
                found.append(Relaxation(red_line.party, red_line.id, issue.id, option.id, size))
    return tuple(sorted(found, key=lambda r: -r.packages))
