"""Repair of a rejected text: the smallest change that brings the rejecting party back.

Given a text (an option for some or all issues) and the party that rejected
it, the repair is the outcome that

1. every party accepts under the point estimates: the rejecting party reaches
   its reservation value and crosses none of its red lines, and every other
   party stays at or above its reservation value and inside its red lines
   (the outcome is in the agreement zone, decided with the analysis engine's
   exact :func:`~truce.analysis.zone.in_zone`);
2. changes the fewest of the issues the text settles (issues it leaves open
   are free);
3. among those, leaves the other parties the most utility in total (the least
   utility lost by them; exact, or on the 2**-40 grid when exact sums across
   parties would exceed 2**60: :class:`~truce.mediation.cp_sat.CommonScale`);
   then the lowest outcome number.

It is found by enumeration where the space is small and otherwise exactly by
constraint programming (OR-Tools CP-SAT, Perron & Didier), solving the three
criteria lexicographically on the same exact integer utilities, so both
methods return the same outcome.  (Utilities whose exact denominators do not
fit 64-bit coefficients are given to the solver on the 2**-40 sampling grid.)
Where no outcome is in the zone the repair is None, with the reason: a
smallest set of constraints (red lines, reservation values) that no outcome
meets together (:func:`~truce.mediation.infeasible.conflicting_constraints`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from truce.analysis.zone import agreement_zone, in_zone
from truce.arrays import FloatArray, IntArray
from truce.errors import TruceError
from truce.mediation.cp_sat import CommonScale, OutcomeProgram, common_units
from truce.mediation.infeasible import ZoneConstraint, conflict_sentence, conflicting_constraints
from truce.model.outcomes import OutcomeSpace

__all__ = [
    "ENUMERATION_LIMIT",
    "Repair",
    "RepairResult",
    "common_units",
    "no_repair_reason",
    "rejecting_party",
    "repair_text",
    "text_row",
]

ENUMERATION_LIMIT = 1 << 20
"""Spaces up to this size are repaired by enumeration."""


@dataclass(frozen=True)
class Repair:
    """The repaired outcome, the issues changed and its point utilities."""

    outcome: dict[str, str]
    row: IntArray
    changed_issues: tuple[str, ...]
    utility: FloatArray


@dataclass(frozen=True)
class RepairResult:
    """A repair, or None with the reason; ``method`` says how it was found."""

    repair: Repair | None
    reason: str | None
    method: str
    provenance: dict[str, Any] = field(default_factory=dict)
    conflict: tuple[ZoneConstraint, ...] = ()
    """With no repair: constraints no outcome meets together (:mod:`~truce.mediation.infeasible`)."""
    party: str | None = None
    """With no repair: the party the text was repaired for."""
    reopen_without: tuple[str, ...] = ()
    """With no repair: ids of the red lines whose removal alone reopens the zone."""

    def to_json(self) -> dict[str, Any]:
        """The document of ``truce mediate --repair --json``: the repair, or None with reason and conflict."""
        doc: dict[str, Any]
        if self.repair is None:
            doc = {
                "repair": None,
                "reason": self.reason,
                "conflict": [c.to_json() for c in self.conflict],
                "method": self.method,
            }
        else:
            doc = {
                "repair": {
                    "outcome": self.repair.outcome,
                    "changed_issues": list(self.repair.changed_issues),
                    "utility": self.repair.utility.tolist(),
                },
                "method": self.method,
            }
        if self.provenance:
            doc["provenance"] = self.provenance
        return doc


def rejecting_party(space: OutcomeSpace, rejected_by: str) -> int:
    """The index of the party that rejected the text.

    Raises
    ------
    TruceError
        When ``rejected_by`` is not a negotiating party, naming those that are.
    """
    if rejected_by not in space.parties:
        raise TruceError(
            f"unknown party {rejected_by!r}",
            field="rejected_by",
            hint=f"use one of {', '.join(space.parties)}",
        )
    return space.parties.index(rejected_by)


def text_row(space: OutcomeSpace, text: Mapping[str, str], *, complete: bool = True) -> dict[int, int]:
    """Issue index → option index of a text; checks every id (and, if ``complete``, that no issue is missing).

    Raises
    ------
    TruceError
        Naming the unknown issue or option, or the missing issues.
    """
    fixed: dict[int, int] = {}
    for issue, option in text.items():
        if issue not in space.issues:
            raise TruceError(
                f"unknown issue {issue!r} in the text",
                field=issue,
                hint=f"use one of {', '.join(space.issues)}",
            )
        i = space.issues.index(issue)
        if option not in space.options[i]:
            raise TruceError(
                f"unknown option {option!r} of issue {issue!r} in the text",
                field=issue,
                hint=f"use one of {', '.join(space.options[i])}",
            )
        fixed[i] = space.options[i].index(option)
    missing = [issue for i, issue in enumerate(space.issues) if i not in fixed]
    if complete and missing:
        raise TruceError(
            f"the text settles no option for issues {', '.join(missing)}",
            hint="map every issue id to an option id",
        )
    return fixed


def no_repair_reason(party: str, conflict: str, reopen_without: Sequence[str]) -> str:
    """Why a text has no repair for ``party``: the conflict in words, and what reopens the zone."""
    reason = (
        f"no outcome is acceptable to {party} while every other party stays at or above "
        f"its reservation value and inside its red lines (the agreement zone is empty): {conflict}"
    )
    if reopen_without:
        reason += "; it reopens without " + " or ".join(reopen_without)
    return reason


def _by_enumeration(space: OutcomeSpace, fixed: dict[int, int], party: int) -> IntArray | None:
    others = [p for p in range(space.n_parties) if p != party]
    best: tuple[int, int, int] | None = None
    best_row = None
    scale = CommonScale.of(space)
    for start, rows in zip(range(0, space.size, 1 << 18), space.chunks(1 << 18), strict=True):
        keep = np.flatnonzero(in_zone(space, rows))
        if len(keep) == 0:
            continue
        changed = (
            sum((rows[keep, i] != o).astype(np.int64) for i, o in fixed.items())
            if fixed
            else np.zeros(len(keep), dtype=np.int64)
        )
        kept_for_others = scale.utilities(space, rows[keep])[:, others].sum(axis=1)
        numbers = start + keep
        k = min(range(len(keep)), key=lambda j: (int(changed[j]), -int(kept_for_others[j]), int(numbers[j])))
        key = (int(changed[k]), -int(kept_for_others[k]), int(numbers[k]))
        if best is None or key < best:
            best, best_row = key, rows[keep[k]]
    return best_row


def _by_cp_sat(space: OutcomeSpace, fixed: dict[int, int], party: int) -> IntArray | None:
    program = OutcomeProgram.of(space)
    utility, reservation = program.point_utilities()
    for p in range(space.n_parties):
        program.model.add(utility[p] >= reservation[p])
    for k in range(len(space.red_lines)):
        program.model.add(program.red_line(k) == 1)
    scale = CommonScale.of(space)
    kept_for_others = sum(
        program.linear(scale.tables, p, scale.terms) for p in range(space.n_parties) if p != party
    )
    return program.solve(
        [(program.changed(fixed), "min"), (kept_for_others, "max"), (program.number(), "min")]
    )


def repair_text(
    space: OutcomeSpace,
    text: Mapping[str, str],
    rejected_by: str,
    *,
    method: Literal["auto", "enumerate", "cp-sat"] = "auto",
) -> RepairResult:
    """The smallest change of ``text`` that every party accepts (see the module docstring).

    Parameters
    ----------
    space
        The outcome space (point estimates).
    text
        Issue id → option id; issues left out are free.
    rejected_by
        The negotiating party that rejected the text.
    method
        ``enumerate``, ``cp-sat`` or ``auto`` (enumeration up to
        :data:`ENUMERATION_LIMIT` outcomes).
    """
    party = rejecting_party(space, rejected_by)
    fixed = text_row(space, text, complete=False)
    use_cp_sat = method == "cp-sat" or (method == "auto" and space.size > ENUMERATION_LIMIT)
    row = _by_cp_sat(space, fixed, party) if use_cp_sat else _by_enumeration(space, fixed, party)
    name: Literal["enumerate", "cp-sat"] = "cp-sat" if use_cp_sat else "enumerate"
    if row is None:
        conflict = conflicting_constraints(space, method=name)
        binding = tuple(b.id for b in agreement_zone(space).binding)
        reason = no_repair_reason(space.parties[party], conflict_sentence(conflict),
                                  [f"red line {b!r}" for b in binding])
        return RepairResult(None, reason, name, conflict=conflict, party=space.parties[party],
                            reopen_without=binding)
    changed = tuple(space.issues[i] for i, o in fixed.items() if row[i] != o)
    return RepairResult(
        Repair(space.outcome_ids(row), row, changed, space.utilities(row[None])[0]), None, name
    )
