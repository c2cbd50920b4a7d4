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
    ``parent_state`` and ``parent_mover`` give the previous node.
    """

    start: int
    distance: IntArray
    parent_state: IntArray
    parent_mover: IntArray

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
        mover = int(np.argmin(np.where(column >= 0, column, np.iinfo(np.int64).max)))
        steps: list[Step] = []
        node_state, node_mover = state, mover
        while node_mover >= 0:
            previous = int(self.parent_state[node_mover, node_state])
            previous_mover = int(self.parent_mover[node_mover, node_state])
            steps.append((previous, node_mover, node_state))
            node_state, node_mover = previous, previous_mover
        return steps[::-1]


def status_quo_reach(moves: MoveGraph, start: int) -> StatusQuoReach:
    """Breadth-first search of UI sequences from ``start`` (no DM moves twice in a row)."""
    model = moves.model
    m, n = model.n_dms, model.n_states
    distance = np.full((m, n), -1, dtype=np.int64)
    parent_state = np.full((m, n), -1, dtype=np.int64)
    parent_mover = np.full((m, n), -1, dtype=np.int64)
    # frontier[k] = states reached at the current depth with last mover k;
    # the start is a node with no last mover, stored in an extra row
    frontier = np.zeros((m + 1, n), dtype=bool)
    frontier[m, start] = True
    depth = 0
    while frontier.any():
        depth += 1
        new = np.zeros((m + 1, n), dtype=bool)
        for mover in range(m):
            # sources: states reached at this depth by anyone but `mover`
            others = np.delete(frontier, mover, axis=0)
            reached = others.any(axis=0)
            if not reached.any():
                continue
            sources = np.flatnonzero(reached)
            rows = np.delete(np.arange(m + 1), mover)
            last_of = rows[np.argmax(others[:, sources], axis=0)]
            for layer in moves.improvements(mover):
                targets = layer[sources].astype(np.int64)
                ok = targets >= 0
                src, tgt, lst = sources[ok], targets[ok], last_of[ok]
                fresh = distance[mover, tgt] < 0
                src, tgt, lst = src[fresh], tgt[fresh], lst[fresh]
                tgt, first = np.unique(tgt, return_index=True)
                distance[mover, tgt] = depth
                parent_state[mover, tgt] = src[first]
                parent_mover[mover, tgt] = np.where(lst[first] < m, lst[first], -1)
                new[mover, tgt] = True
        frontier = new
    return StatusQuoReach(start, distance, parent_state, parent_mover)
