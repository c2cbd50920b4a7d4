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
from typing import Any

import numpy as np
import numpy.typing as npt

from truce.arrays import BoolArray, IntArray
from truce.conflict.layers import FlipLayer, xor_permute
from truce.conflict.moves import MoveGraph
from truce.conflict.parallel import all_dms_at_once
from truce.conflict.reach import INF32, closure_minimum, coalition_minimum
from truce.conflict.simultaneous import simultaneous_sanctioning

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
    return _widen(_minimum32(moves, coalition, values, improvements=improvements))


def _minimum32(
    moves: MoveGraph, coalition: Sequence[int], values: IntArray | npt.NDArray[np.int32], *,
    improvements: bool
) -> npt.NDArray[np.int32]:
    """:func:`reachable_minimum` in int32 with the ``INF32`` sentinel."""
    members = list(coalition)
    n = len(values)
    if not improvements and len(members) >= 2 and _is_open_product(moves):
        grouped = _product_group_minimum(moves, members, values)
        return np.minimum(grouped, INF32).astype(np.int32, copy=False)
    layer_sets = [moves.layers_of(k, improvements=improvements) for k in members]
    # Work in int32 (ranks are state counts) with a trailing INF so that the
    # -1 of a missing move gathers INF without masking.
    big = np.int32(INF32)
    vals = np.minimum(values, INF32).astype(np.int32, copy=False)
    padded = np.empty(n + 1, dtype=np.int32)
    padded[n] = big
    if len(members) == 1:
        best = np.full(n, big, dtype=np.int32)
        padded[:n] = vals
        for layer in layer_sets[0]:
            np.minimum(best, layer.pull(padded), out=best)
        return best
    return coalition_minimum(layer_sets, vals)


def _ranks32(moves: MoveGraph, dm: int) -> npt.NDArray[np.int32]:
    """``dm``'s ranks as int32 in the same order, ties kept (half the memory traffic of int64).

    Ranks beyond ``±INF32`` are replaced by their places in the sorted distinct
    ranks; every concept depends on the ranks' order only.
    """
    ranks = moves.model.ranks[dm]
    if len(ranks) == 0 or (int(ranks.min()) > -INF32 and int(ranks.max()) < INF32):
        narrow: npt.NDArray[np.int32] = ranks.astype(np.int32)
        return narrow
    places: npt.NDArray[np.int32] = np.unique(ranks, return_inverse=True)[1].astype(np.int32)
    flat: npt.NDArray[np.int32] = places.reshape(-1)
    return flat


def _widen(array: npt.NDArray[np.int32]) -> IntArray:
    """Back to int64 with the int64 INF sentinel."""
    out = array.astype(np.int64)
    out[array >= INF32] = INF
    return out


def _is_open_product(moves: MoveGraph) -> bool:
    """All option combinations feasible, every option reversible, moves from options."""
    model = moves.model
    return (
        model.explicit_moves is None
        and model.wildcards is None
        and model.forward_mask == 0
        and model.backward_mask == 0
        and model.n_states == 1 << model.n_options
        and bool(np.array_equal(model.codes, np.arange(model.n_states)))
        and all(len(dm.options) > 0 for dm in model.decision_makers)
    )


def _product_group_minimum(moves: MoveGraph, members: Sequence[int],
                           values: IntArray | npt.NDArray[np.int32]
                           ) -> IntArray | npt.NDArray[np.int32]:
    """Shortcut of :func:`reachable_minimum` when every combination is feasible and reversible.

    Then a coalition of two or more DMs reaches from x every state that
    agrees with x outside the coalition's options, x itself included (two
    members can each flip and flip back): the minimum is a group minimum
    over the coalition's bits, computed by reshaping the state array.
    """
    model = moves.model
    shape = [2] * model.n_options  # axis j <-> option n_options-1-j (C order, LSB last)
    cube = values.reshape(shape)
    axes = tuple(
        model.n_options - 1 - j
        for k in members
        for j in range(model.n_options)
        if model.dm_masks[k] >> j & 1
    )
    reduced = cube.min(axis=axes, keepdims=True)
    result: IntArray | npt.NDArray[np.int32] = np.broadcast_to(reduced, cube.shape).reshape(-1).copy()
    return result


def _sanctioned(moves: MoveGraph, dm: int, threshold: npt.NDArray[np.int32]) -> BoolArray:
    """States where every UI ``s -> s1`` of ``dm`` has ``threshold[s1] <= rank(s)``.

    ``threshold`` is int32 (below ``INF32``); a trailing entry below every rank
    makes the ``-1`` of a missing move count as sanctioned without masking.
    """
    n = moves.model.n_states
    ranks_any = _ranks32(moves, dm)
    wide = np.append(threshold, np.int32(min(int(ranks_any.min()), 0) - 1)).astype(np.int32)
    stable = np.ones(n, dtype=bool)
    for layer in moves.layers_of(dm, improvements=True):
        if isinstance(layer, FlipLayer) and layer.mask is not None:
            # compare the permuted view itself, then keep the result where the UI is
            moved = xor_permute(wide[:n], layer.flip)
            blocked = np.less_equal(moved, ranks_any.reshape(moved.shape)).reshape(n)
            np.greater(stable, np.greater(layer.mask, blocked), out=stable)  # and not (UI, unblocked)
        else:
            stable &= layer.pull(wide) <= ranks_any
    return stable


def _cube(moves: MoveGraph, dm: int) -> npt.NDArray[np.integer[Any]]:
    """``dm``'s ranks as a ``(2,) * n_options`` cube (axis ``j`` is option ``n_options - 1 - j``)."""
    return _ranks32(moves, dm).reshape((2,) * moves.model.n_options)


def _axes(moves: MoveGraph, bits: int) -> tuple[int, ...]:
    """The cube axes of the option bits ``bits``."""
    n_options = moves.model.n_options
    return tuple(n_options - 1 - j for j in range(n_options) if bits >> j & 1)


def _sanctioned_by_slice(moves: MoveGraph, dm: int, cube: npt.NDArray[np.integer[Any]],
                         threshold: npt.NDArray[np.integer[Any]]) -> BoolArray:
    """:func:`_sanctioned` for a threshold that depends only on ``dm``'s own options.

    ``threshold`` has the cube's shape with length 1 along the other options'
    axes; a UI flipping ``dm``'s options g reads it flipped along g's axes.
    """
    n = moves.model.n_states
    stable = np.ones(n, dtype=bool)
    for layer in moves.layers_of(dm, improvements=True):
        moved = np.flip(threshold, axis=_axes(moves, layer.flip))
        blocked = np.less_equal(moved, cube).reshape(n)
        np.greater(stable, np.greater(layer.valid, blocked), out=stable)  # and not (UI, unblocked)
    return stable


def _others(moves: MoveGraph, dm: int) -> list[int]:
    return [k for k in range(moves.model.n_dms) if k != dm]


def nash_stability(moves: MoveGraph, dm: int) -> BoolArray:
    """Nash (rational) stability: ``dm`` has no unilateral improvement (Fang et al. 1993)."""
    return np.asarray(~moves.has_improvement[dm])


@all_dms_at_once
def general_metarationality(moves: MoveGraph, dm: int) -> BoolArray:
    """GMR: every UI of ``dm`` can be answered by the others' moves to a state not preferred.

    Fang, Hipel & Kilgour (1993), after Howard (1971): for all s1 in R_i^+(s)
    there is s2 in R_{N-i}(s1) with s2 not preferred to s by i.

    When every option combination is a state and every option reversible, two
    or more others reach from s1 every state that agrees with s1 on i's
    options, so the sanction threshold is i's least rank over that slice: one
    number per setting of i's options, compared by broadcasting.
    """
    others = _others(moves, dm)
    if len(others) >= 2 and _is_open_product(moves):
        cube = _cube(moves, dm)
        mine = _axes(moves, moves.model.dm_masks[dm])
        outside = tuple(axis for axis in range(cube.ndim) if axis not in mine)
        return _sanctioned_by_slice(moves, dm, cube, cube.min(axis=outside, keepdims=True))
    threshold = _minimum32(moves, others, _ranks32(moves, dm), improvements=False)
    return _sanctioned(moves, dm, threshold)


@all_dms_at_once
def symmetric_metarationality(moves: MoveGraph, dm: int) -> BoolArray:
    """SMR: a GMR sanction s2 from which ``dm`` cannot escape to a state preferred to s.

    Fang, Hipel & Kilgour (1993): s2 in R_{N-i}(s1) with s2 and every s3 in
    R_i(s2) not preferred to s.

    When every option combination is a state and every option reversible, i
    escapes from s2 to the best state of s2's slice along i's options, and
    the others reach every setting of their options, so the threshold is one
    number: the least over the others' settings of i's best along its own
    options.  A state is then SMR stable iff i has no UI from it or its rank
    is not below that number.
    """
    if len(_others(moves, dm)) >= 2 and _is_open_product(moves):
        cube = _cube(moves, dm)
        least = cube.max(axis=_axes(moves, moves.model.dm_masks[dm])).min()
        return np.asarray(~moves.has_improvement[dm] | (cube.reshape(-1) >= least))
    ranks = _ranks32(moves, dm)
    worst_escape = ranks.copy()  # max rank of s2 and of dm's moves from s2
    padded = np.append(ranks, np.iinfo(ranks.dtype).min)  # a missing move escapes nowhere
    for layer in moves.layers_of(dm, improvements=False):
        np.maximum(worst_escape, layer.pull(padded), out=worst_escape)
    threshold = _minimum32(moves, _others(moves, dm), worst_escape, improvements=False)
    return _sanctioned(moves, dm, threshold)


@all_dms_at_once
def sequential_stability(moves: MoveGraph, dm: int) -> BoolArray:
    """SEQ: like GMR, but sanctions use only the others' unilateral improvements.

    Fraser & Hipel (1979, 1984); graph form in Fang, Hipel & Kilgour (1993):
    s2 in R^+_{N-i}(s1) with s2 not preferred to s.
    """
    ranks = _ranks32(moves, dm)
    others = _others(moves, dm)
    if moves.implicit:
        # s1 itself may join the minimum: rank(s1) > rank(s) never sanctions
        layer_sets = [moves.layers_of(k, improvements=True) for k in others]
        threshold = closure_minimum(layer_sets, ranks)
    else:
        threshold = _minimum32(moves, others, ranks, improvements=True)
    return _sanctioned(moves, dm, threshold)


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
        StabilityConcept("sim", "Simultaneous sanctioning (SIM)",
                         all_dms_at_once(simultaneous_sanctioning),
                         "Fang, Hipel & Kilgour (1993)"),
    )
}
"""Stability concepts by key, in the order results are reported."""
