"""Typed results of a graph-model analysis, and their JSON form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from truce.arrays import BoolArray
from truce.conflict.model import GraphModel

__all__ = ["ConflictResult", "PathStep", "StatusQuoResult"]

PathStep = tuple[int, str, int]
"""One step of a path: ``(from state number, mover name, to state number)``."""

#: Above this many states the JSON omits per-state details (patterns, labels).
DETAIL_LIMIT = 10_000


@dataclass(frozen=True)
class StatusQuoResult:
    """Where unilateral improvements lead from the status quo.

    ``paths`` holds one shortest path to each reachable equilibrium (under
    any concept), or to every reachable state when there are few.
    """

    state: int
    reachable: list[int]
    reachable_equilibria: dict[str, list[int]]
    paths: dict[int, list[PathStep]]


@dataclass(frozen=True)
class ConflictResult:
    """Stability of every state for every decision maker, equilibria and status quo.

    ``stable[concept]`` is a ``(n_dm, n_states)`` boolean array.
    """

    model: GraphModel
    stable: Mapping[str, BoolArray]
    status_quo: StatusQuoResult | None = None
    coalition_improvements: Mapping[str, list[int]] = field(default_factory=dict)

    @property
    def concepts(self) -> list[str]:
        """Concept keys analysed, in registry order."""
        return list(self.stable)

    def stable_states(self, concept: str, dm: int | str) -> list[int]:
        """State numbers stable for one decision maker under ``concept``."""
        index = self.model.dm_index(dm) if isinstance(dm, str) else dm
        return self.model.ids(self.stable[concept][index])

    def equilibrium_mask(self, concept: str) -> BoolArray:
        """Boolean mask of states stable for every decision maker."""
        return np.asarray(self.stable[concept].all(axis=0))

    def equilibria(self, concept: str) -> list[int]:
        """State numbers that are equilibria under ``concept``."""
        return self.model.ids(self.equilibrium_mask(concept))

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dictionary (state numbers as the case file gives them)."""
        model = self.model
        document: dict[str, Any] = {
            "case": model.name,
            "decision_makers": [
                {"name": dm.name, "options": [o.name for o in dm.options]}
                for dm in model.decision_makers
            ],
            "states": [int(v) for v in model.state_ids],
        }
        if model.n_states <= DETAIL_LIMIT:
            document["state_details"] = [
                {"state": int(model.state_ids[k]), "pattern": model.pattern(k),
                 "label": model.label(k)}
                for k in range(model.n_states)
            ]
        document["equilibria"] = {c: self.equilibria(c) for c in self.concepts}
        document["stability"] = {
            name: {c: self.stable_states(c, k) for c in self.concepts}
            for k, name in enumerate(model.dm_names)
        }
        if self.status_quo is not None:
            sq = self.status_quo
            document["status_quo"] = {
                "state": sq.state,
                "reachable": sq.reachable,
                "reachable_equilibria": sq.reachable_equilibria,
                "paths": {str(k): [list(step) for step in v] for k, v in sq.paths.items()},
            }
        else:
            document["status_quo"] = None
        document["coalition_improvements"] = dict(self.coalition_improvements)
        return document
