"""Unilateral moves, unilateral improvements and coalition moves.

Moves are stored as *layers*: for decision maker ``i``, each layer is an
``int32`` array ``target`` over all states with ``target[s]`` the state
reached by one particular move from ``s`` (``-1`` where that move does not
exist).  Moves derived from options give one layer per non-empty set of the
DM's options to flip (``s XOR mask``, a bit operation on option codes, with
reversibility and feasibility checks); explicit moves give as many layers as
the largest out-degree.  This is a padded sparse adjacency (ELLPACK) form of
the reachability matrices of Xu, Hipel & Kilgour (2009), "Matrix
representation of solution concepts in multiple-decision-maker graph models",
IEEE Trans. SMC-A 39(1):96-108, and lets every stability test run as a few
vectorised gathers over all states.

When every option combination is a state and the state index is the option
code (the open product of the options), a move that flips the options ``f``
goes from ``s`` to ``s XOR f``: then no table is stored at all, only one
boolean per state and move layer telling where the move is legal (or an
improvement), and the targets are computed when needed by permuting arrays
along the flipped bits (:func:`xor_permute`).  At 2^20 states that is 1 MiB
per layer instead of the 12 MiB of an ``int32`` table and its ``intp`` copy.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt

from truce.conflict.model import GraphModel, IntArray

__all__ = [
    "FlipLayer",
    "MoveGraph",
    "MoveLayer",
    "TableLayer",
    "coalition_improvements",
    "coalition_reachable",
    "xor_permute",
]

Layer = npt.NDArray[np.int32]
BoolArray = npt.NDArray[np.bool_]
AnyArray = npt.NDArray[Any]
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


def _like(array: AnyArray, shape: tuple[int, ...]) -> AnyArray:
    return array if array.shape == shape else array.reshape(shape)


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


class TableLayer(MoveLayer):
    """A layer stored as an index table (``-1`` = no move)."""

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

    ``mask`` None means everywhere.
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


def _layers_from_pairs(sources: IntArray, targets: IntArray, n: int) -> list[Layer]:
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


class MoveGraph:
    """The unilateral moves of every decision maker in a graph model.

    Parameters
    ----------
    model
        The conflict.  Layers are computed lazily and cached.
    """

    def __init__(self, model: GraphModel) -> None:
        self.model = model
        self._moves: dict[int, list[Layer]] = {}
        self._improvements: dict[int, list[Layer]] = {}
        self._move_flips: dict[int, list[int]] = {}
        self._improvement_flips: dict[int, list[int]] = {}
        self._wide: dict[tuple[int, bool], list[npt.NDArray[np.intp]]] = {}
        self._layer_objects: dict[tuple[int, bool], list[MoveLayer]] = {}
        #: results kept by :func:`truce.conflict.parallel.all_dms_at_once`
        self.memo: dict[tuple[str, int], npt.NDArray[np.bool_]] = {}

    def prepare(self) -> None:
        """Build every lazily computed table now (before sharing the graph among threads)."""
        for dm in range(self.model.n_dms):
            self.layers_of(dm, improvements=True)
            if self.implicit:
                self.layers_of(dm, improvements=False)
        _ = self.has_improvement
        if not self.implicit:
            _ = self.model.lookup

    @cached_property
    def implicit(self) -> bool:
        """Moves come from options over the open product: targets are ``s XOR flip``."""
        return self.identity_codes and self.model.explicit_moves is None

    def layers_of(self, dm: int, *, improvements: bool) -> list[MoveLayer]:
        """Moves (or improvements) of ``dm`` as :class:`MoveLayer` objects, cached."""
        key = (dm, improvements)
        if key not in self._layer_objects:
            if self.implicit:
                self._layer_objects[key] = self._flip_layers(dm, improvements)
            else:
                tables = self.index_layers(dm, improvements=improvements)
                flips = self.flips(dm, improvements=improvements)
                self._layer_objects[key] = [
                    TableLayer(table, flip) for table, flip in zip(tables, flips, strict=True)]
        return self._layer_objects[key]

    def _flip_layers(self, dm: int, improvements: bool) -> list[MoveLayer]:
        """Layers of the open product: one mask per flip, no target table."""
        model = self.model
        n = model.n_states
        mask = model.dm_masks[dm]
        ranks = model.ranks[dm]
        forward, backward = model.forward_mask, model.backward_mask
        states = None
        layers: list[MoveLayer] = []
        flip = mask
        while flip:  # every non-empty subset of the DM's options, as in _build_moves
            ok: BoolArray | None = None
            if forward & flip or backward & flip:
                states = np.arange(n, dtype=np.int64) if states is None else states
                ok = np.ones(n, dtype=bool)
                if forward & flip:
                    ok &= (states & (flip & forward)) == 0
                if backward & flip:
                    ok &= (~states & (flip & backward)) == 0
            if improvements:
                moved = xor_permute(ranks, flip)
                better: BoolArray = np.greater(moved, _like(ranks, moved.shape)).reshape(n)
                if ok is not None:
                    better &= ok
                if better.any():
                    layers.append(FlipLayer(flip, better, n))
            elif ok is None or ok.any():
                layers.append(FlipLayer(flip, ok, n))
            flip = (flip - 1) & mask
        return layers

    def _tables(self, dm: int, improvements: bool) -> tuple[list[Layer], list[int]]:
        """Index tables of the implicit layers (for callers that want tables)."""
        layers = self.layers_of(dm, improvements=improvements)
        states = np.arange(self.model.n_states, dtype=np.int32)
        tables = [np.where(layer.valid, states ^ np.int32(layer.flip), np.int32(NO_MOVE))
                  for layer in layers]
        return tables, [layer.flip for layer in layers]

    def moves(self, dm: int) -> list[Layer]:
        """Layers of unilateral moves R_i of decision maker ``dm``."""
        if dm not in self._moves:
            if self.implicit:
                self._moves[dm], self._move_flips[dm] = self._tables(dm, False)
            else:
                self._moves[dm], self._move_flips[dm] = self._build_moves(dm)
        return self._moves[dm]

    def improvements(self, dm: int) -> list[Layer]:
        """Layers of unilateral improvements R_i^+ (moves to strictly preferred states)."""
        if dm not in self._improvements:
            if self.implicit:
                self._improvements[dm], self._improvement_flips[dm] = self._tables(dm, True)
                return self._improvements[dm]
            ranks = self.model.ranks[dm]
            # a trailing entry below every rank: the -1 of a missing move is no improvement
            padded = np.append(ranks, np.iinfo(np.int64).min)
            layers: list[Layer] = []
            wide_layers: list[npt.NDArray[np.intp]] = []
            flips: list[int] = []
            for layer, flip in zip(self.moves(dm), self.flips(dm), strict=True):
                wide = layer.astype(np.intp)
                better = padded[wide] > ranks
                if better.any():
                    # branch-free "layer where better else -1" (NO_MOVE)
                    wide += 1
                    wide *= better
                    wide -= 1
                    wide_layers.append(wide)
                    layers.append(wide.astype(np.int32))
                    flips.append(flip)
            self._improvements[dm] = layers
            self._improvement_flips[dm] = flips
            self._wide[(dm, True)] = wide_layers
        return self._improvements[dm]

    def flips(self, dm: int, *, improvements: bool = False) -> list[int]:
        """Per layer of :meth:`moves` (or :meth:`improvements`), the option bits it flips.

        ``0`` for layers of explicit moves, which flip no fixed set of options.
        """
        if self.implicit:
            return [layer.flip for layer in self.layers_of(dm, improvements=improvements)]
        if improvements:
            self.improvements(dm)
            return self._improvement_flips[dm]
        self.moves(dm)
        return self._move_flips[dm]

    @cached_property
    def identity_codes(self) -> bool:
        """Every option combination is a state and state index = option code."""
        model = self.model
        return (
            model.wildcards is None
            and model.n_states == 1 << model.n_options
            and bool(np.array_equal(model.codes, np.arange(model.n_states)))
        )

    def layers(self, dm: int, *, improvements: bool) -> list[Layer]:
        """Moves or improvements of ``dm``."""
        return self.improvements(dm) if improvements else self.moves(dm)

    def index_layers(self, dm: int, *, improvements: bool) -> list[npt.NDArray[np.intp]]:
        """:meth:`layers` as native-width integers (numpy gathers twice as fast with them)."""
        key = (dm, improvements)
        if key not in self._wide:
            self._wide[key] = [layer.astype(np.intp)
                               for layer in self.layers(dm, improvements=improvements)]
        return self._wide[key]

    @cached_property
    def has_improvement(self) -> npt.NDArray[np.bool_]:
        """``(n_dm, n_states)``: whether each DM has a unilateral improvement from each state."""
        out = np.zeros((self.model.n_dms, self.model.n_states), dtype=bool)
        for dm in range(self.model.n_dms):
            for layer in self.layers_of(dm, improvements=True):
                out[dm] |= layer.valid
        return out

    def pairs(self, dm: int, *, improvements: bool = False) -> tuple[IntArray, IntArray]:
        """All moves (or improvements) of ``dm`` as ``(from_index, to_index)`` arrays."""
        layers = self.layers_of(dm, improvements=improvements)
        counts = [int(np.count_nonzero(layer.valid)) for layer in layers]
        # filled layer by layer: no per-layer pieces beside the result
        sources = np.empty(sum(counts), dtype=np.int64)
        targets = np.empty(sum(counts), dtype=np.int64)
        offset = 0
        for layer, count in zip(layers, counts, strict=True):
            part = slice(offset, offset + count)
            sources[part] = np.flatnonzero(layer.valid)
            targets[part] = layer.targets(sources[part])
            offset += count
        return sources, targets

    def _build_moves(self, dm: int) -> tuple[list[Layer], list[int]]:
        model = self.model
        n = model.n_states
        if model.explicit_moves is not None:
            sources, targets = model.explicit_moves[dm]
            explicit = _layers_from_pairs(sources, targets, n)
            return explicit, [0] * len(explicit)
        mask = model.dm_masks[dm]
        codes = model.codes
        forward, backward = model.forward_mask, model.backward_mask
        layers: list[Layer] = []
        flips: list[int] = []
        flip = mask
        while flip:  # every non-empty subset of the DM's options
            changed = np.int64(flip)
            ok = np.ones(n, dtype=bool)
            if forward & flip:
                ok &= (codes & (changed & forward)) == 0  # forward options never go Y to N
            if backward & flip:
                ok &= (~codes & (changed & backward)) == 0  # backward options never go N to Y
            if self.identity_codes:  # state index = code: no lookup, never the same state
                targets = np.arange(n, dtype=np.int32) ^ np.int32(flip)
            else:
                targets = model.lookup(codes ^ changed)
                ok &= (targets >= 0) & (targets != np.arange(n))
            if ok.any():
                layers.append(np.where(ok, targets, np.int32(NO_MOVE)).astype(np.int32, copy=False))
                flips.append(flip)
            flip = (flip - 1) & mask
        return layers, flips


def coalition_reachable(
    moves: MoveGraph, coalition: Sequence[int], start: int, *, improvements: bool = False
) -> list[tuple[int, list[tuple[int, int, int]]]]:
    """States a coalition reaches from ``start`` by legal sequences of unilateral moves.

    No member moves twice in succession (Fang, Hipel & Kilgour 1993, ch. 4;
    Kilgour, Hipel, Fang & Peng 2001, "Coalition analysis in group decision
    support", Group Decision and Negotiation 10:159-175).  With
    ``improvements`` every move must be a unilateral improvement for its mover.

    Returns
    -------
    list
        ``(state_index, path)`` for every reachable state, ``path`` being a
        shortest list of ``(from_index, mover, to_index)`` steps.
    """
    members = list(coalition)
    first: dict[int, list[tuple[int, int, int]]] = {}
    seen: set[tuple[int, int]] = set()
    queue: deque[tuple[int, int, list[tuple[int, int, int]]]] = deque([(start, -1, [])])
    while queue:
        state, last, path = queue.popleft()
        for mover in members:
            if mover == last:
                continue
            for layer in moves.layers(mover, improvements=improvements):
                target = int(layer[state])
                if target < 0 or (target, mover) in seen:
                    continue
                seen.add((target, mover))
                step = [*path, (state, mover, target)]
                first.setdefault(target, step)
                queue.append((target, mover, step))
    return sorted(first.items())


def coalition_improvements(
    moves: MoveGraph, coalition: Iterable[int], start: int
) -> list[int]:
    """Coalition improvements from ``start``: coalition-reachable states every member prefers.

    Kilgour, Hipel, Fang & Peng (2001): a coalition improvement is a state in
    the coalition's reachable set that each member strictly prefers to the
    starting state.
    """
    members = list(coalition)
    ranks = moves.model.ranks
    return [
        state for state, _ in coalition_reachable(moves, members, start)
        if all(ranks[m, state] > ranks[m, start] for m in members)
    ]
