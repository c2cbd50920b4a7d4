"""Contract every registered stability concept must satisfy."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings

from tests.conflict.test_oracle import conflicts
from truce.conflict import STABILITY_CONCEPTS, GraphModel, MoveGraph


@pytest.mark.parametrize("key", list(STABILITY_CONCEPTS))
@settings(max_examples=40, deadline=None)
@given(case=conflicts())
def test_concept_contract(key: str, case: tuple[GraphModel, object]) -> None:
    model, _ = case
    concept = STABILITY_CONCEPTS[key]
    assert concept.key == key and concept.citation
    moves = MoveGraph(model)
    before = model.ranks.copy()
    for dm in range(model.n_dms):
        stable = concept.function(moves, dm)
        assert stable.dtype == np.bool_ and stable.shape == (model.n_states,)
        # no unilateral improvement: stable under every concept
        assert np.all(stable[~moves.has_improvement[dm]])
        # deterministic and pure
        assert np.array_equal(stable, concept.function(MoveGraph(model), dm))
    assert np.array_equal(before, model.ranks)
