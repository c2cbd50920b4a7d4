"""The exact search for the most-accepted outcomes against sample-by-sample brute force."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.oracle import all_outcomes, brute_zone_size, rational, satisfies, utility
from tests.strategies import scenarios, with_ranges
from truce.mediation.proposals import bridging_proposals
from truce.mediation.search import top_outcomes
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario
from truce.model.uncertainty import UncertaintyModel, parse_red_line_belief


def _brute_counts(scenario: Scenario, batch, rows: np.ndarray) -> list[int]:  # type: ignore[no-untyped-def]
    """Samples in which every party accepts each outcome, summed in plain Python from the sampled tables."""
    space = batch.space
    counts = []
    for row in rows:
        outcome = dict(zip(scenario.issue_ids, (space.options[i][o] for i, o in enumerate(row)), strict=True))
        count = 0
        for s in range(batch.size):
            ok = True
            for p, party in enumerate(space.parties):
                u = sum(float(batch.float_tables[i][s, o, p]) for i, o in enumerate(row))
                u += sum(
                    float(batch.interactions[s, t])
                    for t, term in enumerate(space.interactions)
                    if term.party == p and all(row[i] == o for i, o in term.options)
                )
                held = [
                    r for k, r in enumerate(scenario.red_lines) if r.party == party and batch.red_lines[s, k]
                ]
                ok &= u >= batch.reservation[s, p] and all(
                    satisfies(r.expression, outcome, scenario) for r in held
                )
            count += ok
        counts.append(count)
    return counts


@settings(max_examples=30, deadline=None)
@given(scenarios(interactions=True), st.integers(0, 2**32 - 1), st.integers(1, 6), st.booleans())
def test_top_outcomes_are_the_brute_force_top(scenario: Scenario, seed: int, k: int, belief: bool) -> None:
    data = scenario.model_dump(mode="python")
    for line in data["red_lines"]:
        line["confidence"] = "disputed"
    uncertain = with_ranges(Scenario.model_validate(data), 0.15)
    model = UncertaintyModel.from_scenario(
        uncertain, red_line_belief=parse_red_line_belief("disputed=0.5") if belief else None
    )
    (batch,) = model.sample(12, np.random.default_rng(seed))
    rng = np.random.default_rng(seed + 1)
    distance = tuple(rng.integers(0, 3, r).astype(np.int64) for r in model.space.radix)
    rows = np.array(list(np.ndindex(*model.space.radix)), dtype=np.int64)
    counts = _brute_counts(uncertain, batch, rows)
    keys = sorted(
        (
            (-c, int(sum(d[o] for d, o in zip(distance, r, strict=True))))
            for c, r in zip(counts, rows, strict=True)
        )
    )
    found = top_outcomes(batch, k, distance)
    assert [(-f.count, f.distance) for f in found] == keys[:k]
    for f in found:
        number = int(np.ravel_multi_index(tuple(f.row), model.space.radix))
        assert counts[number] == f.count


@settings(max_examples=40, deadline=None)
@given(scenarios(interactions=True))
def test_without_uncertainty_p_is_0_or_1_and_zone_outcomes_come_first(scenario: Scenario) -> None:
    space = OutcomeSpace.from_scenario(scenario)
    (batch,) = UncertaintyModel.from_scenario(scenario).sample(5, np.random.default_rng(0))
    ranked = top_outcomes(batch, space.size)
    assert len(ranked) == space.size and {r.count for r in ranked} <= {0, 5}
    zone = {
        tuple(o.values())
        for o in all_outcomes(scenario)
        if all(
            utility(scenario, p.id, o) >= rational(p.reservation_value.value)
            and all(satisfies(r.expression, o, scenario) for r in scenario.red_lines if r.party == p.id)
            for p in scenario.negotiators
        )
    }
    accepted = [r for r in ranked if r.count == 5]
    assert len(accepted) == len(zone)
    assert {tuple(space.outcome_ids(r.row).values()) for r in accepted} == zone
    # a zone outcome never ranks below one outside it
    assert [r.count for r in ranked] == sorted((r.count for r in ranked), reverse=True)


@settings(max_examples=15, deadline=None)
@given(scenarios(parties=(2, 2), red_lines=False))
def test_every_zone_outcome_has_p_accept_all_exactly_1(scenario: Scenario) -> None:
    result = bridging_proposals(scenario, samples=20, top=64, zone_samples=5)
    assert all(p.p_accept_all in (0.0, 1.0) for p in result.proposals)
    assert all((p.p_accept_all == 1.0) == p.in_point_zone for p in result.proposals)
    assert result.zone.size_median == brute_zone_size(scenario)
    assert result.zone.p_nonempty == (1.0 if brute_zone_size(scenario) else 0.0)


def test_same_seed_same_result_and_the_seed_is_recorded() -> None:
    import truce

    scenario = truce.load_scenario("gaza-ceasefire-2024").with_variant("hamas_preconditions_aug18")
    first = bridging_proposals(
        scenario, samples=300, seed=5, top=3, as_of=dt.date(2024, 8, 18), zone_samples=50
    )
    again = bridging_proposals(
        scenario, samples=300, seed=5, top=3, as_of=dt.date(2024, 8, 18), zone_samples=50
    )
    assert first.to_json() == again.to_json()
    assert first.to_json()["provenance"]["seed"] == 5
    other = bridging_proposals(
        scenario, samples=300, seed=6, top=3, as_of=dt.date(2024, 8, 18), zone_samples=50
    )
    assert other.to_json()["texts"] != first.to_json()["texts"]
