"""Coalition moves: states a group of decision makers reaches by taking turns.

Kilgour, Hipel, Fang & Peng (2001), "Coalition analysis in group decision
support", Group Decision and Negotiation 10:159-175; the legal sequences of
Fang, Hipel & Kilgour (1993), *Interactive Decision Making*, ch. 4.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence

from truce.conflict.moves import MoveGraph

__all__ = ["coalition_improvements", "coalition_reachable"]


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
