"""Sampling estimates: distributions, renormalised weights, red-line belief, exactness without uncertainty."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.oracle import all_outcomes, rational, satisfies, utility
from tests.strategies import scenarios, with_ranges
from truce.errors import TruceError
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario
from truce.model.uncertainty import UncertaintyModel, parse_red_line_belief, sample_tables


def _scenario(
    weight: Any, value: Any, reservation: Any = 0.4, weight_y: float = 0.5, **extra: Any
) -> Scenario:
    """Two parties, two issues; party a's estimates are the arguments."""
    return Scenario.model_validate(
        {
            "id": "s",
            "parties": [{"id": "a", "reservation_value": reservation}, {"id": "b", "reservation_value": 0.5}],
            "issues": [{"id": "x", "options": [{"id": "lo"}, {"id": "hi"}]},
                       {"id": "y", "options": [{"id": "n"}]}],
            "preferences": [
                {"party": "a", "weights": {"x": weight, "y": weight_y},
                 "values": {"x": {"lo": 0.0, "hi": value}, "y": {"n": 1.0}}, **extra},
                {"party": "b", "weights": {"x": 1.0, "y": 0.0}, "values": {"x": {"lo": 1.0, "hi": 0.0}}},
            ],
        }
    )


def _values(scenario: Scenario, n: int, seed: int) -> np.ndarray:
    """Sampled value of party a for option x=hi, recovered from the table and the weight."""
    (batch,) = sample_tables(scenario, n, np.random.default_rng(seed), chunk=n)
    return np.asarray(batch.float_tables[0][:, 1, 0])


@settings(max_examples=40, deadline=None)
@given(scenarios(interactions=True))
def test_without_uncertainty_every_sample_is_the_point_model_and_acceptance_is_the_zone(
    scenario: Scenario,
) -> None:
    space = OutcomeSpace.from_scenario(scenario)
    rows = np.array(list(np.ndindex(*space.radix)), dtype=np.int64)
    (batch,) = sample_tables(scenario, 3, np.random.default_rng(0))
    for i, table in enumerate(space.grid_tables):
        assert (batch.tables[i] == table[None]).all()
    accepted = batch.acceptance(rows).all(axis=2)
    parties = [p.id for p in scenario.negotiators]
    for k, outcome in enumerate(all_outcomes(scenario)):
        # exact oracle in rational arithmetic
        oracle = all(
            utility(scenario, p, outcome) >= rational(scenario.party(p).reservation_value.value)  # type: ignore[union-attr]
            and all(satisfies(r.expression, outcome, scenario) for r in scenario.red_lines if r.party == p)
            for p in parties
        )
        assert accepted[:, k].tolist() == [oracle] * 3


@settings(max_examples=25, deadline=None)
@given(scenarios(interactions=True), st.integers(0, 2**32 - 1))
def test_acceptance_agrees_with_utilities_summed_sample_by_sample(scenario: Scenario, seed: int) -> None:
    uncertain = with_ranges(scenario, 0.1)
    space = OutcomeSpace.from_scenario(uncertain)
    rows = np.array(list(np.ndindex(*space.radix)), dtype=np.int64)
    (batch,) = sample_tables(uncertain, 16, np.random.default_rng(seed))
    accept = batch.acceptance(rows)
    masks = space.red_line_masks(rows)
    for s in range(batch.size):
        for k, row in enumerate(rows):
            for p in range(space.n_parties):
                u = sum(batch.float_tables[i][s, o, p] for i, o in enumerate(row))
                u += sum(batch.interactions[s, t] for t, term in enumerate(space.interactions)
                         if term.party == p and all(row[i] == o for i, o in term.options))
                lines = all(masks[k, j] or not batch.red_lines[s, j]
                            for j, r in enumerate(space.red_lines) if r.party == space.parties[p])
                floor = batch.reservation[s, p]
                assert bool(accept[s, k, p]) == (u >= floor - 1e-9 and lines) or abs(u - floor) < 1e-9


def test_samples_do_not_depend_on_the_batch_size_and_a_seed_repeats() -> None:
    scenario = with_ranges(_scenario(0.5, 0.8), 0.2)
    (whole,) = sample_tables(scenario, 700, np.random.default_rng(3), chunk=700)
    parts = list(sample_tables(scenario, 700, np.random.default_rng(3), chunk=97))
    assert [p.start for p in parts][:3] == [0, 97, 194] and sum(p.size for p in parts) == 700
    for i in range(2):
        assert np.array_equal(np.concatenate([p.tables[i] for p in parts]), whole.tables[i])
    assert np.array_equal(np.concatenate([p.reservation for p in parts]), whole.reservation)
    (other,) = sample_tables(scenario, 700, np.random.default_rng(4), chunk=700)
    assert not np.array_equal(other.tables[0], whole.tables[0])


def test_weights_are_renormalised_to_sum_to_one() -> None:
    scenario = _scenario({"value": 0.5, "range": [0.2, 0.8]}, 1.0)
    (batch,) = sample_tables(scenario, 2000, np.random.default_rng(1), chunk=2000)
    w_x = batch.float_tables[0][:, 1, 0]  # value 1: the table entry is the weight
    w_y = batch.float_tables[1][:, 0, 0]
    assert np.allclose(w_x + w_y, 1.0) and w_x.std() > 0.05
    # x's weight drawn from U[0.2, 0.8], y's stays 0.5 before renormalising
    raw = w_x / w_y * 0.5
    assert raw.min() >= 0.2 - 1e-12 and raw.max() <= 0.8 + 1e-12


@pytest.mark.parametrize(
    ("distribution", "mean"),
    [("uniform", (0.2 + 0.9) / 2), ("triangular", (0.2 + 0.8 + 0.9) / 3), ("beta", 0.8)],
)
def test_values_follow_their_distribution(distribution: str, mean: float) -> None:
    scenario = _scenario(0.5, {"value": 0.8, "range": [0.2, 0.9], "distribution": distribution})
    values = _values(scenario, 20_000, 5) / 0.5
    assert values.min() >= 0.2 and values.max() <= 0.9
    # a uniform has sd 0.2 here, so the mean of 20000 draws is within 0.01 of its mean by 7 sd
    assert abs(values.mean() - mean) < 0.01
    if distribution == "beta":  # Beta(20 m, 20 (1 - m)) scaled to the range: variance m(1-m)/21 * width²
        m = (0.8 - 0.2) / 0.7
        assert abs(values.var() - m * (1 - m) / 21 * 0.49) < 0.002


def test_a_beta_with_its_mean_at_an_end_of_the_range_is_that_end() -> None:
    scenario = _scenario(0.5, {"value": 0.9, "range": [0.2, 0.9], "distribution": "beta"})
    assert np.all(_values(scenario, 50, 0) == 0.5 * 0.9)


def test_dirichlet_weights_sum_to_one_with_the_point_weights_as_mean() -> None:
    scenario = _scenario(0.3, 1.0, weight_y=0.7, weight_concentration=50.0)
    (batch,) = sample_tables(scenario, 20_000, np.random.default_rng(2), chunk=20_000)
    w_x = batch.float_tables[0][:, 1, 0]
    w_y = batch.float_tables[1][:, 0, 0]
    assert np.allclose(w_x + w_y, 1.0)
    # Dirichlet(15, 35) marginal: Beta(15, 35), mean 0.3, variance 0.3*0.7/51
    assert abs(w_x.mean() - 0.3) < 0.005 and abs(w_x.var() - 0.21 / 51) < 0.0005


def test_red_lines_hold_in_the_believed_share_of_samples() -> None:
    data = _scenario(0.5, 1.0).model_dump(mode="python")
    data["red_lines"] = [
        {"id": "r1", "party": "a", "expression": "x == hi", "confidence": "disputed"},
        {"id": "r2", "party": "b", "expression": "x == lo"},
    ]
    scenario = Scenario.model_validate(data)
    belief = parse_red_line_belief("disputed=0.25")
    model = UncertaintyModel.from_scenario(scenario, red_line_belief=belief)
    (batch,) = model.sample(8000, np.random.default_rng(9), chunk=8000)
    assert abs(batch.red_lines[:, 0].mean() - 0.25) < 0.02 and batch.red_lines[:, 1].all()
    (always,) = sample_tables(scenario, 100, np.random.default_rng(9))
    assert always.red_lines.all()
    # where r1 does not hold, party a accepts x=lo if its utility allows (0.5 >= 0.4)
    accept = batch.acceptance(np.array([[0, 0]]))[:, 0, 0]
    assert np.array_equal(accept, ~batch.red_lines[:, 0])


@pytest.mark.parametrize("text", ["reported", "rumour=0.5", "disputed=1.5", "firm=0.5", "reported=x"])
def test_bad_red_line_belief_is_explained(text: str) -> None:
    with pytest.raises(TruceError, match="red_line_belief"):
        parse_red_line_belief(text)


def test_defaults_fill_the_levels_not_named() -> None:
    assert parse_red_line_belief("disputed=0.5") == {
        "firm": 1.0, "reported": 0.7, "disputed": 0.5, "unverified": 0.1,
    }


def test_negative_sample_count_is_an_error() -> None:
    with pytest.raises(TruceError, match="samples"):
        list(sample_tables(_scenario(0.5, 1.0), -1, np.random.default_rng(0)))
