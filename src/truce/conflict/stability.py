"""Stability concepts: Nash (R), GMR, SMR, SEQ and simultaneous sanctioning (SIM).

Every concept is a function ``(moves, dm) -> bool array over states`` telling
whether each state is stable for decision maker ``dm``; they are collected in
:data:`STABILITY_CONCEPTS`.  Definitions follow Fang, Hipel & Kilgour (1993),
*Interactive Decision Making*, ch. 4-5, for any number of decision makers:
sanctions come from the other DMs' coalition reachable set R_{N-i}, built from
legal sequences of moves in which no DM moves twice in succession.

Each sanction test reduces to one number per state: for GMR, the least
preferred (for ``dm``) state the others can reach from ``s1``; a unilateral
improvement ``s -> s1`` is sanctioned iff that minimum is not above ``s``.
The minimum over the coalition reachable set is computed for all states at
once by a min-plus fixed point over move layers (a vectorised form of the
matrix method of Xu, Hipel & Kilgour 2009, IEEE Trans. SMC-A 39(1):96-108).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from truce.conflict.model import IntArray
from truce.conflict.moves import MoveGraph

__all__ = [
    "STABILITY_CONCEPTS",
    "StabilityConcept",
    "general_metarationality",
    "nash_stability",
    "reachable_minimum",
    "sequential_stability",
    "simultaneous_sanctioning",
    "symmetric_metarationality",
]

BoolArray = npt.NDArray[np.bool_]
INF = np.iinfo(np.int64).max // 4


def reachable_minimum(
    moves: MoveGraph, coalition: Sequence[int], values: IntArray, *, improvements: bool
) -> IntArray:
    """For every state x, the minimum of ``values`` over R_H(x) (``INF`` if empty).

    R_H(x) is the set reached from x by legal sequences (length >= 1) of moves
    by members of H, no member moving twice in succession; with
    ``improvements`` each move must be a unilateral improvement for its mover.

    With ``h_k(x)`` the minimum over sequences whose first mover is ``k``,
    ``h_k(x) = min_{y in R_k(x)} min(values[y], min_{j != k} h_j(y))``; the
    fixed point is reached from ``INF`` in at most (longest shortest legal
    path) rounds.
    """
    members = list(coalition)
    n = len(values)
    layer_sets = [moves.layers(k, improvements=improvements) for k in members]
    if len(members) == 1:
        best = np.full(n, INF, dtype=np.int64)
        for layer in layer_sets[0]:
            valid = layer >= 0
            best[valid] = np.minimum(best[valid], values[layer[valid]])
        return best
    h = np.full((len(members), n), INF, dtype=np.int64)
    while True:
        order = np.argsort(h, axis=0, kind="stable")
        first = np.take_along_axis(h, order[:1], axis=0)[0]
        second = np.take_along_axis(h, order[1:2], axis=0)[0]
        new = np.full_like(h, INF)
        for slot, layers in enumerate(layer_sets):
            # value of standing at y right after member `slot` moved there
            after = np.minimum(values, np.where(order[0] == slot, second, first))
            for layer in layers:
                valid = layer >= 0
                new[slot, valid] = np.minimum(new[slot, valid], after[layer[valid]])
        if np.array_equal(new, h):
            result: IntArray = h.min(axis=0)
            return result
        h = new


def _sanctioned(moves: MoveGraph, dm: int, threshold: IntArray) -> BoolArray:
    """States where every UI ``s -> s1`` of ``dm`` has ``threshold[s1] <= rank(s)``."""
    ranks = moves.model.ranks[dm]
    stable = np.ones(moves.model.n_states, dtype=bool)
    for layer in moves.improvements(dm):
        valid = layer >= 0
        stable[valid] &= threshold[layer[valid]] <= ranks[valid]
    return stable


def _others(moves: MoveGraph, dm: int) -> list[int]:
    return [k for k in range(moves.model.n_dms) if k != dm]


def nash_stability(moves: MoveGraph, dm: int) -> BoolArray:
    """Nash (rational) stability: ``dm`` has no unilateral improvement (Fang et al. 1993)."""
    return np.asarray(~moves.has_improvement[dm])


def general_metarationality(moves: MoveGraph, dm: int) -> BoolArray:
    """GMR: every UI of ``dm`` can be answered by the others' moves to a state not preferred.

    Fang, Hipel & Kilgour (1993), after Howard (1971): for all s1 in R_i^+(s)
    there is s2 in R_{N-i}(s1) with s2 not preferred to s by i.
    """
    ranks = moves.model.ranks[dm]
    threshold = reachable_minimum(moves, _others(moves, dm), ranks, improvements=False)
    return _sanctioned(moves, dm, threshold)


def symmetric_metarationality(moves: MoveGraph, dm: int) -> BoolArray:
    """SMR: a GMR sanction s2 from which ``dm`` cannot escape to a state preferred to s.

    Fang, Hipel & Kilgour (1993): s2 in R_{N-i}(s1) with s2 and every s3 in
    R_i(s2) not preferred to s.
    """
    ranks = moves.model.ranks[dm]
    worst_escape = ranks.copy()  # max rank of s2 and of dm's moves from s2
    for layer in moves.moves(dm):
        valid = layer >= 0
        worst_escape[valid] = np.maximum(worst_escape[valid], ranks[layer[valid]])
    threshold = reachable_minimum(moves, _others(moves, dm), worst_escape, improvements=False)
    return _sanctioned(moves, dm, threshold)


def sequential_stability(moves: MoveGraph, dm: int) -> BoolArray:
    """SEQ: like GMR, but sanctions use only the others' unilateral improvements.

    Fraser & Hipel (1979, 1984); graph form in Fang, Hipel & Kilgour (1993):
    s2 in R^+_{N-i}(s1) with s2 not preferred to s.
    """
    ranks = moves.model.ranks[dm]
    threshold = reachable_minimum(moves, _others(moves, dm), ranks, improvements=True)
    return _sanctioned(moves, dm, threshold)


def simultaneous_sanctioning(moves: MoveGraph, dm: int) -> BoolArray:
    """SIM: ``dm``'s UI is blocked by others' UIs from s taken at the same time.

    Fang, Hipel & Kilgour (1993), simultaneous stability: for every s1 in
    R_i^+(s) some other DMs (at least one) each take one of their own UIs from
    s simultaneously, and the combined option changes give a feasible state x
    not preferred to s by i.  Joint moves are explored DM by DM; pairs
    ``(s, s1)`` leave the search as soon as a sanction is found, and partial
    combinations that are infeasible are kept because a later mover may make
    them feasible.
    """
    model = moves.model
    ranks = model.ranks[dm]
    codes = model.codes
    src, dst = moves.pairs(dm, improvements=True)
    if len(src) == 0:
        return np.ones(model.n_states, dtype=bool)
    sanctioned = np.zeros(len(src), dtype=bool)
    # frontier of partial joint moves: (pair id, combined option code)
    pair = np.arange(len(src))
    combined = codes[dst].copy()
    for other in _others(moves, dm):
        grown_pairs = [pair]
        grown_codes = [combined]
        for layer in moves.improvements(other):
            target = layer[src[pair]]
            valid = target >= 0
            if not valid.any():
                continue
            p = pair[valid]
            t = target[valid].astype(np.int64)
            changed = codes[src[p]] ^ codes[t]
            joint = (combined[valid] & ~changed) | (codes[t] & changed)
            reached = model.lookup(joint)
            hit = reached >= 0
            hit[hit] = ranks[reached[hit]] <= ranks[src[p[hit]]]
            sanctioned[p[hit]] = True
            grown_pairs.append(p)
            grown_codes.append(joint)
        pair = np.concatenate(grown_pairs)
        combined = np.concatenate(grown_codes)
        open_ = ~sanctioned[pair]
        pair, combined = pair[open_], combined[open_]
        if len(pair) == 0:
            break
    stable = np.ones(model.n_states, dtype=bool)
    np.logical_and.at(stable, src, sanctioned)
    return stable


@dataclass(frozen=True)
class StabilityConcept:
    """A registered stability concept."""

    key: str
    name: str
    function: Callable[[MoveGraph, int], BoolArray]
    citation: str


STABILITY_CONCEPTS: dict[str, StabilityConcept] = {
    concept.key: concept
    for concept in (
        StabilityConcept("nash", "Nash stability (R)", nash_stability,
                         "Nash (1951); Fang, Hipel & Kilgour (1993)"),
        StabilityConcept("gmr", "General metarationality (GMR)", general_metarationality,
                         "Howard (1971); Fang, Hipel & Kilgour (1993)"),
        StabilityConcept("smr", "Symmetric metarationality (SMR)", symmetric_metarationality,
                         "Howard (1971); Fang, Hipel & Kilgour (1993)"),
        StabilityConcept("seq", "Sequential stability (SEQ)", sequential_stability,
                         "Fraser & Hipel (1979); Fang, Hipel & Kilgour (1993)"),
        StabilityConcept("sim", "Simultaneous sanctioning (SIM)", simultaneous_sanctioning,
                         "Fang, Hipel & Kilgour (1993)"),
    )
}
"""Stability concepts by key, in the order results are reported."""
