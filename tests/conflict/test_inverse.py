"""Inverse analysis: the changes it proposes work, and none smaller does."""

from __future__ import annotations

from itertools import combinations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conflict.test_oracle import conflicts
from truce.conflict import STABILITY_CONCEPTS, GraphModel, MoveGraph
from truce.conflict.inverse import inverse_analysis


def _stable_after(model: GraphModel, dm: int, target: int, demoted: list[int], key: str) -> bool:
    ranks = model.ranks.copy()
    ranks[dm, demoted] = ranks[dm, target]
    return bool(STABILITY_CONCEPTS[key].function(MoveGraph(model.with_ranks(ranks)), dm)[target])


@settings(max_examples=40, deadline=None)
@given(case=conflicts(max_dms=3), key=st.sampled_from(list(STABILITY_CONCEPTS)), data=st.data())
def test_minimal_changes_are_sufficient_and_minimal(case, key, data) -> None:  # type: ignore[no-untyped-def]
    model, _ = case
    target = data.draw(st.integers(0, model.n_states - 1))
    result = inverse_analysis(model, int(model.state_ids[target]), key, max_changes=2)
    for dm, change in enumerate(result.changes):
        ranks = model.ranks[dm]
        assert change.stable_now == bool(
            STABILITY_CONCEPTS[key].function(MoveGraph(model), dm)[target])
        above = [int(s) for s in np.flatnonzero(ranks > ranks[target])]
        sizes = {len(a) for a in change.alternatives}
        assert len(sizes) <= 1
        for alternative in change.alternatives:
            demoted = [model.index_of(s) for s in alternative]
            assert all(ranks[d] > ranks[target] for d in demoted)
            assert _stable_after(model, dm, target, demoted, key)
        if change.alternatives:
            size = sizes.pop()
            for smaller in range(size):
                for subset in combinations(above, smaller):
                    assert not _stable_after(model, dm, target, list(subset), key)
        else:
            for subset in combinations(above, min(2, len(above))):
                assert not _stable_after(model, dm, target, list(subset), key)


def test_prisoners_dilemma_cooperation_needs_each_side_to_stop_preferring_defection() -> None:
    from truce.conflict import DecisionMaker, Option

    model = GraphModel(
        name="pd", decision_makers=(DecisionMaker("P1", (Option("Defect"),)),
                                    DecisionMaker("P2", (Option("Defect"),))),
        codes=np.arange(4, dtype=np.int64), state_ids=np.arange(1, 5, dtype=np.int64),
        ranks=np.asarray([[3, 4, 1, 2], [3, 1, 4, 2]], dtype=np.int64),
    )
    result = inverse_analysis(model, 1, "nash")
    assert [c.alternatives for c in result.changes] == [[[2]], [[3]]]
    assert result.equilibrium_after is True
    assert result.to_json()["decision_makers"]["P1"]["demote_below_target"] == [[2]]
