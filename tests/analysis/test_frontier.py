"""The fast frontier against a brute-force oracle, and theorems about frontiers."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.oracle import brute_frontier, brute_zone_size, dominates, feasible, utility
from tests.strategies import scenarios
from truce.analysis import agreement_zone, nondominated, pareto_frontier
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario


def _as_set(space: OutcomeSpace, outcomes: np.ndarray) -> set[tuple[tuple[str, str], ...]]:
    return {tuple(space.outcome_ids(row).items()) for row in outcomes}


@settings(max_examples=150, deadline=None)
@given(scenarios(interactions=True))
def test_frontier_equals_brute_force(scenario: Scenario) -> None:
    space = OutcomeSpace.from_scenario(scenario)
    frontier = pareto_frontier(space)
    expected = brute_frontier(scenario)
    assert len(frontier) == len(expected)  # ties are kept as separate points
    assert _as_set(space, frontier.outcomes) == {tuple(o.items()) for o, _ in expected}
    exact = space.to_fractions(frontier.integer_utilities)
    for row, utilities, fractions in zip(frontier.outcomes, frontier.utilities, exact, strict=True):
        outcome = space.outcome_ids(row)
        expected_utilities = [utility(scenario, p, outcome) for p in space.parties]
        assert list(fractions) == expected_utilities
        assert list(utilities) == [float(u) for u in expected_utilities]  # nearest floats


@settings(max_examples=100, deadline=None)
@given(scenarios())
def test_frontier_points_undominated_and_others_dominated(scenario: Scenario) -> None:
    space = OutcomeSpace.from_scenario(scenario)
    frontier = pareto_frontier(space)
    front = [tuple(u) for u in space.to_fractions(frontier.integer_utilities)]
    on_frontier = _as_set(space, frontier.outcomes)
    for outcome in feasible(scenario):
        u = tuple(utility(scenario, p, outcome) for p in space.parties)
        if tuple(outcome.items()) in on_frontier:
            assert not any(dominates(v, u) for v in front)
        else:
            assert any(dominates(v, u) for v in front)


@settings(max_examples=100, deadline=None)
@given(scenarios(interactions=True))
def test_zone_size_equals_brute_force(scenario: Scenario) -> None:
    space = OutcomeSpace.from_scenario(scenario)
    expected = brute_zone_size(scenario)
    assert agreement_zone(space, method="enumerate").size == expected
    if space.n_parties == 2:
        split = agreement_zone(space, method="split")
        assert split.size == expected
        assert split == agreement_zone(space, method="enumerate")  # same binding red lines too


@settings(max_examples=50, deadline=None)
@given(scenarios(), st.integers(1, 7))
def test_chunked_enumeration_matches_one_pass(scenario: Scenario, chunk: int) -> None:
    space = OutcomeSpace.from_scenario(scenario)
    assert agreement_zone(space, method="enumerate", chunk_size=chunk) == agreement_zone(
        space, method="enumerate"
    )


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(*[st.integers(0, 6)] * 3), min_size=1, max_size=60), st.integers(2, 3))
def test_nondominated_mask_equals_definition(points: list[tuple[int, int, int]], dims: int) -> None:
    array = np.array([p[:dims] for p in points])
    mask = nondominated(array)
    for k, point in enumerate(map(tuple, array)):
        assert mask[k] == (not any(dominates(tuple(other), point) for other in array))


def test_large_additive_space_is_not_enumerated() -> None:
    rng = np.random.default_rng(7)
    tables = tuple(rng.random((10, 2)) / 12 for _ in range(12))
    space = OutcomeSpace(
        issues=tuple(f"i{i}" for i in range(12)),
        options=tuple(tuple(f"o{j}" for j in range(10)) for _ in range(12)),
        parties=("a", "b"),
        float_tables=tables,
        reservation=np.zeros(2),
    )
    assert space.size == 10**12
    frontier = pareto_frontier(space)
    assert len(frontier) > 0
    assert nondominated(frontier.integer_utilities).all()
    # each issue's option on the frontier is undominated within that issue
    for i, table in enumerate(space.tables):
        assert nondominated(table)[frontier.outcomes[:, i]].all()
