"""Agreement zone: binding red lines by definition, and the sampled estimate of huge zones."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings

from tests.oracle import brute_zone_size
from tests.strategies import scenarios
from truce.analysis import agreement_zone
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Change, Scenario


@settings(max_examples=60, deadline=None)
@given(scenarios())
def test_zone_gain_is_what_dropping_the_red_line_adds(scenario: Scenario) -> None:
    zone = agreement_zone(OutcomeSpace.from_scenario(scenario))
    gains = {b.id: b.gain for b in zone.binding}
    for red_line in scenario.red_lines:
        without = brute_zone_size(scenario.with_change(Change(remove_red_lines=(red_line.id,))))
        assert gains.get(red_line.id, 0) == without - brute_zone_size(scenario)


def test_estimate_of_a_zone_too_large_to_count_covers_the_exact_share() -> None:
    rng = np.random.default_rng(3)
    space = OutcomeSpace(
        issues=tuple(f"i{i}" for i in range(6)),
        options=tuple(tuple(f"o{j}" for j in range(6)) for _ in range(6)),
        parties=("a", "b"),
        float_tables=tuple(rng.random((6, 2)) / 6 for _ in range(6)),
        reservation=np.array([0.45, 0.45]),
    )
    exact = agreement_zone(space)
    sampled = agreement_zone(space, limit=1000, seed=11)
    assert exact.size is not None and sampled.size is None and not sampled.exact
    assert sampled.estimate is not None and sampled.estimate.seed == 11
    assert sampled.estimate.low <= exact.size / exact.total <= sampled.estimate.high
    assert agreement_zone(space, limit=1000, seed=11) == sampled  # reproducible
