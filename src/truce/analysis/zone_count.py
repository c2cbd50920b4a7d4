"""Exact agreement-zone counts for two parties by meet in the middle.

With additive utilities, the outcomes that give both parties at least their
reservation values can be counted without enumerating the product space:
split the issues into two halves A and B, enumerate the utility pairs of each
half, and count the pairs ``(a, b)`` with ``a + b >= r`` in both coordinates
(Horowitz & Sahni 1974 split the same way for knapsack).  That is
two-dimensional dominance counting, solved offline: sort all points by the
first coordinate, then merge bottom-up over positions, counting at each level
with binary searches (Bentley 1980, multidimensional divide and conquer).  It
costs O(n log² n) for n = |A| + |B|, so a space of 10^12 outcomes (two halves
of 10^6) is counted in seconds.

Issues named by red lines or interaction terms are put in half A, whose
combinations are filtered by the red lines before counting; counting again
without one red line gives that red line's zone gain.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from truce.arrays import AnyArray
from truce.model.outcomes import OutcomeSpace

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["HALF_LIMIT", "balanced_halves", "count_dominating_pairs", "two_party_zone"]

HALF_LIMIT = 1 << 22
"""Largest half (number of utility pairs) the meet-in-the-middle count enumerates."""


def count_dominating_pairs(a: AnyArray, b: AnyArray, floor: AnyArray) -> int:
    """Number of pairs ``(i, j)`` with ``a[i] + b[j] >= floor`` in both coordinates.

    ``a`` and ``b`` are ``k × 2`` and ``m × 2`` arrays of integers (numpy or,
    in object arrays, Python integers).
    """
    if len(a) == 0 or len(b) == 0:
        return 0
    thresholds = floor - a  # b[j] must reach these
    # Only the order of values within each coordinate matters: replace them by ranks.
    x = np.unique(np.concatenate([b[:, 0], thresholds[:, 0]]), return_inverse=True)[1].reshape(-1)
    y = np.concatenate([b[:, 1], thresholds[:, 1]])
    is_query = np.concatenate([np.zeros(len(b), dtype=bool), np.ones(len(a), dtype=bool)])
    # decreasing x; on equal x the data point comes first, since b1 >= t1 counts
    order = np.lexsort((is_query, -x))
    position = np.empty(len(order), dtype=np.int64)
    position[order] = np.arange(len(order), dtype=np.int64)
    rank = np.unique(y, return_inverse=True)[1].reshape(-1).astype(np.int64)
    span = int(rank.max()) + 1
    total = 0
    # Each data point earlier than a query lies in the left half of exactly one
    # block whose right half holds the query: count it at that level.
    for level in range(max(1, math.ceil(math.log2(len(order))))):
        left = ((position >> level) & 1) == 0
        block = position >> (level + 1)
        data = ~is_query & left
        queries = is_query & ~left
        if not data.any() or not queries.any():
            continue
        keys = np.sort(block[data] * span + rank[data])
        base = block[queries] * span
        total += int((np.searchsorted(keys, base + span) - np.searchsorted(keys, base + rank[queries])).sum())
    return total


def _product_utilities(space: OutcomeSpace, issues: list[int]) -> AnyArray:
    """Exact integer utility pairs of every combination of ``issues`` (order irrelevant)."""
    sums: AnyArray = np.zeros((1, space.n_parties), dtype=space.dtype)
    for i in issues:
        sums = (sums[:, None, :] + space.tables[i][None, :, :]).reshape(-1, space.n_parties)
    return sums


def balanced_halves(
    space: OutcomeSpace, constrained: list[int], limit: int = HALF_LIMIT
) -> tuple[list[int], list[int]] | None:
    """Free issues of halves A and B for meet in the middle, or None where a half exceeds ``limit``.

    Half A also holds the ``constrained`` issues; each free issue, largest
    first, goes to the half with fewer combinations so far.
    """
    half_a: list[int] = []
    half_b: list[int] = []
    size_a, size_b = math.prod(space.radix[i] for i in constrained), 1
    for i in sorted(set(range(len(space.issues))) - set(constrained), key=lambda i: -space.radix[i]):
        if size_a <= size_b:
            half_a.append(i)
            size_a *= space.radix[i]
        else:
            half_b.append(i)
            size_b *= space.radix[i]
    if size_a > limit or size_b > limit:
        return None
    return half_a, half_b


def two_party_zone(space: OutcomeSpace) -> tuple[int, list[int]] | None:
    """Exact zone size and each red line's zone gain, or None where the halves are too large.

    Only for two parties; the gains are what removing each red line alone adds.
    """
    if space.n_parties != 2:
        return None
    constrained = sorted(
        {space.issues.index(i) for r in space.red_lines for i in r.expression.issues}
        | {issue for term in space.interactions for issue, _ in term.options}
    )
    combos = math.prod(space.radix[i] for i in constrained)
    halves = balanced_halves(space, constrained)
    if halves is None:
        return None
    half_a, half_b = halves
    shape = tuple(space.radix[i] for i in constrained)
    rows = np.zeros((combos, len(space.issues)), dtype=np.int64)
    if constrained:
        rows[:, constrained] = np.stack(np.unravel_index(np.arange(combos), shape), axis=1)
    masks = space.red_line_masks(rows)
    constrained_utilities = space.integer_utilities(rows, constrained)
    free_a = _product_utilities(space, half_a)
    b = _product_utilities(space, half_b)
    floor = space.integer_reservation

    def count(keep: npt.ArrayLike) -> int:
        a = (constrained_utilities[np.asarray(keep, dtype=bool)][:, None, :] + free_a[None, :, :]).reshape(
            -1, 2
        )
        return count_dominating_pairs(a, b, floor)

    size = count(masks.all(axis=1))
    gains = [count(np.delete(masks, k, axis=1).all(axis=1)) - size for k in range(len(space.red_lines))]
    return size, gains
