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

from truce.conflict.model import IntArray
from truce.conflict.moves import MoveGraph

__all__ = ["StatusQuoReach", "status_quo_reach"]

Step = tuple[int, int, int]


@dataclass(frozen=True)
class StatusQuoReach:
    """States reachable from a start state by UI sequences, with BFS parents.

    ``distance[k, x]`` is the length of the shortest legal UI sequence from
    the start that ends at ``x`` with mover ``k`` (``-1`` if none);
    ``parent_state`` and ``parent_mover`` give the previous node.  The arrays
    use the narrowest integer types that hold them (``int32``, ``int8``).
    """

    start: int
    distance: npt.NDArray[np.signedinteger[Any]]
    parent_state: npt.NDArray[np.signedinteger[Any]]
    parent_mover: npt.NDArray[np.signedinteger[Any]]

    @property
    def reachable(self) -> IntArray:
        """Indices of reachable states, the start included, ascending."""
        hit: npt.NDArray[np.bool_] = np.asarray((self.distance >= 0).any(axis=0))
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
            previous = int(self.parent_state[node_mover, node_state])
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
    Each mover's list of unreached states is refreshed only when a pull needs
    it (the choice uses an exact count kept alongside).
    """
    model = moves.model
    m, n = model.n_dms, model.n_states
    none = m + 1  # "no last mover"; the start's last mover is m (nobody)
    small = np.int8 if none < 127 else np.int64
    # one entry per (mover, state): the narrowest types that hold them
    distance = np.full((m, n), -1, dtype=np.int32)
    parent_state = np.full((m, n), -1, dtype=np.int32 if n < 2**31 else np.int64)
    parent_mover = np.full((m, n), -1, dtype=small)
    # per state of the current frontier: its smallest and second-smallest last mover
    low = np.full(n, none, dtype=small)
    low2 = np.full(n, none, dtype=small)
    low[start] = m
    first = np.full(n, none, dtype=small)  # the same for the next frontier
    second = np.full(n, none, dtype=small)
    pull = model.explicit_moves is None and (
        model.wildcards is None or not bool(np.any(model.wildcards)))
    identity = moves.identity_codes
    unreached: list[IntArray | None] = [None] * m  # a superset of the unreached states
    left = [n] * m  # number of states not yet reached with each last mover
    depth = 0
    while True:
        frontier = np.flatnonzero(low != none)
        if len(frontier) == 0:
            break
        depth += 1
        for mover in range(m):
            row = distance[mover]
            layers = moves.layers_of(mover, improvements=True)
            src_low, src_low2 = low[frontier], low2[frontier]
            usable = (src_low != mover) | (src_low2 != none)
            sources = frontier[usable]
            if len(sources) == 0 or not layers:
                continue
            todo = unreached[mover]
            stale = True  # refreshed only when a pull needs it
            for layer in layers:
                flip = layer.flip
                if pull and left[mover] < len(sources):
                    if stale:
                        todo = np.flatnonzero(row < 0) if todo is None else todo[row[todo] < 0]
                        stale = False
                    assert todo is not None
                    if identity:
                        src = todo ^ flip
                        hit = np.flatnonzero(layer.targets(src) == todo)
                    else:
                        src = model.lookup(model.codes[todo] ^ flip)
                        hit = np.flatnonzero(src >= 0)
                        hit = hit[layer.targets(src[hit]) == todo[hit]]
                    src = src[hit]
                    last = np.where(low[src] != mover, low[src], low2[src])
                    good = last != none
                    found = hit[good]
                    src, tgt, last = src[good], todo[found], last[good]
                    keep = np.ones(len(todo), dtype=bool)
                    keep[found] = False
                    todo = todo[keep]
                else:
                    targets = layer.targets(sources)
                    # row[-1] of a missing move is masked by the first test
                    sel = np.flatnonzero((targets >= 0) & (row[targets] < 0))
                    src, tgt = sources[sel], targets[sel]
                    if not (pull and flip):  # an option flip is one-to-one here
                        tgt, index = np.unique(tgt, return_index=True)
                        src = src[index]
                    stale = True
                    last = np.where(low[src] != mover, low[src], low2[src])
                if len(tgt) == 0:
                    continue
                row[tgt] = depth
                left[mover] -= len(tgt)
                parent_state[mover, tgt] = src
                parent_mover[mover, tgt] = np.where(last < m, last, -1)
                # movers come in increasing order: the first one seen is the smallest
                unset = first[tgt] == none
                first[tgt[unset]] = mover
                later = tgt[~unset]
                second[later[second[later] == none]] = mover
            unreached[mover] = todo
        low, first = first, low
        low2, second = second, low2
        first.fill(none)
        second.fill(none)
    return StatusQuoReach(start, distance, parent_state, parent_mover)
