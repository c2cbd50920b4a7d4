"""Equilibria that hold only because a move cannot be undone (a hand case and the flagship standoff).

The oracle is a brute-force Nash check written here from the definition
(Fang, Hipel & Kilgour 1993, ch. 3): a state is Nash stable for a decision
maker when no unilateral move of its own options, allowed by their
reversibility, reaches a state it ranks higher.
"""

from __future__ import annotations

from itertools import product

import numpy as np
import pytest

from truce.conflict.irreversibility import irreversibility_effect, reversible_model
from truce.conflict.model import DecisionMaker, GraphModel, Option


def _nash_equilibria(model: GraphModel) -> list[int]:
    index = {int(c): k for k, c in enumerate(model.codes.tolist())}
    found = []
    for k, code in enumerate(model.codes.tolist()):
        stable = True
        for dm, mask in enumerate(model.dm_masks):
            for j in range(model.n_options):
                if not mask >> j & 1:
                    continue
                on = code >> j & 1
                kind = model.options[j].reversibility
                if (on and kind == "forward") or (not on and kind == "backward"):
                    continue
                target = index.get(code ^ (1 << j))
                if target is not None and model.ranks[dm, target] > model.ranks[dm, k]:
                    stable = False
        if stable:
            found.append(int(model.state_ids[k]))
    return found


def _hand_case(release: str) -> GraphModel:
    # bit 0: A releases (A prefers not to); bit 1: B reciprocates (B wants to only after a release)
    a = DecisionMaker("A", (Option("release", release),))
    b = DecisionMaker("B", (Option("reciprocate"),))
    codes = np.array([0, 1, 2, 3], dtype=np.int64)
    ranks = np.array([[2, 1, 2, 1], [2, 1, 1, 2]], dtype=np.int64)
    return GraphModel("hand", (a, b), codes, np.array([1, 2, 3, 4], dtype=np.int64), ranks)


def test_hand_case_release_then_reciprocity_holds_only_because_release_is_final() -> None:
    model = _hand_case("forward")
    # by hand: with the release final, state 4 (released, reciprocated) is stable for A (cannot undo)
    # and for B (reciprocating beats not); if A could undo, A would move to state 3.
    assert _nash_equilibria(model) == [1, 4]
    assert _nash_equilibria(reversible_model(model)) == [1]
    effect = irreversibility_effect(model, ["nash"])
    assert effect.irreversible_options == ("release",)
    assert effect.held == {"nash": [4]} and effect.removed == {"nash": []}
    assert effect.held_by_irreversibility("nash", 4) and not effect.held_by_irreversibility("nash", 1)


def test_a_model_without_irreversible_options_has_no_effect() -> None:
    effect = irreversibility_effect(_hand_case("both"))
    assert effect.irreversible_options == ()
    assert all(not states for states in effect.held.values())


def test_unknown_concept_is_a_clear_error() -> None:
    from truce.errors import ConflictModelError

    with pytest.raises(ConflictModelError, match="unknown stability concept"):
        irreversibility_effect(_hand_case("forward"), ["nope"])


@pytest.mark.parametrize("kinds", list(product(["both", "forward", "backward"], repeat=2)))
def test_nash_part_agrees_with_brute_force_on_every_reversibility(kinds: tuple[str, str]) -> None:
    a = DecisionMaker("A", (Option("x", kinds[0]),))  # type: ignore[arg-type]
    b = DecisionMaker("B", (Option("y", kinds[1]),))  # type: ignore[arg-type]
    rng = np.random.default_rng(len(kinds[0]) * 7 + len(kinds[1]))
    for _ in range(20):
        ranks = rng.integers(1, 4, size=(2, 4)).astype(np.int64)
        model = GraphModel("r", (a, b), np.arange(4, dtype=np.int64), np.arange(1, 5, dtype=np.int64), ranks)
        given, undone = set(_nash_equilibria(model)), set(_nash_equilibria(reversible_model(model)))
        effect = irreversibility_effect(model, ["nash"])
        assert set(effect.held["nash"]) == given - undone
        assert set(effect.removed["nash"]) == undone - given


def test_flagship_equilibria_after_the_release_hold_only_because_it_is_final() -> None:
    from truce.io.gmcr import load_conflict

    model = load_conflict("gaza-ceasefire-2024")
    released = [
        int(model.state_ids[k]) for k, code in enumerate(model.codes.tolist())
        if code >> [o.name for o in model.options].index("Hamas releases hostages in phase 1") & 1
    ]
    held = irreversibility_effect(model).held
    brute = sorted(set(_nash_equilibria(model)) - set(_nash_equilibria(reversible_model(model))))
    assert held["nash"] == brute == [10, 20, 30, 40]
    assert set(held["nash"]) <= set(released)
    assert held["gmr"] == held["smr"] == []
