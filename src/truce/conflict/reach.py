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

When any two consecutive moves of one member can be merged into a single move
of that member (moves derived from options over the open product, where every
set of the mover's options can be flipped, see :func:`closure_minimum`), the
"no member twice in succession" rule removes no reachable state, and the least
value over ``R_H(x)`` together with ``x`` itself is a plain minimum over the
reflexive-transitive closure of the members' moves: one array, relaxed layer by
layer in place and then, once few entries still change, only at the states
with a move into a changed one (label-correcting shortest paths in the
(min, min) semiring; Bellman 1958, Ford 1956).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from truce.arrays import BoolArray, Int32Array, IntArray
from truce.conflict.layers import MoveLayer

__all__ = ["INF32", "closure_minimum", "coalition_minimum"]

INF32 = np.iinfo(np.int32).max // 2
#: Below this share of candidate states a member's update works on the subset.
SPARSE_SHARE = 0.25


def coalition_minimum(layer_sets: Sequence[Sequence[MoveLayer]], values: Int32Array) -> Int32Array:
    """Least ``values`` over R_H(x) for every state x (``INF32`` where R_H(x) is empty).

    ``layer_sets[k]`` are the move layers of member ``k``;
    ``values`` are int32 in ``[-INF32, INF32)``.  Two or more members.
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
                cand: IntArray | None = None
            else:
                dirty = layers[0].pull(stamp) > since
                for layer in layers[1:]:
                    dirty |= layer.pull(stamp) > since
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


def closure_minimum(layer_sets: Sequence[Sequence[MoveLayer]], values: Int32Array
                    ) -> Int32Array:
    """Least ``values`` over x and every state reached from x by the members' moves.

    Equal to ``min(values[x], least over R_H(x))`` when consecutive moves of one
    member merge into one move of that member: true for the improvement layers
    of moves derived from options over the open product (a move flipping options
    ``f`` and then ``f'``, each legal and each an improvement, is the legal
    improvement flipping ``f ^ f'``, which is not empty since ranks strictly
    rise).  Layers must be :class:`~truce.conflict.layers.FlipLayer` (the move
    from y goes to ``y ^ flip``).  ``values`` are int32 below ``INF32``.

    1. Dense sweeps: ``g = min(g, g[target])`` layer by layer, in place
       (Gauss-Seidel), until fewer than :data:`SPARSE_SHARE` of the states change.
    2. Sparse rounds: for the states whose entry changed, every state with a move
       into one of them is relaxed, until nothing changes.
    """
    n = len(values)
    g = np.empty(n + 1, dtype=np.int32)
    g[:n] = values
    g[n] = INF32  # the "no move" sentinel of a layer pull
    layers = [layer for members in layer_sets for layer in members]
    body = g[:n]
    changed: npt.NDArray[np.intp] | None = None
    while changed is None:
        before = body.copy()
        for layer in layers:
            np.minimum(body, layer.pull(g), out=body)
        moved = np.not_equal(body, before)
        count = int(np.count_nonzero(moved))
        if count == 0:
            return body
        if count < SPARSE_SHARE * n:
            changed = np.flatnonzero(moved)
    mark = np.zeros(n, dtype=bool)
    while len(changed):
        for layer in layers:
            source = changed ^ layer.flip
            reached = g[changed]
            better = layer.valid_at(source)
            better &= reached < g[source]
            source = source[better]
            g[source] = reached[better]
            mark[source] = True
        changed = np.flatnonzero(mark)
        mark[changed] = False
    return body


def _update(slot: int, layers: Sequence[MoveLayer], cand: IntArray | None,
            vals: Int32Array, first: Int32Array, second: Int32Array, winner: Int32Array,
            stamp: Int32Array, step: int, n: int) -> int:
    """Recompute ``h_slot`` at ``cand`` (all states if None) and merge it; changed count."""
    # the value of standing at y right after member `slot` moved there
    row: Int32Array | None = None
    if cand is None:
        standing = np.subtract(second, first)  # where slot is least, its second
        standing *= winner == slot
        standing += first
        np.minimum(standing, vals, out=standing)  # the sentinel stays INF
        for layer in layers:
            v = layer.pull(standing)
            row = v if row is None else np.minimum(row, v, out=row)
    else:
        for layer in layers:
            y = layer.targets(cand)
            v = np.where(winner[y] == slot, second[y], first[y])
            np.minimum(v, vals[y], out=v)
            row = v if row is None else np.minimum(row, v, out=row)
    assert row is not None
    if cand is None:  # views: merged in place
        f, s, w = first[:n], second[:n], winner[:n]
    else:
        f, s, w = first[cand], second[cand], winner[cand]
    changed = _merge(slot, row, f, s, w)
    count = int(np.count_nonzero(changed))
    if count == 0:
        return 0
    if cand is None:
        # stamps never exceed the current step
        np.maximum(stamp[:n], np.multiply(changed, step, dtype=np.int32), out=stamp[:n])
    else:
        first[cand], second[cand], winner[cand] = f, s, w
        stamp[cand[changed]] = step
    return count


def _merge(slot: int, row: Int32Array, f: Int32Array, s: Int32Array, w: Int32Array
           ) -> BoolArray:
    """Merge the new ``h_slot`` (``row``) into (least, second least, who is least) in place.

    ``h_slot`` only decreases, so where ``slot`` is the least it stays so and
    the second least is unchanged; elsewhere a lower ``row`` becomes the least
    and pushes the old least to second.  Returns where an entry changed.
    """
    mine = w == slot
    below = row < f  # the least changes exactly here
    lower = np.greater(below, mine)  # below and not mine: slot becomes the least
    # branch-free selects (masked copies are slow): not mine -> min(s, max(row, f)),
    # which is f where lower and min(s, row) elsewhere; mine -> s
    new_second = np.maximum(row, f)
    np.minimum(new_second, s, out=new_second)
    gap = np.subtract(s, new_second)  # >= 0, fits int32 for values in [-INF32, INF32]
    gap *= mine
    new_second += gap
    changed: BoolArray = new_second != s
    changed |= below
    np.minimum(f, row, out=f)
    np.copyto(s, new_second)
    shift = np.subtract(np.int32(slot), w)
    shift *= lower
    w += shift
    return changed
