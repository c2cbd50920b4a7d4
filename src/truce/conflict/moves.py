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
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from functools import cached_property

import numpy as np
import numpy.typing as npt

from truce.conflict.model import GraphModel, IntArray

__all__ = ["MoveGraph", "coalition_improvements", "coalition_reachable"]

Layer = npt.NDArray[np.int32]
NO_MOVE = -1


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
        #: results kept by :func:`truce.conflict.parallel.all_dms_at_once`
        self.memo: dict[tuple[str, int], npt.NDArray[np.bool_]] = {}

    def prepare(self) -> None:
        """Build every lazily computed table now (before sharing the graph among threads)."""
        for dm in range(self.model.n_dms):
            self.improvements(dm)
            self.index_layers(dm, improvements=True)
        _ = self.identity_codes, self.has_improvement, self.model.lookup

    def moves(self, dm: int) -> list[Layer]:
        """Layers of unilateral moves R_i of decision maker ``dm``."""
        if dm not in self._moves:
            self._moves[dm], self._move_flips[dm] = self._build_moves(dm)
        return self._moves[dm]

    def improvements(self, dm: int) -> list[Layer]:
        """Layers of unilateral improvements R_i^+ (moves to strictly preferred states)."""
        if dm not in self._improvements:
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
            for layer in self.improvements(dm):
                out[dm] |= layer >= 0
        return out

    def pairs(self, dm: int, *, improvements: bool = False) -> tuple[IntArray, IntArray]:
        """All moves (or improvements) of ``dm`` as ``(from_index, to_index)`` arrays."""
        sources: list[IntArray] = []
        targets: list[IntArray] = []
        for layer in self.layers(dm, improvements=improvements):
            src = np.flatnonzero(layer >= 0)
            sources.append(src)
            targets.append(layer[src].astype(np.int64))
        if not sources:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        return np.concatenate(sources), np.concatenate(targets)

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
