"""Bargaining solutions: a contract every registered solution passes, and theorems."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from truce.analysis import BARGAINING_SOLUTIONS, nondominated
from truce.analysis.bargaining import kalai_smorodinsky_solution, nash_bargaining_solution

EIGHTHS = st.integers(0, 8).map(lambda k: k / 8)


def _frontier(points: np.ndarray) -> np.ndarray:
    return points[nondominated(np.rint(points * 8).astype(np.int64))]


frontiers = arrays(
    np.float64, st.tuples(st.integers(1, 12), st.integers(2, 3)), elements=EIGHTHS
).map(_frontier)


@pytest.mark.parametrize("name", sorted(BARGAINING_SOLUTIONS))
@settings(max_examples=60, deadline=None)
@given(points=frontiers, data=st.data())
def test_contract(name: str, points: np.ndarray, data: st.DataObject) -> None:
    solve = BARGAINING_SOLUTIONS[name]
    d = np.array([data.draw(EIGHTHS) for _ in range(points.shape[1])])
    index = solve(points, d)
    rational = (points >= d).all(axis=1)
    if not rational.any():
        assert index is None
        return
    assert index is not None and rational[index]
    assert solve(points.copy(), d.copy()) == index  # deterministic
    # the solution is not dominated by another rational point
    chosen = points[index]
    assert not any(((p >= chosen).all() and (p > chosen).any()) for p in points[rational])


@settings(max_examples=100, deadline=None)
@given(points=frontiers, scale=st.lists(st.sampled_from([0.5, 1.0, 2.0, 4.0]), min_size=3, max_size=3),
       shift=st.lists(st.sampled_from([-1.0, 0.0, 0.25, 3.0]), min_size=3, max_size=3))
def test_nash_and_ks_invariant_under_positive_affine_rescaling(
    points: np.ndarray, scale: list[float], shift: list[float]
) -> None:
    n = points.shape[1]
    d = np.zeros(n)
    a, b = np.array(scale[:n]), np.array(shift[:n])
    for solve in (nash_bargaining_solution, kalai_smorodinsky_solution):
        before = solve(points, d)
        after = solve(points * a + b, d * a + b)
        if before is None:
            assert after is None
        else:  # the same utility vector (several outcomes may share it)
            assert after is not None
            assert np.array_equal(points[before], points[after])


@settings(max_examples=100, deadline=None)
@given(half=arrays(np.float64, st.tuples(st.integers(1, 8), st.just(2)), elements=EIGHTHS), d=EIGHTHS)
def test_symmetric_games_have_symmetric_solutions(half: np.ndarray, d: float) -> None:
    points = _frontier(np.unique(np.vstack([half, half[:, ::-1]]), axis=0))
    disagreement = np.array([d, d])
    for name, solve in BARGAINING_SOLUTIONS.items():
        index = solve(points, disagreement)
        if index is None:
            continue
        mirror = points[index][::-1]
        # the mirror image is a frontier point, and equally good by the solution's criterion
        assert any(np.array_equal(mirror, p) for p in points), name
        gains, mirror_gains = points[index] - d, mirror - d
        if name == "nash":
            assert np.prod(gains) == np.prod(mirror_gains)
        elif name in ("egalitarian", "kalai_smorodinsky"):
            assert gains.min() == mirror_gains.min()
        else:
            assert gains.sum() == mirror_gains.sum()


def test_textbook_example() -> None:
    # Frontier (0,1), (0.6,0.6), (1,0) with d = 0: every solution picks the middle.
    points = np.array([[0.0, 1.0], [0.6, 0.6], [1.0, 0.0]])
    for solve in BARGAINING_SOLUTIONS.values():
        assert solve(points, np.zeros(2)) == 1
