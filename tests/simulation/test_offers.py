"""Offer selection against brute force: the allowed outcome closest above the target."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from truce.simulation.offers import OfferLadder


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), m=st.integers(1, 30), rows=st.integers(1, 4))
def test_offer_is_closest_above_target(seed: int, m: int, rows: int) -> None:
    rng = np.random.default_rng(seed)
    own = rng.integers(0, 9, (rows, m)) / 8  # ties are common on the 1/8 grid
    others = rng.integers(0, 9, m) / 8
    allowed = rng.random(m) < 0.7
    ladder = OfferLadder(own, others)
    index = ladder.allowed(allowed)
    runs = np.arange(rows)
    target = rng.integers(0, 9, rows) / 8 - rng.integers(0, 2, rows) / 16
    offer = ladder.offer(runs, target, index)
    for r in runs:
        ok = np.flatnonzero(allowed)
        if ok.size == 0:
            assert offer[r] == -1
            continue
        above = ok[own[r, ok] >= target[r]]
        if above.size == 0:  # nothing reaches the target: the best allowed outcome
            assert own[r, offer[r]] == own[r, ok].max()
            continue
        closest = own[r, above].min()
        tied = above[own[r, above] == closest]
        assert allowed[offer[r]] and own[r, offer[r]] == closest
        assert others[offer[r]] == others[tied].max()
