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


def _closest(own: np.ndarray, others: np.ndarray, allowed: np.ndarray, target: float) -> tuple[set[int], int]:
    """Brute force: the tie group of allowed outcomes closest above ``target`` and its best for the others."""
    ok = np.flatnonzero(allowed)
    if ok.size == 0:
        return set(), -1
    above = ok[own[ok] >= target]
    level = own[above].min() if above.size else own[ok].max()
    tied = ok[own[ok] == level]
    return {int(k) for k in tied}, int(tied[np.argmax(others[tied])])


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), m=st.integers(1, 24), n=st.integers(1, 6), shared=st.booleans())
def test_masks_per_red_line_pattern(seed: int, m: int, n: int, shared: bool) -> None:
    rng = np.random.default_rng(seed)
    own = rng.integers(0, 9, (1 if shared else n, m)) / 8
    others = rng.integers(0, 9, m) / 8
    patterns = rng.random((3, m)) < 0.6
    run_row = rng.integers(0, 3, n)
    ladder = OfferLadder(own, others)
    index = ladder.allowed(patterns, run_row)
    runs = np.arange(n)
    target = rng.integers(0, 9, n) / 8 - rng.integers(0, 2, n) / 16
    offer = ladder.offer(runs, target, index)
    for r in runs:
        row = own[0 if shared else r]
        _, best_for_others = _closest(row, others, patterns[run_row[r]], target[r])
        if best_for_others < 0:
            assert offer[r] == -1
        else:
            assert row[offer[r]] == row[best_for_others] and others[offer[r]] == others[best_for_others]
            assert patterns[run_row[r], offer[r]]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), m=st.integers(1, 24), rows=st.integers(1, 3))
def test_random_tie_break_draws_every_tied_outcome_and_no_other(seed: int, m: int, rows: int) -> None:
    rng = np.random.default_rng(seed)
    own = rng.integers(0, 4, (rows, m)) / 4  # large tie groups
    others = rng.integers(0, 9, m) / 8
    allowed = rng.random(m) < 0.7
    ladder = OfferLadder(own, others)
    index = ladder.allowed(allowed)
    runs = np.arange(rows)
    target = rng.integers(0, 5, rows) / 4 - rng.integers(0, 2, rows) / 8
    draws = np.random.default_rng(seed)
    offers = np.stack([ladder.offer(runs, target, index, draws) for _ in range(800)])
    for r in runs:
        tied, _ = _closest(own[r], others, allowed, target[r])
        assert {int(k) for k in offers[:, r]} == (tied or {-1})
