"""Least value over a coalition's reachable set, for all states at once.

For a coalition H, R_H(x) is the set of states reached from x by legal
sequences of unilateral moves (or improvements) by members of H, no member
moving twice in succession (Fang, Hipel & Kilgour 1993, *Interactive
Decision Making*, ch. 4).  With ``h_k(x)`` the least value over sequences
whose first mover is ``k``,

    h_k(x) = min over y in R_k(x) of min(values[y], min_{j != k} h_j(y)),

the min-plus form of the reachability matrices of Xu, Hipel & Kilgour (2009),
"Matrix representation of solution concepts in multiple-decision-maker graph
models", IEEE Trans. SMC-A 39(1):96-108.  The fixed point is found by
Gauss-Seidel sweeps over the members that keep only, per state, the least
and second-least ``h_k`` and the member attaining the least; after the first
sweeps most states are settled, so each member's update is recomputed only
at states with a move to a state whose entry changed since that member's
previous update (a worklist, tracked by change stamps).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from truce.conflict.moves import Layer

__all__ = ["INF32", "coalition_minimum"]

Int32Array = npt.NDArray[np.int32]
INF32 = np.iinfo(np.int32).max // 2
#: Below this share of candidate states a member's update works on the subset.
SPARSE_SHARE = 0.25


def coalition_minimum(layer_sets: Sequence[Sequence[Layer]], values: Int32Array) -> Int32Array:
    """Least ``values`` over R_H(x) for every state x (``INF32`` where R_H(x) is empty).

    ``layer_sets[k]`` are the move layers of member ``k`` (``-1`` = no move);
    ``values`` are int32 below ``INF32``.  Two or more members.
    """
    n = len(values)
    big = np.int32(INF32)
    # index n (= layer entry -1) is a sentinel that gathers INF
    vals = np.append(values, big).astype(np.int32)
    first = np.full(n + 1, big, dtype=np.int32)
    second = np.full(n + 1, big, dtype=np.int32)
    winner = np.full(n + 1, -1, dtype=np.int32)
    stamp = np.zeros(n + 1, dtype=np.int32)  # step at which a state's entry last changed
    stamp[n] = -1
    previous = [-1] * len(layer_sets)  # step of each member's last update
    seen = [0] * len(layer_sets)  # changes counted at each member's last update
    total = 0  # changed entries so far
    step = 0
    quiet = 0  # members in a row whose update changed nothing
    members = [slot for slot, layers in enumerate(layer_sets) if layers]
    while quiet < len(members):
        for slot in members:
            layers = layer_sets[slot]
            step += 1
            since = previous[slot]
            previous[slot] = step
            recent = total - seen[slot]
            seen[slot] = total
            if since < 0 or recent > n:  # surely dense: skip the candidate scan
                cand: npt.NDArray[np.int64] | None = None
            else:
                dirty = stamp[layers[0]] > since
                for layer in layers[1:]:
                    dirty |= stamp[layer] > since
                count = int(np.count_nonzero(dirty))
                if count == 0:
                    quiet += 1
                    if quiet >= len(members):
                        break
                    continue
                cand = np.flatnonzero(dirty) if count < SPARSE_SHARE * n else None
            changes = _update(slot, layers, cand, vals, first, second, winner, stamp, step, n)
            if changes:
                total += changes
                quiet = 0
            else:
                quiet += 1
                if quiet >= len(members):
                    break
    return first[:n]


def _update(slot: int, layers: Sequence[Layer], cand: npt.NDArray[np.int64] | None,
            vals: Int32Array, first: Int32Array, second: Int32Array, winner: Int32Array,
            stamp: Int32Array, step: int, n: int) -> int:
    """Recompute ``h_slot`` at ``cand`` (all states if None) and merge it; changed count."""
    # the value of standing at y right after member `slot` moved there
    row: Int32Array | None = None
    if cand is None:
        standing = np.where(winner == slot, second, first)
        np.minimum(standing, vals, out=standing)  # the sentinel stays INF
        for layer in layers:
            v = standing[layer]
            row = v if row is None else np.minimum(row, v, out=row)
    else:
        for layer in layers:
            y = layer[cand]
            v = np.where(winner[y] == slot, second[y], first[y])
            np.minimum(v, vals[y], out=v)
            row = v if row is None else np.minimum(row, v, out=row)
    assert row is not None
    if cand is None:
        f, s, w = first[:n], second[:n], winner[:n]
    else:
        f, s, w = first[cand], second[cand], winner[cand]
    # h_slot only decreases: merge into (least, second least, who is least)
    mine = w == slot
    lower = (row < f) & ~mine
    new_second = np.where(lower, f, np.where(mine, s, np.minimum(s, row)))
    new_first = np.minimum(f, row)
    changed = (new_first != f) | (new_second != s)
    count = int(np.count_nonzero(changed))
    if count == 0:
        return 0
    new_winner = np.where(lower, np.int32(slot), w)
    if cand is None:
        first[:n], second[:n], winner[:n] = new_first, new_second, new_winner
        stamp[:n][changed] = step
    else:
        first[cand], second[cand], winner[cand] = new_first, new_second, new_winner
        stamp[cand[changed]] = step
    return count
