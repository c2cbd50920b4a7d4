"""Zone under uncertainty: per-sample sizes by the two-party count equal enumeration."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import truce.mediation.zone as zone_module
from tests.strategies import scenarios, with_ranges
from truce.mediation.zone import zone_under_uncertainty
from truce.model.scenario import Scenario
from truce.model.uncertainty import UncertaintyModel, parse_red_line_belief
from truce.stats import wilson_interval


@settings(max_examples=30, deadline=None)
@given(scenarios(parties=(2, 2)), st.integers(0, 2**32 - 1))
def test_two_party_count_equals_enumeration_in_every_sample(scenario: Scenario, seed: int) -> None:
    data = with_ranges(scenario, 0.1).model_dump(mode="python")
    for line in data["red_lines"]:
        line["confidence"] = "reported"
    model = UncertaintyModel.from_scenario(
        Scenario.model_validate(data), red_line_belief=parse_red_line_belief("")
    )
    (batch,) = model.sample(20, np.random.default_rng(seed))
    enumerated = zone_under_uncertainty(batch)
    limit = zone_module.ENUMERATION_LIMIT
    zone_module.ENUMERATION_LIMIT = 0
    try:
        split = zone_under_uncertainty(batch)
    finally:
        zone_module.ENUMERATION_LIMIT = limit
    assert split.exact and np.array_equal(split.sizes, enumerated.sizes)
    rows = np.array(list(np.ndindex(*model.space.radix)))
    assert np.array_equal(enumerated.sizes, batch.acceptance(rows).all(axis=2).sum(axis=1))


def test_wilson_interval_reference_values() -> None:
    # Wilson (1927) 95 % interval for 8 of 10 (Newcombe 1998, Table I: 0.4902-0.9433)
    low, high = wilson_interval(8, 10)
    assert abs(low - 0.4902) < 1e-4 and abs(high - 0.9433) < 1e-4
    assert wilson_interval(0, 10)[0] == 0.0 and wilson_interval(10, 10)[1] == 1.0
