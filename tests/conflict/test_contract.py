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


def test_concept_keys_follow_the_registry() -> None:
    from truce.conflict import STABILITY_CONCEPTS, concept_keys
    from truce.errors import ConflictModelError

    assert concept_keys() == list(STABILITY_CONCEPTS)
    assert concept_keys(["seq", "nash"]) == ["seq", "nash"]
    with pytest.raises(ConflictModelError, match="use one of: " + ", ".join(STABILITY_CONCEPTS)):
        concept_keys(["gmrr"])


def test_the_command_line_help_lists_every_registered_concept() -> None:
    import re

    import typer.main

    from truce.cli import app
    from truce.conflict import STABILITY_CONCEPTS

    command = typer.main.get_command(app).commands["conflict"]  # type: ignore[attr-defined]
    for option in ("concept", "target_concept"):
        (param,) = [p for p in command.params if p.name == option]
        listed = re.search(r"\(([a-z, ]+)\)", param.help).group(1).split(", ")
        assert listed == list(STABILITY_CONCEPTS), option
