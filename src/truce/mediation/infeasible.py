"""Why the agreement zone is empty: a smallest set of constraints that cannot all be met.

The zone's constraints are each negotiating party's reservation value
(utility at least ``r_p``) and every red line (a party's, a mediator's, or a
scenario constraint between options).  When no outcome meets them all, the
reason given is an *irreducible infeasible subset* (IIS): constraints that no
outcome meets together, while without any one of them some outcome meets the
rest.  It is found by the deletion filter of Chinneck & Dravnieks (1991):

1. If one constraint alone is met by no outcome (a red line no option
   satisfies, a reservation value above the party's best outcome), it is
   the reason, the first such in the order of step 2.
2. Otherwise start from every constraint and try to drop each in turn, in a
   fixed order (scenario constraints first, then reservation values, then
   red lines, each in scenario order): a constraint is dropped for good when
   the rest are still met by no outcome.  What is left is irreducible.

The feasibility test is exact: by enumeration of the outcomes' distinct
patterns of met constraints where the space is small, otherwise by
constraint programming (OR-Tools CP-SAT, Perron & Didier, one enforcement
literal per constraint passed as assumptions); both see the same constraints
in the same order, so they give the same set.

Chinneck, J. W. and Dravnieks, E. W. (1991). Locating minimal infeasible
constraint sets in linear programs. *ORSA Journal on Computing* 3(2), 157-168.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from truce.arrays import BoolArray
from truce.mediation.cp_sat import OutcomeProgram
from truce.model.elements import CONSTRAINT_PARTY
from truce.model.outcomes import OutcomeSpace

__all__ = ["ZoneConstraint", "conflict_sentence", "conflicting_constraints"]


ENUMERATION_LIMIT = 1 << 20
"""Spaces up to this size are tested by enumeration."""


@dataclass(frozen=True)
class ZoneConstraint:
    """A constraint of the agreement zone: a reservation value, a red line or a scenario constraint."""

    kind: Literal["reservation_value", "red_line", "constraint"]
    party: str | None
    id: str | None = None
    expression: str | None = None
    issues: tuple[str, ...] = ()
    value: float | None = None

    @property
    def phrase(self) -> str:
        """The constraint in words, e.g. ``B's red line 'no-x' on issue x (x != a)``."""
        if self.kind == "reservation_value":
            return f"{self.party}'s reservation value ({self.value:g})"
        on = f"issue {self.issues[0]}" if len(self.issues) == 1 else "issues " + ", ".join(self.issues)
        owner = "the scenario's constraint" if self.kind == "constraint" else f"{self.party}'s red line"
        return f"{owner} {self.id!r} on {on} ({self.expression})"

    def to_json(self) -> dict[str, Any]:
        """``kind``, ``party``, then ``value`` (a reservation value) or ``id``, ``issues``, ``expression``."""
        doc: dict[str, Any] = {"kind": self.kind, "party": self.party}
        if self.kind == "reservation_value":
            doc["value"] = self.value
        else:
            doc |= {"id": self.id, "issues": list(self.issues), "expression": self.expression}
        return doc


def _constraints(space: OutcomeSpace) -> tuple[list[ZoneConstraint], list[int]]:
    """The zone's constraints in the order the deletion filter tries them, and each one's column.

    Columns ``0..parties-1`` are the reservation values, then the red lines in space order.
    """
    reservation = [
        ZoneConstraint("reservation_value", p, value=float(space.reservation[j]))
        for j, p in enumerate(space.parties)
    ]
    lines = [
        ZoneConstraint(
            "constraint" if r.party == CONSTRAINT_PARTY else "red_line",
            None if r.party == CONSTRAINT_PARTY else r.party,
            r.id,
            r.expression.text,
            tuple(r.expression.issues),
        )
        for r in space.red_lines
    ]
    columns = list(range(space.n_parties + len(lines)))
    found = reservation + lines
    first = [c for c in columns if found[c].kind == "constraint"]
    rest = [c for c in columns if found[c].kind != "constraint"]
    order = first + rest
    return [found[c] for c in order], order


def _by_enumeration(space: OutcomeSpace) -> Callable[[list[int]], bool]:
    """Feasibility of a set of columns, from the distinct patterns of met constraints over the space."""
    width = space.n_parties + len(space.red_lines)
    seen = []
    for rows in space.chunks(1 << 18):
        met = np.concatenate(
            [space.integer_utilities(rows) >= space.integer_reservation, space.red_line_masks(rows)], axis=1
        )
        seen.append(np.unique(np.packbits(met, axis=1), axis=0))
    table: BoolArray = np.unpackbits(np.unique(np.concatenate(seen), axis=0), axis=1)[:, :width].astype(bool)

    def feasible(columns: list[int]) -> bool:
        return bool(table[:, columns].all(axis=1).any())

    return feasible


def _by_cp_sat(space: OutcomeSpace) -> Callable[[list[int]], bool]:
    """Feasibility of a set of columns by CP-SAT, each constraint enforced by an assumed literal."""
    program = OutcomeProgram.of(space)
    utility, reservation = program.point_utilities()
    enforce = [program.model.new_bool_var(f"c{c}") for c in range(space.n_parties + len(space.red_lines))]
    for p in range(space.n_parties):
        program.model.add(utility[p] >= reservation[p]).only_enforce_if(enforce[p])
    for k in range(len(space.red_lines)):
        program.model.add_implication(enforce[space.n_parties + k], program.red_line(k))

    def feasible(columns: list[int]) -> bool:
        return program.feasible([enforce[c] for c in columns])

    return feasible


def conflicting_constraints(
    space: OutcomeSpace, *, method: Literal["auto", "enumerate", "cp-sat"] = "auto"
) -> tuple[ZoneConstraint, ...]:
    """An irreducible set of zone constraints no outcome meets together (empty when the zone is not empty).

    See the module docstring for the order, which makes the set the same for
    both methods.

    Parameters
    ----------
    space
        The outcome space (point estimates).
    method
        ``enumerate``, ``cp-sat`` or ``auto`` (enumeration up to
        :data:`ENUMERATION_LIMIT` outcomes).
    """
    use_cp_sat = method == "cp-sat" or (method == "auto" and space.size > ENUMERATION_LIMIT)
    feasible = _by_cp_sat(space) if use_cp_sat else _by_enumeration(space)
    found, order = _constraints(space)
    if feasible(order):
        return ()
    for c, constraint in zip(order, found, strict=True):
        if not feasible([c]):
            return (constraint,)
    kept = list(order)
    for c in order:
        rest = [d for d in kept if d != c]
        if not feasible(rest):
            kept = rest
    return tuple(found[order.index(c)] for c in kept)


def conflict_sentence(
    conflict: tuple[ZoneConstraint, ...], phrase: Callable[[ZoneConstraint], str] | None = None
) -> str:
    """Why no outcome is in the zone, in words, from :func:`conflicting_constraints`.

    ``phrase`` words one constraint (default :attr:`ZoneConstraint.phrase`, by id and
    expression; :func:`truce.mediation.wording.constraint_phrase` gives the scenario's labels).
    """
    words = phrase or (lambda c: c.phrase)
    if len(conflict) == 1:
        (only,) = conflict
        if only.kind == "reservation_value":
            return f"no outcome reaches {words(only)}"
        return f"no outcome satisfies {words(only)}"
    phrases = [words(c) for c in conflict]
    listed = ", ".join(phrases[:-1]) + " and " + phrases[-1]
    return f"no outcome meets {listed} together (without any one of them some outcome meets the rest)"
