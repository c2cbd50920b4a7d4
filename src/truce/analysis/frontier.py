"""Exact Pareto frontier of an outcome space.

An outcome is on the frontier when no other outcome is at least as good for
every party and strictly better for one.  Outcomes with identical utility
vectors are all kept.  Comparisons use the exact integer utilities of
:class:`~truce.model.outcomes.OutcomeSpace`, so an outcome is kept or dropped
exactly as rational arithmetic on the input numbers decides.

For additive utilities the frontier of the product space is built issue by
issue: the frontier of a Minkowski sum is contained in the sum of the
frontiers, so each merge adds one issue's undominated options to the current
frontier and prunes (Nemhauser & Ullmann 1969, the Pareto-set recursion for
knapsack; Beier & Vöcking 2004 on why such frontiers stay small).  Issues named
by red lines or interaction terms are enumerated together, filtered, pruned and
then merged with the frontier of the free issues.  Pruning uses a sort for two
parties and a blocked skyline otherwise (Kung, Luccio & Preparata 1975).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from truce.analysis.limits import check_frontier_merge
from truce.arrays import AnyArray, BoolArray, FloatArray, IntArray
from truce.errors import TruceError
from truce.model.outcomes import OutcomeSpace

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["ENUMERATION_LIMIT", "Frontier", "nondominated", "pareto_frontier"]

ENUMERATION_LIMIT = 50_000_000
"""Largest number of option combinations the engine enumerates outright."""


@dataclass(frozen=True)
class Frontier:
    """Pareto-optimal outcomes: option-index rows and their utilities.

    ``utilities`` are the nearest floats; ``integer_utilities`` the exact
    values scaled by the space's :attr:`~truce.model.outcomes.OutcomeSpace.scale`.
    Rows are sorted by total utility, highest first.
    """

    outcomes: IntArray
    utilities: FloatArray
    integer_utilities: AnyArray

    def __len__(self) -> int:
        return int(self.outcomes.shape[0])

    def select(self, mask: BoolArray) -> Frontier:
        """The frontier points where ``mask`` is True, in the same order."""
        return Frontier(self.outcomes[mask], self.utilities[mask], self.integer_utilities[mask])


def _nondominated_2d(points: IntArray) -> BoolArray:
    order = np.lexsort((-points[:, 1], -points[:, 0]))  # u0 desc, then u1 desc
    u0, u1 = points[order, 0], points[order, 1]
    new_group = np.ones(len(order), dtype=bool)
    new_group[1:] = u0[1:] != u0[:-1]
    group = np.cumsum(new_group) - 1
    group_start = np.flatnonzero(new_group)
    group_best = u1[group_start][group]  # best u1 among equal u0 (sorted first)
    running = np.maximum.accumulate(u1)
    # best u1 among points with strictly larger u0: running max up to the group start
    before = np.full(len(group_start), np.iinfo(np.int64).min, dtype=np.int64)
    before[1:] = running[group_start[1:] - 1]
    keep_sorted = (u1 == group_best) & (before[group] < group_best)
    keep = np.zeros(len(order), dtype=bool)
    keep[order] = keep_sorted
    return keep


def _nondominated_nd(points: IntArray, block: int = 512) -> BoolArray:
    # A dominator has a strictly larger (exact, integer) sum, so it comes first
    # in order of decreasing sum; comparing with kept earlier points suffices.
    order = np.argsort(-points.sum(axis=1), kind="stable")
    ordered = points[order]
    kept: list[IntArray] = []
    keep_sorted = np.zeros(len(order), dtype=bool)
    for start in range(0, len(order), block):
        chunk = ordered[start : start + block]
        alive = np.ones(len(chunk), dtype=bool)
        if kept:
            front = np.concatenate(kept)
            for f in range(0, len(front), 4096):
                part = front[f : f + 4096]
                ge = (part[:, None, :] >= chunk[None, :, :]).all(axis=2)
                gt = (part[:, None, :] > chunk[None, :, :]).any(axis=2)
                alive &= ~(ge & gt).any(axis=0)
        ge = (chunk[:, None, :] >= chunk[None, :, :]).all(axis=2)
        gt = (chunk[:, None, :] > chunk[None, :, :]).any(axis=2)
        alive &= ~(ge & gt).any(axis=0)
        keep_sorted[start : start + len(chunk)] = alive
        kept.append(chunk[alive])
    keep = np.zeros(len(order), dtype=bool)
    keep[order] = keep_sorted
    return keep


def _ranks(points: AnyArray) -> IntArray:
    """Each column replaced by its values' ranks: same order, so same dominance."""
    return np.stack(
        [np.unique(points[:, j], return_inverse=True)[1].reshape(-1) for j in range(points.shape[1])], axis=1
    ).astype(np.int64)


def nondominated(points: npt.ArrayLike) -> BoolArray:
    """Mask of the points no other point Pareto-dominates (ties all kept).

    Parameters
    ----------
    points
        ``k × n`` utilities: integers (numpy or Python) or fractions for exact
        results; floats are compared as given.
    """
    array = np.asarray(points)
    if array.shape[0] and (array.dtype == object or array.dtype.kind == "f"):
        array = _ranks(array)
    if array.shape[0] == 0:
        return np.zeros(0, dtype=bool)
    if array.shape[1] == 1:
        return np.asarray(array[:, 0] == array[:, 0].max())
    if array.shape[1] == 2:
        return _nondominated_2d(array.astype(np.int64, copy=False))
    return _nondominated_nd(array.astype(np.int64, copy=False))


def _constrained_block(
    space: OutcomeSpace, issues: list[int], respect_red_lines: bool, chunk_size: int = 1 << 20
) -> tuple[IntArray, AnyArray]:
    """Undominated combinations of the constrained issues, enumerated in chunks.

    Rows cover all issues; the free issues hold option 0 until they are merged in.
    """
    count = math.prod(space.radix[i] for i in issues)
    if count > ENUMERATION_LIMIT:
        raise TruceError(
            f"red lines and interaction terms tie together {len(issues)} issues with {count:,} "
            f"option combinations, more than the {ENUMERATION_LIMIT:,} truce enumerates",
            hint="split red lines into conditions on fewer issues",
        )
    shape = tuple(space.radix[i] for i in issues)
    kept_rows: list[IntArray] = []
    kept_utilities: list[AnyArray] = []
    for start in range(0, count, chunk_size):
        flat = np.arange(start, min(start + chunk_size, count), dtype=np.int64)
        rows = np.zeros((len(flat), len(space.issues)), dtype=np.int64)
        rows[:, issues] = np.stack(np.unravel_index(flat, shape), axis=1)
        if respect_red_lines and space.red_lines:
            rows = rows[space.respects_red_lines(rows)]
        utilities = space.integer_utilities(rows, issues)
        mask = nondominated(utilities)
        kept_rows.append(rows[mask])
        kept_utilities.append(utilities[mask])
    rows = np.concatenate(kept_rows)
    utilities = np.concatenate(kept_utilities)
    mask = nondominated(utilities)
    return rows[mask], utilities[mask]


def pareto_frontier(space: OutcomeSpace, *, respect_red_lines: bool = True) -> Frontier:
    """The exact Pareto frontier of ``space``.

    Parameters
    ----------
    space
        The outcome space.
    respect_red_lines
        Consider only outcomes that cross no party's red line (the default).

    Returns
    -------
    Frontier
        Every undominated outcome, including outcomes tied with another.
        Empty when red lines exclude every outcome.
    """
    constrained: set[int] = set()
    if respect_red_lines:
        for red_line in space.red_lines:
            constrained.update(space.issues.index(i) for i in red_line.expression.issues)
    for term in space.interactions:
        constrained.update(issue for issue, _ in term.options)

    n_issues = len(space.issues)
    if constrained:
        rows, utilities = _constrained_block(space, sorted(constrained), respect_red_lines)
    else:
        rows = np.zeros((1, n_issues), dtype=np.int64)
        utilities = np.zeros((1, space.n_parties), dtype=space.dtype)

    for i in range(n_issues):
        if i in constrained or len(rows) == 0:
            continue
        table = space.tables[i]
        options = np.flatnonzero(nondominated(table))
        k, m = len(rows), len(options)
        check_frontier_merge(space.issues, i, space.n_parties, k, m)
        merged_rows = np.repeat(rows, m, axis=0)
        merged_rows[:, i] = np.tile(options, k)
        merged = (utilities[:, None, :] + table[options][None, :, :]).reshape(k * m, -1)
        keep = nondominated(merged)
        rows, utilities = merged_rows[keep], merged[keep]

    common = math.lcm(*space.scale)
    factors = np.array([common // d for d in space.scale], dtype=object)
    totals = (utilities.astype(object) * factors).sum(axis=1)
    order = np.argsort(-totals, kind="stable") if len(totals) else np.zeros(0, dtype=np.int64)
    return Frontier(rows[order], space.to_floats(utilities[order]), utilities[order])
