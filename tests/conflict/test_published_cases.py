"""Every public case reproduces its published equilibria (and per-DM results, status quo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conflict.gmcr_cases import own_case_params, shared_case_params
from truce.conflict import MoveGraph, analyze_conflict
from truce.io.gmcr import load_gmcr

CASES = [*shared_case_params(), *own_case_params()]


@pytest.mark.parametrize("path", CASES)
def test_equilibria_match_published(path: Path) -> None:
    model = load_gmcr(path)
    expected = model.metadata["expected"]
    concepts = [c for c in ("nash", "gmr", "smr", "seq", "sim") if c in expected]
    result = analyze_conflict(model, concepts)
    for concept in concepts:
        assert result.equilibria(concept) == sorted(expected[concept]), concept
    for concept, per_dm in (expected.get("per_dm") or {}).items():
        for dm, states in per_dm.items():
            assert result.stable_states(concept, dm) == sorted(states), (concept, dm)


@pytest.mark.parametrize("path", CASES)
def test_status_quo_matches_published(path: Path) -> None:
    model = load_gmcr(path)
    expected = model.metadata.get("expected_status_quo")
    if not expected:
        pytest.skip("the case gives no status-quo analysis")
    result = analyze_conflict(model)
    sq = result.status_quo
    assert sq is not None
    assert sq.reachable == sorted(expected["reachable"])
    for concept in result.concepts:
        key = f"reachable_{concept}_equilibria"
        if key in expected:
            assert sq.reachable_equilibria[concept] == sorted(expected[key]), concept
    moves = MoveGraph(model)
    for state, published in (expected.get("shortest_paths") or {}).items():
        path_found = sq.paths[int(state)]
        assert len(path_found) == len(published)
        position, last = sq.state, None
        for origin, mover, target in path_found:
            assert origin == position and mover != last
            dm = model.dm_index(mover)
            src, dst = moves.pairs(dm, improvements=True)
            pairs = set(zip(model.state_ids[src].tolist(), model.state_ids[dst].tolist(),
                            strict=True))
            assert (origin, target) in pairs
            position, last = target, mover
        assert position == int(state)
