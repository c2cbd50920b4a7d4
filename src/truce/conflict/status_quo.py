"""Status-quo analysis: where sequences of unilateral improvements lead.

From the status quo, decision makers take unilateral improvements one after
another, no DM moving twice in succession; the reachable states and a
shortest path to each of them show how the conflict can evolve towards an
equilibrium (Li, Hipel, Kilgour & Noakes 2005, "Integrating uncertain
preferences into status quo analysis with applications to an environmental
conflict", Group Decision and Negotiation 14:461-479; Xu, Li, Hipel &
Kilgour 2009, "A matrix approach to status quo analysis in the graph model
for conflict resolution", Applied Mathematics and Computation 212:470-480).
Here: breadth-first search over (state, last mover) nodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from truce.arrays import BoolArray, IntArray
from truce.conflict.layers import MoveLayer, xor_permute
from truce.conflict.moves import MoveGraph

__all__ = ["StatusQuoReach", "status_quo_reach"]

Step = tuple[int, int, int]
#: Whole-array steps when both the usable sources and the unreached states of a mover
#: number more than ``n // DENSE_SHARE``.
DENSE_SHARE = 32


@dataclass(frozen=True)
class StatusQuoReach:
    """States reachable from a start state by UI sequences, with BFS parents.

    ``distance[k, x]`` is the length of the shortest legal UI sequence from
    the start that ends at ``x`` with mover ``k`` (``-1`` if none);
    :attr:`parent_state` and ``parent_mover`` give the previous node.  The
    arrays use the narrowest integer types that hold them (distances start
    as ``int8`` and widen as the search deepens).  ``parents`` holds the parent states, or, when
    ``flips`` is given (moves ``x -> x XOR flip`` over the open product), the
    index of the mover's layer that made the move: one byte per node instead
    of four, and the parent is ``x XOR flips[k][index]``.
    """

    start: int
    distance: npt.NDArray[np.signedinteger[Any]]
    parents: npt.NDArray[np.signedinteger[Any]]
    parent_mover: npt.NDArray[np.signedinteger[Any]]
    flips: tuple[tuple[int, ...], ...] | None = None

    @property
    def parent_state(self) -> npt.NDArray[np.signedinteger[Any]]:
        """``parent_state[k, x]``: the state before the last move of the node (``-1``: none)."""
        if self.flips is None:
            return self.parents
        n = self.parents.shape[1]
        out = np.full(self.parents.shape, -1, dtype=np.int32 if n < 2**31 else np.int64)
        for mover, flips in enumerate(self.flips):
            if not flips:
                continue
            row = self.parents[mover]
            at = np.flatnonzero(row >= 0)
            out[mover, at] = at ^ np.asarray(flips, dtype=np.int64)[row[at]]
        return out

    def _parent(self, mover: int, state: int) -> int:
        value = int(self.parents[mover, state])
        return value if self.flips is None else state ^ self.flips[mover][value]

    @property
    def reachable(self) -> IntArray:
        """Indices of reachable states, the start included, ascending."""
        hit: BoolArray = np.asarray((self.distance >= 0).any(axis=0))
        hit[self.start] = True
        return np.flatnonzero(hit)

    def path_to(self, state: int) -> list[Step] | None:
        """A shortest path ``[(from, mover, to), ...]`` to ``state``; None if unreachable."""
        if state == self.start:
            return []
        column = self.distance[:, state]
        if not (column >= 0).any():
            return None
        mover = int(np.argmin(np.where(column >= 0, column, np.iinfo(column.dtype).max)))
        steps: list[Step] = []
        node_state, node_mover = state, mover
        while node_mover >= 0:
            previous = self._parent(node_mover, node_state)
            previous_mover = int(self.parent_mover[node_mover, node_state])
            steps.append((previous, node_mover, node_state))
            node_state, node_mover = previous, previous_mover
        return steps[::-1]


def status_quo_reach(moves: MoveGraph, start: int) -> StatusQuoReach:
    """Breadth-first search of UI sequences from ``start`` (no DM moves twice in a row).

    The search runs over (state, last mover) nodes, a whole BFS layer at a
    time (the frontier-set form of the matrix status-quo analysis of Xu, Li,
    Hipel & Kilgour 2009).  A frontier state is kept once, with the two
    smallest of its last movers: a mover may leave it unless the mover is
    its only last mover, and its parent mover is the smallest last mover
    other than the mover.  Each step either pushes from the frontier or, when
    fewer states are still unreached by the mover than there are sources and
    moves come from options, pulls: a state y is reached by the layer that
    flips options f from the one state whose code is code(y) XOR f
    (direction-optimising BFS, Beamer, Asanovic & Patterson 2012).  Both give
    the same parents: the first layer that reaches y, from its smallest source.
    A mover's unreached states are listed only when a pull needs them, and
    only one such list is kept at a time (the choice between push and pull
    uses an exact count kept alongside).
    """
    model = moves.model
    m, n = model.n_dms, model.n_states
    search = _Search(moves, start)
    pull = model.explicit_moves is None and (
        model.wildcards is None or not bool(np.any(model.wildcards)))
    depth = 0
    while True:
        frontier = np.flatnonzero(search.low != search.none)
        if len(frontier) == 0:
            break
        depth += 1
        if depth == np.iinfo(search.distance.dtype).max:  # deeper than the type holds
            wider = np.int16 if search.distance.dtype == np.int8 else np.int32
            search.distance = search.distance.astype(wider)
        for mover in range(m):
            layers = moves.layers_of(mover, improvements=True)
            usable = (search.low[frontier] != mover) | (search.low2[frontier] != search.none)
            sources = frontier[usable]
            if len(sources) == 0 or not layers:
                continue
            stale = True  # the unreached states are listed only when a pull needs them
            dense = None
            if moves.implicit and min(search.left[mover], len(sources)) > n // DENSE_SHARE:
                dense = search.usable(mover)  # many both ways: whole-array steps
            for layer_index, layer in enumerate(layers):
                if dense is not None:
                    src, tgt, last = search.dense_pull(mover, layer, dense)
                    stale = True
                elif pull and search.left[mover] < len(sources):
                    src, tgt, last = search.pull(mover, layer, refresh=stale)
                    stale = False
                else:
                    src, tgt, last = search.push(mover, layer, sources, one_to_one=pull)
                    stale = True
                search.record(mover, depth, src, tgt, last, layer_index)
        search.next_frontier()
    flips = tuple(tuple(layer.flip for layer in moves.layers_of(k, improvements=True))
                  for k in range(m)) if search.by_layer else None
    return StatusQuoReach(start, search.distance, search.parents, search.parent_mover, flips)


class _Search:
    """The arrays of :func:`status_quo_reach` and its pull, push and record steps."""

    def __init__(self, moves: MoveGraph, start: int) -> None:
        self.moves = moves
        model = moves.model
        m, n = model.n_dms, model.n_states
        self.none = none = m + 1  # "no last mover"; the start's last mover is m (nobody)
        small = np.int8 if none < 127 else np.int64
        # one entry per (mover, state): the narrowest types that hold them (int8
        # distances are widened if the search ever gets that deep)
        self.distance: npt.NDArray[np.signedinteger[Any]] = np.full((m, n), -1, dtype=np.int8)
        # over the open product a parent is the target XOR the flip of the layer used:
        # keep the layer's index (a byte) instead of the parent state
        widest = max((len(moves.layers_of(k, improvements=True)) for k in range(m)), default=0)
        self.by_layer = moves.implicit and widest < 127
        parent_type = np.int8 if self.by_layer else np.int32 if n < 2**31 else np.int64
        self.parents: npt.NDArray[np.signedinteger[Any]] = np.full((m, n), -1, dtype=parent_type)
        self.parent_mover = np.full((m, n), -1, dtype=small)
        # per state of the current frontier: its smallest and second-smallest last mover
        self.low = np.full(n, none, dtype=small)
        self.low2 = np.full(n, none, dtype=small)
        self.low[start] = m
        self.first = np.full(n, none, dtype=small)  # the same for the next frontier
        self.second = np.full(n, none, dtype=small)
        index = np.int32 if n < 2**31 else np.int64
        self.index_type: type[np.signedinteger[Any]] = index
        #: the unreached states of the mover being pulled (listed again for each
        #: mover and round: one list at a time keeps the memory down)
        self.unreached: npt.NDArray[np.signedinteger[Any]] | None = None
        self.left = [n] * m  # number of states not yet reached with each last mover

    def last_movers(self, mover: int, src: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """The parent mover of a move by ``mover`` from each of ``src`` (``none``: illegal)."""
        low = self.low[src]
        last: npt.NDArray[Any] = np.where(low != mover, low, self.low2[src])
        return last

    def pull(self, mover: int, layer: MoveLayer, *, refresh: bool
             ) -> tuple[npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]]:
        """Unreached states y whose source ``code(y) ^ flip`` is on the frontier."""
        model = self.moves.model
        todo = self.unreached
        row = self.distance[mover]
        if todo is None or refresh:
            todo = np.flatnonzero(row < 0).astype(self.index_type)
        if self.moves.identity_codes:  # the move from src, if any, goes to src ^ flip = y
            src = todo ^ self.index_type(layer.flip)
            hit = np.flatnonzero(layer.valid_at(src))
        else:
            src = model.lookup(model.codes[todo] ^ layer.flip)
            hit = np.flatnonzero(src >= 0)
            hit = hit[layer.targets(src[hit]) == todo[hit]]
        src = src[hit]
        last = self.last_movers(mover, src)
        good = last != self.none
        found = hit[good]
        tgt = todo[found]
        keep = np.ones(len(todo), dtype=bool)
        keep[found] = False
        self.unreached = todo[keep]
        return src[good], tgt, last[good]

    def usable(self, mover: int) -> BoolArray:
        """Frontier states ``mover`` may leave (it is not their only last mover), as a mask."""
        mask: BoolArray = np.not_equal(self.low, mover)
        mask |= self.low2 != self.none
        mask &= self.low != self.none
        return mask

    def dense_pull(self, mover: int, layer: MoveLayer, usable: BoolArray
                   ) -> tuple[npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]]:
        """:meth:`pull` over whole arrays (moves ``x -> x XOR flip``): states y unreached by
        ``mover`` whose source ``y ^ flip`` is usable and has the move."""
        n = len(usable)
        start_ok = np.logical_and(layer.valid, usable)
        arrived = np.ascontiguousarray(xor_permute(start_ok, layer.flip)).reshape(n)
        arrived &= self.distance[mover] < 0
        tgt = np.flatnonzero(arrived)
        src = tgt ^ layer.flip
        return src, tgt, self.last_movers(mover, src)

    def push(self, mover: int, layer: MoveLayer, sources: IntArray, *, one_to_one: bool
             ) -> tuple[npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]]:
        """Unreached targets of the layer's moves from the usable frontier states."""
        row = self.distance[mover]
        if self.moves.implicit:  # s -> s ^ flip wherever the layer is valid
            targets = np.bitwise_xor(sources, layer.flip, dtype=np.intp)
            sel = np.flatnonzero(layer.valid_at(sources) & (row[targets] < 0))
        else:
            targets = layer.targets(sources)
            # row[-1] of a missing move is masked by the first test
            sel = np.flatnonzero((targets >= 0) & (row[targets] < 0))
        src, tgt = sources[sel], targets[sel]
        if not (one_to_one and layer.flip):  # an option flip is one-to-one here
            tgt, index = np.unique(tgt, return_index=True)
            src = src[index]
        return src, tgt, self.last_movers(mover, src)

    def record(self, mover: int, depth: int, src: npt.NDArray[Any], tgt: npt.NDArray[Any],
               last: npt.NDArray[Any], layer_index: int) -> None:
        """Mark ``tgt`` reached by ``mover`` at ``depth`` and add it to the next frontier."""
        if len(tgt) == 0:
            return
        m = self.moves.model.n_dms
        # row views: a 1-d scatter is cheaper than indexing the 2-d arrays
        self.distance[mover][tgt] = depth
        self.left[mover] -= len(tgt)
        self.parents[mover][tgt] = layer_index if self.by_layer else src
        self.parent_mover[mover][tgt] = np.where(last < m, last, -1)
        # movers come in increasing order: the first one seen is the smallest
        first, second, none = self.first, self.second, self.none
        unset = first[tgt] == none
        first[tgt[unset]] = mover
        later = tgt[~unset]
        second[later[second[later] == none]] = mover

    def next_frontier(self) -> None:
        """The states reached in this round become the frontier."""
        self.low, self.first = self.first, self.low
        self.low2, self.second = self.second, self.low2
        self.first.fill(self.none)
        self.second.fill(self.none)
