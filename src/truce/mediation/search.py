"""Exact search for the outcomes most likely to be accepted by every party.

Given ``S`` sampled utility models, an outcome's score is the number of
samples in which every party accepts it (utility at least its reservation
value, none of its red lines that hold in that sample crossed); ties go to the
outcome closest to the parties' stated positions, then to the lower outcome
number.  The ``k`` best outcomes of the whole space are found by depth-first
branch and bound over the issues (Land & Doig 1960):

1. Order the issues: those named by red lines and interaction terms first (so
   they are decided early), then by decreasing spread of utilities.
2. A node fixes the options of the first ``d`` issues.  In sample ``s`` some
   completion can be accepted by all only if, for every weight vector ``λ``
   in a small set (the unit vectors and a few positive mixtures),
   ``λ·(prefix utilities) + max over the remaining issues of λ·(their utilities)
   >= λ·(reservation values)``: the maximum of a weighted sum of
   additive utilities is separable by issue, and a positive mixture bounds the
   trade-off between the parties much more tightly than the unit vectors
   alone (a Lagrangian relaxation).  Interaction terms not yet decided add
   their positive part.  Red lines whose issues are all fixed remove the
   samples in which they hold and are crossed.
3. The count of samples passing these tests bounds the score of every outcome
   below the node; at the last issue it is the score itself.  A node is
   pruned when its bound, with the distance bound of its fixed issues plus the
   nearest options of the others, ranks strictly below the ``k``-th outcome
   found so far; children are explored best first, so good outcomes are
   found early and pruning is strong.

The same search ranks by other keys (``key``), each a sum over samples that
the node tests bound from above, with the same pruning:

* ``min_party``: the smallest, over the parties, number of samples in which
  that party accepts (a party's own test in step 2, its own red lines), then
  the sum of these numbers over the parties (one integer:
  ``min * (parties * samples + 1) + sum``);
* ``nash``: the product over the parties of the summed realised gains
  ``u_p - r_p`` over the samples in which every party accepts (Nash 1950
  applied to expected gains); below a node, a party's gain in a sample is at
  most its best completion's ``λ = e_p`` slack of step 2, and 0 where the
  node fails the tests;
* ``max_min``: the smallest summed realised gain over the parties, on one
  common scale (Rawls; Kalai 1977).

Samples are evaluated in growing blocks; the samples not yet evaluated count
with their largest possible contribution (1 sample, or the best gain over the
whole space), so a node can be pruned before all samples are seen.

Sums are on the exact integer grid, so the search returns exactly the ``k``
outcomes (and scores) that scoring every outcome sample by sample would.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from truce.arrays import BoolArray, IntArray
from truce.errors import TruceError
from truce.mediation.search_plan import SearchPlan, node_tests, plan_search
from truce.model.outcomes import OutcomeSpace
from truce.model.uncertainty import TableSample

__all__ = ["SEARCH_KEYS", "RankedOutcome", "top_outcomes"]

SearchKey = Literal["count", "min_party", "nash", "max_min"]
SEARCH_KEYS: tuple[SearchKey, ...] = ("count", "min_party", "nash", "max_min")
"""What :func:`top_outcomes` can rank by (see the module docstring)."""


_BATCH_CELLS = 1 << 22
"""Children × samples × parties evaluated at once (bounds memory to a few tens of MB)."""


@dataclass(frozen=True)
class RankedOutcome:
    """An outcome (option-index row), its samples accepted by all, its distance and its key's value."""

    row: IntArray
    count: int
    distance: int
    score: int


def _split(values: IntArray) -> IntArray:
    """High and low 32 bits on a new last axis: sums over fewer than 2**31 samples stay exact in int64."""
    return np.stack([values >> 32, values & 0xFFFFFFFF], axis=-1)


@dataclass(frozen=True)
class _Key:
    """How per-child sums over samples (children × width × (high, low)) become the ranked value."""

    name: SearchKey
    tail: IntArray  # (samples + 1) × width × 2: the most samples lo: can still add
    units: tuple[int, ...]  # per party, to one common scale (max_min)
    spread: int  # parties × samples + 1: the smallest count ranks before the sum (min_party)

    def of(self, sums: IntArray) -> npt.NDArray[Any]:
        counts = sums[..., 1]  # counts never reach the high bits
        if self.name == "count":
            return counts[:, 0]
        if self.name == "min_party":
            return np.asarray(counts.min(axis=1) * self.spread + counts.sum(axis=1), dtype=np.int64)
        # products and common units outgrow 64 bits: Python integers
        exact = sums[..., 0].astype(object) * (1 << 32) + counts.astype(object)
        if self.name == "nash":
            return np.asarray(np.prod(exact, axis=1))
        return np.asarray((exact * np.array(self.units, dtype=object)).min(axis=1))


def _key(name: SearchKey, plan: SearchPlan, sample: TableSample) -> _Key:
    n, parties = sample.size, sample.space.n_parties
    if name in ("count", "min_party"):
        width = 1 if name == "count" else parties
        per_sample = _split(np.ones((n, width), dtype=np.int64))
    else:  # the best gain over the whole space: max total utility minus the reservation value
        per_sample = _split(np.maximum(-plan.need[0][:parties].T, 0))
    tail = np.zeros((n + 1, *per_sample.shape[1:]), dtype=np.int64)
    tail[:n] = np.cumsum(per_sample[::-1], axis=0)[::-1]
    common = math.lcm(*sample.space.grid_scale)
    return _Key(name, tail, tuple(common // g for g in sample.space.grid_scale), parties * n + 1)


def _sums(
    plan: SearchPlan, space: OutcomeSpace, children: IntArray, lo: int, hi: int, key: SearchKey
) -> IntArray:
    """Per child, the key's sums over samples ``lo:hi``, split by :func:`_split` (exact at the leaves)."""
    utilities, party_ok, ok = node_tests(plan, space, children, lo, hi)
    if key == "count":
        return _split(ok.sum(axis=1)[:, None])
    if key == "min_party":
        return _split(party_ok.sum(axis=2))
    slack = utilities - plan.need[children.shape[1]][: space.n_parties, lo:hi][None]
    return np.asarray(_split(np.where(ok[:, None, :], slack, 0)).sum(axis=2), dtype=np.int64)


def _bounds(
    plan: SearchPlan, space: OutcomeSpace, children: IntArray, floor: object, key: _Key
) -> npt.NDArray[Any]:
    """Upper bound on the key of every completion of each child (exact at full depth).

    Samples are taken in growing blocks; a child whose bound falls below
    ``floor`` is not evaluated further (its returned bound stays below ``floor``).
    """
    total = plan.need[0].shape[1]
    partial = np.zeros((children.shape[0], *key.tail.shape[1:]), dtype=np.int64)
    reached = np.zeros(children.shape[0], dtype=np.int64)
    alive = np.arange(children.shape[0])
    lo, block = 0, 128
    while lo < total and len(alive):
        hi = min(total, lo + block)
        partial[alive] += _sums(plan, space, children[alive], lo, hi, key.name)
        reached[alive] = hi
        alive = alive[np.asarray(key.of(partial[alive] + key.tail[hi]) >= floor, dtype=bool)]
        lo, block = hi, block * 4
    return key.of(partial + key.tail[reached])


def _promising(
    best: list[tuple[int, int, int]], k: int, bound: IntArray, lower: IntArray, first: IntArray
) -> BoolArray:
    """Nodes that may still hold an outcome better than the k-th found.

    ``lower`` bounds their outcomes' distances and ``first`` their numbers from below.
    """
    if len(best) < k:
        return np.ones(len(bound), dtype=bool)
    count, neg_distance, neg_number = best[0]
    tie = (lower < -neg_distance) | ((lower == -neg_distance) & (first < -neg_number))
    return np.asarray((bound > count) | ((bound == count) & tie))


def _record(
    best: list[tuple[int, int, int]], k: int, counts: IntArray, dist: IntArray, numbers: IntArray
) -> None:
    """Keep the k best of the heap and these leaves."""
    for c, d, number in zip(counts.tolist(), dist.tolist(), numbers.tolist(), strict=True):
        item = (c, -d, -number)
        if len(best) < k:
            heapq.heappush(best, item)
        elif item > best[0]:
            heapq.heapreplace(best, item)


@dataclass(frozen=True)
class _Nodes:
    """Nodes of one depth: option rows in search order, their numbers, distances and bounds."""

    rows: IntArray
    numbers: IntArray
    dist: IntArray
    bound: npt.NDArray[Any]

    def take(self, which: npt.NDArray[Any]) -> _Nodes:
        return _Nodes(self.rows[which], self.numbers[which], self.dist[which], self.bound[which])


@dataclass
class _Search:
    """The state of the branch and bound: the plan, the ``k`` best leaves so far, outcomes settled."""

    sample: TableSample
    plan: SearchPlan
    key: _Key
    k: int
    radix: list[int]
    span: list[int]  # outcomes of the whole space below one node of each depth
    below: list[int]  # allowed outcomes below one node of each depth
    best: list[tuple[int, int, int]]  # min-heap of (key, -distance, -number in search order)
    settled: int = 0

    @classmethod
    def start(
        cls, sample: TableSample, k: int, distance: tuple[IntArray, ...], allowed: tuple[BoolArray, ...],
        key: SearchKey,
    ) -> _Search:
        """Step 1: plan the issue order and the bounds."""
        plan = plan_search(sample, distance, allowed)
        radix = [sample.space.radix[i] for i in plan.order]
        n = len(radix)
        span = [math.prod(radix[d:]) for d in range(n + 1)]
        below = [math.prod(len(o) for o in plan.options[d:]) for d in range(n + 1)]
        return cls(sample, plan, _key(key, plan, sample), k, radix, span, below, [])

    def root(self) -> _Nodes:
        empty = np.zeros(1, dtype=np.int64)
        return _Nodes(np.zeros((1, 0), dtype=np.int64), empty, empty, self.key.of(self.key.tail[:1]))

    def prune(self, nodes: _Nodes) -> _Nodes:
        """Step 3: drop the nodes whose bound ranks below the k-th outcome found so far."""
        depth = nodes.rows.shape[1]
        alive = _promising(
            self.best, self.k, nodes.bound, nodes.dist + self.plan.rest_distance[depth],
            nodes.numbers * self.span[depth],
        )
        self.settled += int((~alive).sum()) * self.below[depth]
        return nodes.take(alive)

    def expand(self, nodes: _Nodes) -> _Nodes:
        """Step 2: the children of ``nodes`` one issue deeper, each with its bound."""
        depth = nodes.rows.shape[1]
        options = self.plan.options[depth]
        m, count = len(options), len(nodes.rows)
        rows = np.concatenate([np.repeat(nodes.rows, m, axis=0), np.tile(options, count)[:, None]], axis=1)
        numbers = np.repeat(nodes.numbers * self.radix[depth], m) + rows[:, -1]
        dist = np.repeat(nodes.dist, m) + np.tile(self.plan.distance[depth][options], count)
        # a child of a parent whose bound is 0 has bound 0: skip the samples
        bound = np.zeros(len(rows), dtype=nodes.bound.dtype)
        open_ = np.repeat(np.asarray(nodes.bound > 0, dtype=bool), m)
        floor = self.best[0][0] if len(self.best) == self.k else 0
        bound[open_] = _bounds(self.plan, self.sample.space, rows[open_], floor, self.key)
        return _Nodes(rows, numbers, dist, bound)

    def record(self, leaves: _Nodes) -> None:
        """Keep the k best of the leaves found so far."""
        _record(self.best, self.k, leaves.bound, leaves.dist, leaves.numbers)
        self.settled += len(leaves.rows)

    def batches(self, children: _Nodes) -> list[_Nodes]:
        """The children in batches to push on the stack, so that the best is popped first."""
        ranking = np.lexsort((children.numbers, children.dist, -children.bound.astype(np.float64)))
        depth = children.rows.shape[1]
        size = self.sample.size * self.sample.space.n_parties * len(self.plan.options[depth])
        batch = max(1, _BATCH_CELLS // size)
        starts = range(((len(ranking) - 1) // batch) * batch, -1, -batch)
        return [children.take(ranking[start : start + batch]) for start in starts]


def _checked(sample: TableSample, key: SearchKey) -> None:
    if key not in SEARCH_KEYS:
        raise TruceError(
            f"unknown search key {key!r}", field="key", hint=f"use one of {', '.join(SEARCH_KEYS)}"
        )
    if sample.space.size >= 2**62:
        raise TruceError(
            f"the space has {sample.space.size:.3g} outcomes, too many to rank exactly",
            hint="merge options or split the negotiation into parts",
        )


def top_outcomes(
    sample: TableSample,
    k: int,
    distance: tuple[IntArray, ...] | None = None,
    *,
    allowed: tuple[BoolArray, ...] | None = None,
    progress: Callable[[int, int], None] | None = None,
    key: SearchKey = "count",
) -> list[RankedOutcome]:
    """The ``k`` outcomes with the highest ``key``, best first (default: accepted by all in the most samples).

    Ties in the key go to the smaller distance, then to the outcome first in
    the search's fixed order of outcomes.  The steps are those of the module
    docstring: plan (1), expand and bound (2), prune (3), depth first with
    the best child first.

    Parameters
    ----------
    sample
        All samples at once (the count is over ``sample.size`` samples).
    k
        Number of outcomes wanted (fewer when the space is smaller).
    distance
        Per issue, an integer distance of each option from the parties'
        positions; the sum over issues breaks ties (smaller first).
    allowed
        Per issue, the options the outcomes may use (default: all), e.g. to
        rank the completions of a text that settles some issues.
    progress
        Called as ``progress(outcomes_settled, total)`` as subtrees are
        pruned or scored.
    key
        One of :data:`SEARCH_KEYS` (see the module docstring); each outcome's
        ``score`` is its value, on the sampling grid.
    """
    _checked(sample, key)
    radix = sample.space.radix
    if distance is None:
        distance = tuple(np.zeros(r, dtype=np.int64) for r in radix)
    if allowed is None:
        allowed = tuple(np.ones(r, dtype=bool) for r in radix)
    search = _Search.start(sample, k, distance, allowed, key)
    if search.below[0] == 0:
        return []
    n = len(radix)
    stack = [search.root()]
    while stack:
        nodes = search.prune(stack.pop())
        if len(nodes.rows) == 0:
            continue
        children = search.prune(search.expand(nodes))
        if children.rows.shape[1] == n:
            search.record(children)
        elif len(children.rows):
            stack.extend(search.batches(children))
        if progress is not None:
            progress(search.settled, search.below[0])
    return _results(sample, search.plan.order, search.radix, sorted(search.best, reverse=True))


def _results(
    sample: TableSample, order: list[int], radix: list[int], best: list[tuple[int, int, int]]
) -> list[RankedOutcome]:
    """Decode the search-order numbers and count each outcome's samples accepted by all."""
    rows = np.zeros((len(best), len(order)), dtype=np.int64)
    for j, (_, _, neg_number) in enumerate(best):
        rest = -neg_number
        for d in range(len(order) - 1, -1, -1):
            rest, rows[j, order[d]] = divmod(rest, radix[d])
    counts = sample.acceptance(rows).all(axis=2).sum(axis=0) if len(rows) else np.zeros(0, dtype=np.int64)
    return [
        RankedOutcome(rows[j], int(counts[j]), -neg_distance, score)
        for j, (score, neg_distance, _) in enumerate(best)
    ]
