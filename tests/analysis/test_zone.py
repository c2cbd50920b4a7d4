"""Agreement zone: binding red lines by definition, and the sampled estimate of huge zones."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings

from tests.oracle import brute_zone_size
from tests.strategies import scenarios
from truce.analysis import agreement_zone
from truce.analysis.zone_count import count_dominating_pairs
from truce.model.elements import Change
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario


@settings(max_examples=60, deadline=None)
@given(scenarios())
def test_zone_gain_is_what_dropping_the_red_line_adds(scenario: Scenario) -> None:
    zone = agreement_zone(OutcomeSpace.from_scenario(scenario), method="enumerate")
    gains = {b.id: b.gain for b in zone.binding}
    for red_line in scenario.red_lines:
        without = brute_zone_size(scenario.with_change(Change(remove_red_lines=(red_line.id,))))
        assert gains.get(red_line.id, 0) == without - brute_zone_size(scenario)


def _random_space(parties: int, issues: int, options: int, seed: int) -> OutcomeSpace:
    rng = np.random.default_rng(seed)
    return OutcomeSpace(
        issues=tuple(f"i{i}" for i in range(issues)),
        options=tuple(tuple(f"o{j}" for j in range(options)) for _ in range(issues)),
        parties=tuple(f"p{p}" for p in range(parties)),
        float_tables=tuple(rng.random((options, parties)) / issues for _ in range(issues)),
        reservation=np.full(parties, 0.45),
    )


def test_estimate_of_a_zone_too_large_to_count_covers_the_exact_share() -> None:
    space = _random_space(3, 6, 6, seed=3)
    exact = agreement_zone(space)
    sampled = agreement_zone(space, limit=1000, seed=11)
    assert exact.size is not None and sampled.size is None and not sampled.exact
    assert sampled.estimate is not None and sampled.estimate.seed == 11
    assert sampled.estimate.low <= exact.size / exact.total <= sampled.estimate.high
    assert agreement_zone(space, limit=1000, seed=11) == sampled  # reproducible


def test_two_party_zone_of_a_space_too_large_to_enumerate_is_exact() -> None:
    space = _random_space(2, 10, 10, seed=5)  # 10^10 outcomes
    zone = agreement_zone(space, limit=1000)
    assert zone.exact and zone.size is not None
    sample = agreement_zone(space, method="enumerate", limit=1000).estimate
    assert sample is not None and sample.low <= zone.size / zone.total <= sample.high


def test_dominating_pairs_equal_brute_force() -> None:
    rng = np.random.default_rng(0)
    for _ in range(300):
        a = rng.integers(0, 5, (rng.integers(0, 9), 2))
        b = rng.integers(0, 5, (rng.integers(0, 9), 2))
        floor = rng.integers(0, 9, 2)
        expected = sum(bool(((x + y) >= floor).all()) for x in a for y in b)
        assert count_dominating_pairs(a, b, floor) == expected
