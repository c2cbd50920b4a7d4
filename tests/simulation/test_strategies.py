"""Contract every registered bidding strategy and acceptance condition passes; the aspiration formula."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from truce.errors import TruceError
from truce.simulation import TurnView, acceptance_conditions, bidding_strategies, parse_negotiator


def _view(seed: int, n: int, time: float) -> TurnView:
    rng = np.random.default_rng(seed)
    u_min = rng.random(n) * 0.5
    u_max = u_min + rng.random(n) * 0.5
    received = np.where(rng.random((n, 2)) < 0.2, np.nan, rng.random((n, 2)))
    last = np.where(rng.random(n) < 0.3, np.nan, u_min + (u_max - u_min) * rng.random(n))
    return TurnView(time, u_max, u_min, last, received, np.random.default_rng(seed + 1))


@pytest.mark.parametrize("name", list(bidding_strategies()))
@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 40), time=st.floats(0.001, 0.999))
def test_bidding_contract(name: str, seed: int, n: int, time: float) -> None:
    cls = bidding_strategies()[name]
    assert cls.name == name and cls.citation and cls.summary
    strategy = cls()
    view = _view(seed, n, time)
    before = (view.u_max.copy(), view.u_min.copy(), view.received.copy())
    target = strategy.target(view)
    assert target.shape == (n,) and target.dtype == np.float64
    assert np.all(target >= view.u_min - 1e-12) and np.all(target <= view.u_max + 1e-12)
    # pure: the same view and generator state give the same targets, and the view is not changed
    again = cls().target(_view(seed, n, time))
    assert np.array_equal(target, again)
    after = (view.u_max, view.u_min, view.received)
    assert all(np.array_equal(a, b, equal_nan=True) for a, b in zip(before, after, strict=True))


@pytest.mark.parametrize("name", list(acceptance_conditions()))
@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 40), time=st.floats(0.001, 0.999))
def test_acceptance_contract(name: str, seed: int, n: int, time: float) -> None:
    cls = acceptance_conditions()[name]
    assert cls.name == name and cls.citation and cls.summary
    view = _view(seed, n, time)
    offered, next_offer = np.random.default_rng(seed).random((2, n))
    accepted = cls().accepts(view, offered, next_offer)
    assert accepted.shape == (n,) and accepted.dtype == np.bool_
    # accepting is monotone in the offer: a better offer is accepted whenever a worse one is
    assert np.all(cls().accepts(view, offered + 0.1, next_offer) >= accepted)


@settings(max_examples=50, deadline=None)
@given(
    e=st.floats(0.05, 20),
    time=st.floats(0, 1),
    u_max=st.floats(0, 1),
    share=st.floats(0, 1),
)
def test_time_dependent_aspiration_follows_the_formula(
    e: float, time: float, u_max: float, share: float
) -> None:
    u_min = u_max * share
    view = TurnView(time, np.array([u_max]), np.array([u_min]), np.array([np.nan]), np.full((1, 2), np.nan),
                    np.random.default_rng(0))
    target = parse_negotiator(f"time-dependent:e={e!r}").bidding.target(view)[0]
    assert target == pytest.approx(u_max - (u_max - u_min) * time ** (1 / e), abs=1e-12)


def test_named_tactics_are_faratin_exponents() -> None:
    exponents = [bidding_strategies()[n]().params["e"] for n in ("boulware", "linear", "conceder")]
    assert exponents == [0.25, 1.0, 4.0]


@pytest.mark.parametrize(
    ("spec", "fragment"),
    [
        ("nonesuch", "unknown strategy 'nonesuch'"),
        ("boulware:k=1", "unknown strategy parameter 'k'"),
        ("boulware:e=fast", "must be numbers"),
        ("boulware:accept=ac_nowhere", "unknown acceptance condition"),
        ("boulware:e", "is not key=value"),
    ],
)
def test_bad_negotiator_specs(spec: str, fragment: str) -> None:
    with pytest.raises(TruceError, match=fragment):
        parse_negotiator(spec)


def test_negotiator_spec_with_acceptance() -> None:
    negotiator = parse_negotiator("boulware:e=0.2,accept=ac_const,c=0.7")
    assert negotiator.bidding.params == {"e": 0.2}
    assert negotiator.acceptance.params == {"c": 0.7}
    assert negotiator.label == "boulware:e=0.2+ac_const:c=0.7"
