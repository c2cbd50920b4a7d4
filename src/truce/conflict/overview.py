"""Full stability analysis of a graph model: the engine's front door."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

import numpy as np

from truce.conflict.coalitions import coalition_improvements
from truce.conflict.model import GraphModel
from truce.conflict.moves import MoveGraph
from truce.conflict.result import ConflictResult, PathStep, StatusQuoResult
from truce.conflict.stability import STABILITY_CONCEPTS
from truce.conflict.status_quo import status_quo_reach
from truce.errors import ConflictModelError

__all__ = ["analyze_conflict", "concept_keys"]

#: Paths are listed for every reachable state when there are at most this many.
ALL_PATHS_LIMIT = 200
#: Coalition improvements are reported for conflicts with at most this many DMs.
COALITION_DM_LIMIT = 6
COALITION_STATE_LIMIT = 4096


def concept_keys(concepts: Sequence[str] | None = None) -> list[str]:
    """The stability concepts asked for, checked against :data:`STABILITY_CONCEPTS` (all when None).

    Raises :class:`~truce.errors.ConflictModelError` naming the known keys for an unknown one.
    """
    keys = list(concepts) if concepts is not None else list(STABILITY_CONCEPTS)
    for key in keys:
        if key not in STABILITY_CONCEPTS:
            raise ConflictModelError(f"unknown stability concept {key!r}",
                                     hint="use one of: " + ", ".join(STABILITY_CONCEPTS))
    return keys


def analyze_conflict(
    model: GraphModel, concepts: Sequence[str] | None = None, *, moves: MoveGraph | None = None
) -> ConflictResult:
    """Stability of every state for every DM under each concept, equilibria, status quo.

    Parameters
    ----------
    model
        The conflict.
    concepts
        Keys of :data:`~truce.conflict.stability.STABILITY_CONCEPTS`; all by default.
    moves
        A prepared :class:`MoveGraph` of ``model`` (built when omitted).
    """
    keys = concept_keys(concepts)
    graph = moves if moves is not None else MoveGraph(model)
    stable = {
        key: np.stack([STABILITY_CONCEPTS[key].function(graph, dm) for dm in range(model.n_dms)])
        for key in keys
    }
    result = ConflictResult(model=model, stable=stable)
    if model.status_quo is None:
        return result
    start = model.status_quo
    reach = status_quo_reach(graph, start)
    reachable = reach.reachable
    reachable_set = set(reachable.tolist())
    equilibria = {key: result.equilibrium_mask(key) for key in keys}
    if len(reachable) <= ALL_PATHS_LIMIT:
        targets = reachable
    else:
        any_equilibrium = np.zeros(model.n_states, dtype=bool)
        for mask in equilibria.values():
            any_equilibrium |= mask
        targets = np.flatnonzero(any_equilibrium)
    paths: dict[int, list[PathStep]] = {}
    for index in targets.tolist():
        if index not in reachable_set:
            continue
        steps = reach.path_to(index) or []
        paths[int(model.state_ids[index])] = [
            (int(model.state_ids[a]), model.dm_names[mover], int(model.state_ids[b]))
            for a, mover, b in steps
        ]
    status = StatusQuoResult(
        state=int(model.state_ids[start]),
        reachable=model.ids(reachable),
        reachable_equilibria={
            key: model.ids(np.intersect1d(np.flatnonzero(mask), reachable))
            for key, mask in equilibria.items()
        },
        paths=paths,
    )
    coalitions: dict[str, list[int]] = {}
    if model.n_dms <= COALITION_DM_LIMIT and model.n_states <= COALITION_STATE_LIMIT:
        for size in range(2, model.n_dms + 1):
            for group in combinations(range(model.n_dms), size):
                found = coalition_improvements(graph, group, start)
                if found:
                    label = " + ".join(model.dm_names[k] for k in group)
                    coalitions[label] = model.ids(np.asarray(found, dtype=np.int64))
    return ConflictResult(model=model, stable=stable, status_quo=status,
                          coalition_improvements=coalitions)
