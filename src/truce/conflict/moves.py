"""Unilateral moves and unilateral improvements of every decision maker.

:class:`MoveGraph` builds, lazily and per decision maker, the layers of
unilateral moves R_i and improvements R_i^+ (:mod:`truce.conflict.layers`):
flip masks over the open product of the options, index tables otherwise.
Coalition moves are in :mod:`truce.conflict.coalitions`.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt

from truce.arrays import BoolArray, IntArray
from truce.conflict.layers import (
    NO_MOVE,
    FlipLayer,
    Layer,
    MoveLayer,
    TableLayer,
    layers_from_pairs,
    xor_permute,
)
from truce.conflict.model import GraphModel

__all__ = ["MoveGraph"]


def _like(array: npt.NDArray[Any], shape: tuple[int, ...]) -> npt.NDArray[Any]:
    return array if array.shape == shape else array.reshape(shape)


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
        #: results kept (bit-packed) by :func:`truce.conflict.parallel.all_dms_at_once`
        self.memo: dict[tuple[str, int], npt.NDArray[np.uint8]] = {}

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
    def has_improvement(self) -> BoolArray:
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
            explicit = layers_from_pairs(sources, targets, n)
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
