"""The node tests of the branch and bound in :mod:`truce.mediation.search`.

A :class:`SearchPlan` lays the sampled tables out in the search's issue
order and precomputes, for every depth, what the utilities of the decided
issues must reach for some completion to be accepted (the Lagrangian bound
of step 2 in :mod:`truce.mediation.search`); :func:`node_tests` applies it to
a batch of nodes over a block of samples.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from truce.arrays import BoolArray, IntArray
from truce.model.outcomes import OutcomeSpace
from truce.model.uncertainty import TableSample

__all__ = ["SearchPlan", "node_tests", "plan_search"]


@dataclass(frozen=True)
class SearchPlan:
    """Sampled tables in search order with the per-depth thresholds (see the module docstring)."""

    order: list[int]
    options: list[IntArray]  # per depth: the options the search may choose
    tables: list[IntArray]  # per depth: options × parties × samples
    need: list[IntArray]  # per depth: weights × samples; λ·prefix must reach it
    weights: IntArray  # λ vectors, weights × parties
    lines_at: list[list[int]]  # red lines decided once depth d is reached
    binds: list[list[int]]  # per red line, the parties it binds
    terms_at: list[list[int]]  # interaction terms decided at depth d
    holds: BoolArray  # red lines × samples
    terms: IntArray  # interaction terms × samples
    distance: list[IntArray]
    rest_distance: list[int]


def _weight_vectors(n_parties: int) -> IntArray:
    """The unit vectors and, for several parties, their sum.

    Measured on the flagship: more mixtures cost more time than they save by pruning.
    """
    vectors = np.eye(n_parties, dtype=np.int64)
    if n_parties > 1:
        vectors = np.vstack([vectors, np.ones((1, n_parties), dtype=np.int64)])
    return vectors


def plan_search(
    sample: TableSample, distance: tuple[IntArray, ...], allowed: tuple[BoolArray, ...]
) -> SearchPlan:
    """Lay out ``sample`` for the search: issue order, per-depth tables and thresholds."""
    space = sample.space
    n = len(space.issues)
    constrained = [space.issues.index(i) for r in space.red_lines for i in r.expression.issues]
    constrained += [i for term in space.interactions for i, _ in term.options]
    spread = [float(np.ptp(t, axis=0).sum()) if t.shape[0] else 0.0 for t in space.float_tables]
    first = list(dict.fromkeys(constrained))
    order = first + sorted((i for i in range(n) if i not in first), key=lambda i: -spread[i])
    position = {issue: d for d, issue in enumerate(order)}
    weights = _weight_vectors(space.n_parties)
    tables = [
        np.ascontiguousarray(sample.tables[i].transpose(1, 2, 0)) for i in order
    ]  # options × parties × samples
    # optimistic value of the undecided issues (and interaction terms) for each λ
    rest = np.zeros((sample.size, len(weights)), dtype=np.int64)
    need: list[IntArray] = [np.zeros(0, dtype=np.int64)] * (n + 1)
    terms_at: list[list[int]] = [[] for _ in range(n + 1)]
    for t, term in enumerate(space.interactions):
        terms_at[max(position[i] for i, _ in term.options) + 1].append(t)
    undecided_terms = np.zeros((sample.size, space.n_parties), dtype=np.int64)
    reserve = sample.quantized_reservation @ weights.T
    options = [np.flatnonzero(allowed[i]) for i in order]
    for d in range(n, -1, -1):
        if d < n:
            rest += np.einsum("ops,lp->ols", tables[d][options[d]], weights).max(axis=0).T
            undecided_terms += sample.term_extremes(terms_at[d + 1])  # terms decided only deeper than d
        need[d] = np.ascontiguousarray((reserve - rest - undecided_terms @ weights.T).T)
    lines_at: list[list[int]] = [[] for _ in range(n + 1)]
    for k, red_line in enumerate(space.red_lines):
        lines_at[max(position[space.issues.index(i)] for i in red_line.expression.issues) + 1].append(k)
    ordered_distance = [distance[i] for i in order]
    rest_distance = [
        int(sum(int(t[o].min()) for t, o in zip(ordered_distance[d:], options[d:], strict=True)))
        for d in range(n + 1)
    ]
    binds = [
        [space.parties.index(r.party)] if r.party in space.parties else list(range(space.n_parties))
        for r in space.red_lines
    ]
    return SearchPlan(
        order,
        options,
        tables,
        need,
        weights,
        lines_at,
        binds,
        terms_at,
        np.ascontiguousarray(sample.red_lines.T),
        np.ascontiguousarray(sample.quantized_interactions.T),
        ordered_distance,
        rest_distance,
    )


def node_tests(
    plan: SearchPlan, space: OutcomeSpace, children: IntArray, lo: int, hi: int
) -> tuple[IntArray, BoolArray, BoolArray]:
    """Samples ``lo:hi`` in which some completion of each child may be accepted.

    Returns the children's utilities (children × parties × samples), whether
    each party may accept (same shape) and whether all may together
    (children × samples).
    """
    depth = children.shape[1]
    # sum the parents' issues once per parent, then add each child's option
    parents, index = np.unique(children[:, :-1], axis=0, return_inverse=True)
    shared = np.zeros((parents.shape[0], space.n_parties, hi - lo), dtype=np.int64)
    for d in range(depth - 1):
        shared += plan.tables[d][parents[:, d], :, lo:hi]
    utilities = shared[index.ravel()] + plan.tables[depth - 1][children[:, -1], :, lo:hi]
    for t in (t for ts in plan.terms_at[: depth + 1] for t in ts):
        term = space.interactions[t]
        hit = np.ones(children.shape[0], dtype=bool)
        for issue, option in term.options:
            hit &= children[:, plan.order.index(issue)] == option
        utilities[hit, term.party, :] += plan.terms[t, lo:hi]
    need = plan.need[depth]
    parties = space.n_parties
    party_ok = utilities >= need[:parties, lo:hi][None]  # the unit vectors come first
    ok = party_ok.all(axis=1)
    for w in range(parties, len(plan.weights)):
        mixed = np.einsum("cps,p->cs", utilities, plan.weights[w])
        ok &= mixed >= need[w, lo:hi][None]
    columns = {space.issues[plan.order[d]]: children[:, d] for d in range(depth)}
    for k in (k for ks in plan.lines_at[: depth + 1] for k in ks):
        crossed = ~space.red_lines[k].expression.evaluate(columns)
        if crossed.any():
            blocked = crossed[:, None] & plan.holds[k, lo:hi][None]
            party_ok[:, plan.binds[k], :] &= ~blocked[:, None, :]
            ok &= ~blocked
    return utilities, party_ok, ok
