"""Equilibria that hold only because some moves cannot be undone.

In the graph model an option may be irreversible (``forward``: it can be
taken but never dropped, like the release of hostages; ``backward``: it can
only be dropped).  Irreversibility removes unilateral moves, and with them
improvements and sanctions, so it can make a state stable that would not be
stable if every move could be undone.  Fang, Hipel & Kilgour (1993, ch. 3 and
5) treat irreversible moves as part of the model's move structure; comparing
the equilibria of the model with those of the same model made fully
reversible isolates the equilibria the irreversibility alone sustains.

Steps:

1. compute each concept's equilibria of the model as given;
2. make every option reversible (``both``) and compute them again;
3. an equilibrium of step 1 that is not one in step 2 *holds only because of
   irreversibility*; an equilibrium of step 2 that is not one in step 1 is
   one that irreversibility *removes*.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from truce.arrays import BoolArray
from truce.conflict.model import GraphModel
from truce.conflict.moves import MoveGraph
from truce.conflict.stability import STABILITY_CONCEPTS
from truce.errors import ConflictModelError

__all__ = ["IrreversibilityEffect", "irreversibility_effect", "reversible_model"]


@dataclass(frozen=True)
class IrreversibilityEffect:
    """What making every move reversible does to the equilibria, per stability concept.

    ``held`` maps a concept to the state numbers that are equilibria only
    because of the irreversible options; ``removed`` to the state numbers that
    would be equilibria if every move could be undone.  Both are empty when the
    model has no irreversible option or gives its moves explicitly.
    """

    irreversible_options: tuple[str, ...]
    held: dict[str, list[int]]
    removed: dict[str, list[int]]

    def held_by_irreversibility(self, concept: str, state_id: int) -> bool:
        """True when ``state_id`` is an equilibrium under ``concept`` only because of irreversibility."""
        return state_id in self.held.get(concept, [])

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dictionary (state numbers as the case file gives them)."""
        return {
            "irreversible_options": list(self.irreversible_options),
            "held_only_by_irreversibility": self.held,
            "removed_by_irreversibility": self.removed,
        }


def reversible_model(model: GraphModel) -> GraphModel:
    """The same conflict with every option reversible (``both``)."""
    decision_makers = tuple(
        replace(dm, options=tuple(replace(o, reversibility="both") for o in dm.options))
        for dm in model.decision_makers
    )
    return replace(model, decision_makers=decision_makers)


def _equilibria(model: GraphModel, concepts: Sequence[str]) -> dict[str, BoolArray]:
    graph = MoveGraph(model)
    masks = {}
    for key in concepts:
        stable = np.stack([STABILITY_CONCEPTS[key].function(graph, dm) for dm in range(model.n_dms)])
        masks[key] = np.asarray(stable.all(axis=0))
    return masks


def irreversibility_effect(model: GraphModel, concepts: Sequence[str] | None = None) -> IrreversibilityEffect:
    """Equilibria that hold only because of irreversible moves, and those irreversibility removes.

    Parameters
    ----------
    model
        The conflict; its ``forward``/``backward`` options are the irreversible ones.
    concepts
        Keys of :data:`~truce.conflict.stability.STABILITY_CONCEPTS`; all by default.
    """
    keys = list(concepts) if concepts is not None else list(STABILITY_CONCEPTS)
    for key in keys:
        if key not in STABILITY_CONCEPTS:
            raise ConflictModelError(
                f"unknown stability concept {key!r}", hint="use one of: " + ", ".join(STABILITY_CONCEPTS)
            )
    names = tuple(o.name for o in model.options if o.reversibility != "both")
    if not names or model.explicit_moves is not None:
        return IrreversibilityEffect(names, {k: [] for k in keys}, {k: [] for k in keys})
    given = _equilibria(model, keys)
    undone = _equilibria(reversible_model(model), keys)
    held = {k: model.ids(given[k] & ~undone[k]) for k in keys}
    removed = {k: model.ids(undone[k] & ~given[k]) for k in keys}
    return IrreversibilityEffect(names, held, removed)
