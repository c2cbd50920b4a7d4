"""The sorted zone-frontier oracle (``benchmarks/e2e.py`` checks large domains with it) is brute force's."""

from __future__ import annotations

from hypothesis import given, settings

from tests.oracle import brute_frontier, rational, sorted_zone_frontier, utility
from tests.strategies import scenarios
from truce.model.scenario import Scenario


@settings(max_examples=150, deadline=None)
@given(scenarios(parties=(2, 2), issues=(1, 4), options=(1, 4), red_lines=False))
def test_the_sorted_oracle_finds_the_brute_force_zone_frontier(scenario: Scenario) -> None:
    floors = {p.id: rational(p.reservation_value.value) for p in scenario.negotiators}
    expected = sorted(
        (tuple(o.values()), u) for o, u in brute_frontier(scenario)
        if all(utility(scenario, p, o) >= floor for p, floor in floors.items())
    )
    found = sorted((tuple(o.values()), u) for o, u in sorted_zone_frontier(scenario))
    assert found == expected
