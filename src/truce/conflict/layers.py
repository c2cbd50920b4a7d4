"""Move layers: at most one move per state and layer, stored as a table or as a flip mask.

Moves are stored as *layers*: for decision maker ``i``, each layer gives for
every state ``s`` the state reached by one particular move from ``s`` (or
none).  Moves derived from options give one layer per non-empty set of the
DM's options to flip (``s XOR mask``, a bit operation on option codes, with
reversibility and feasibility checks); explicit moves give as many layers as
the largest out-degree.  This is a padded sparse adjacency (ELLPACK) form of
the reachability matrices of Xu, Hipel & Kilgour (2009), "Matrix
representation of solution concepts in multiple-decision-maker graph models",
IEEE Trans. SMC-A 39(1):96-108, and lets every stability test run as a few
vectorised gathers over all states.

A :class:`TableLayer` is an ``int32``/``intp`` index table (``-1`` = no
move).  When every option combination is a state and the state index is the
option code (the open product of the options), a move that flips the options
``f`` goes from ``s`` to ``s XOR f``: a :class:`FlipLayer` stores only one
boolean per state telling where the move is legal (or an improvement), and
its targets are computed when needed by permuting arrays along the flipped
bits (:func:`xor_permute`).  At 2^20 states that is 1 MiB per layer instead
of the 12 MiB of an ``int32`` table and its ``intp`` copy.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from truce.arrays import AnyArray, BoolArray, Int32Array, IntArray
from truce.conflict.buckets import BitLayout

__all__ = ["NO_MOVE", "FlipLayer", "MoveLayer", "TableLayer", "layers_from_pairs", "xor_permute"]

#: An index table of moves: the state each state moves to, :data:`NO_MOVE` where it has none.
Layer = Int32Array
#: The target of a missing move in an index table.
NO_MOVE = -1
#: Option bits permuted by a gather inside blocks of 2**LOW_BITS states (the rest by views).
LOW_BITS = 3


def xor_permute(values: AnyArray, flip: int) -> AnyArray:
    """``values[arange(n) ^ flip]`` for ``n`` a power of two, without an index array.

    Bits from :data:`LOW_BITS` up flip axes of a ``(2, 2, ..., 2, 8)`` view
    (no copy); the lowest bits permute each block of 8 consecutive states.
    The result has ``values``' shape or that view's shape; use it in ufuncs.
    """
    n = len(values)
    bits = n.bit_length() - 1
    if bits < LOW_BITS:
        small: AnyArray = values[np.arange(n) ^ flip]
        return small
    out = values
    low = flip & ((1 << LOW_BITS) - 1)
    if low:
        out = values.reshape(-1, 1 << LOW_BITS)[:, np.arange(1 << LOW_BITS) ^ low]
    high = flip >> LOW_BITS
    if not high:
        return out.reshape(n)
    cube = out.reshape([2] * (bits - LOW_BITS) + [1 << LOW_BITS])
    axes = tuple(bits - LOW_BITS - 1 - j for j in range(bits - LOW_BITS) if high >> j & 1)
    return np.flip(cube, axis=axes)


class MoveLayer:
    """One layer of moves: at most one target per state.

    ``targets(at)`` gives the target of each state in ``at`` (``-1`` where the
    layer has no move); ``pull(array)`` gives, for every state, ``array`` at
    its target, where ``array`` has one trailing entry (index ``-1``) that
    stands for "no move"; ``valid`` tells where the layer has a move.
    """

    flip: int

    def targets(self, at: npt.NDArray[np.intp] | IntArray) -> npt.NDArray[np.intp]:
        """Target state of each state in ``at``, ``-1`` where there is no move."""
        raise NotImplementedError

    def pull(self, array: AnyArray) -> AnyArray:
        """``array[target(s)]`` for every state ``s`` (``array[-1]`` where no move)."""
        raise NotImplementedError

    def valid_at(self, at: npt.NDArray[np.intp] | IntArray) -> BoolArray:
        """Whether each state in ``at`` has a move in this layer."""
        raise NotImplementedError

    @property
    def valid(self) -> BoolArray:
        """Where the layer has a move."""
        raise NotImplementedError

    def excluded_bytes(self, layout: BitLayout) -> npt.NDArray[np.uint8]:
        """255 where the layer has no move, 0 where it has one, in ``layout``'s state order.

        OR-ed into rank buckets it lifts the states without a move above every
        bucket.  Kept for rotated orders (a transpose is slow), made afresh for
        the identity order.
        """
        kept: dict[int, npt.NDArray[np.uint8]] = self.__dict__.setdefault("_excluded", {})
        if layout.low in kept:
            return kept[layout.low]
        excluded = np.subtract(layout.to(self.valid).view(np.uint8), np.uint8(1))  # 1 -> 0, 0 -> 255
        if layout.low:
            kept[layout.low] = excluded
        return excluded


class TableLayer(MoveLayer):
    """A layer stored as an index table (``-1`` = no move).

    Parameters
    ----------
    table
        The target state of every state, :data:`NO_MOVE` where it has none.
    flip
        The option bits the layer's moves flip; 0 for explicit moves, which
        flip no fixed set of options.
    """

    def __init__(self, table: npt.NDArray[np.intp], flip: int) -> None:
        self.table = table
        self.flip = flip

    def targets(self, at: npt.NDArray[np.intp] | IntArray) -> npt.NDArray[np.intp]:
        """Target state of each state in ``at``, ``-1`` where there is no move."""
        return self.table[at]

    def pull(self, array: AnyArray) -> AnyArray:
        """``array[target(s)]`` for every state ``s`` (``array[-1]`` where no move)."""
        return array[self.table]

    def valid_at(self, at: npt.NDArray[np.intp] | IntArray) -> BoolArray:
        """Whether each state in ``at`` has a move in this layer."""
        return self.table[at] >= 0

    @property
    def valid(self) -> BoolArray:
        """Where the layer has a move."""
        return self.table >= 0


class FlipLayer(MoveLayer):
    """A layer of the open product: ``s -> s XOR flip`` wherever ``mask`` is set.

    Parameters
    ----------
    flip
        The option bits every move of the layer flips (a non-empty subset of
        one decision maker's options).
    mask
        Where the move is legal (or, for a layer of improvements, where it is
        an improvement); None means everywhere.
    n
        Number of states (a power of two: every option combination is a state).
    """

    def __init__(self, flip: int, mask: BoolArray | None, n: int) -> None:
        self.flip = flip
        self.mask = mask
        self.n = n

    def targets(self, at: npt.NDArray[np.intp] | IntArray) -> npt.NDArray[np.intp]:
        """Target state of each state in ``at``, ``-1`` where there is no move."""
        moved = np.bitwise_xor(at, self.flip, dtype=np.intp)
        if self.mask is None:
            return moved
        return np.where(self.mask[at], moved, np.intp(-1))

    def valid_at(self, at: npt.NDArray[np.intp] | IntArray) -> BoolArray:
        """Whether each state in ``at`` has a move in this layer."""
        return np.ones(len(at), dtype=bool) if self.mask is None else self.mask[at]

    def pull(self, array: AnyArray) -> AnyArray:
        """``array[target(s)]`` for every state ``s`` (``array[-1]`` where no move)."""
        out = np.ascontiguousarray(xor_permute(array[: self.n], self.flip)).reshape(self.n)
        if self.mask is None:
            return out
        # branch-free "moved where mask else fill" (masked copies are slow on
        # random masks); exact in two's-complement arithmetic even if it wraps
        fill = array[-1]
        with np.errstate(over="ignore"):
            out -= fill
            out *= self.mask
            out += fill
        return out

    @property
    def valid(self) -> BoolArray:
        """Where the layer has a move."""
        return np.ones(self.n, dtype=bool) if self.mask is None else self.mask


def layers_from_pairs(sources: IntArray, targets: IntArray, n: int) -> list[Layer]:
    """Index tables of the moves ``sources[j] -> targets[j]`` over ``n`` states, one per slot."""
    keep = sources != targets
    sources, targets = sources[keep], targets[keep]
    if len(sources) == 0:
        return []
    pairs = np.unique(np.stack([sources, targets], axis=1), axis=0)
    sources, targets = pairs[:, 0], pairs[:, 1]
    # position of each edge within its source's list
    starts = np.flatnonzero(np.concatenate([[True], sources[1:] != sources[:-1]]))
    counts = np.diff(np.concatenate([starts, [len(sources)]]))
    slot = np.arange(len(sources)) - np.repeat(starts, counts)
    layers: list[Layer] = []
    for k in range(int(slot.max()) + 1):
        layer = np.full(n, NO_MOVE, dtype=np.int32)
        chosen = slot == k
        layer[sources[chosen]] = targets[chosen]
        layers.append(layer)
    return layers
