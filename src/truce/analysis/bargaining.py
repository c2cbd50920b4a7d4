"""Bargaining solutions on the Pareto frontier.

Each solution picks one frontier point relative to a disagreement point ``d``
(by default the parties' reservation values), among the points that give every
party at least ``d``:

* Nash (1950): maximise the product of gains ``prod_i (u_i - d_i)``.
* Kalai & Smorodinsky (1975): equal relative gains toward the ideal point
  ``a_i = max u_i`` over all the frontier points given (the feasible
  outcomes: those crossing no red line); on a discrete frontier, the point
  whose relative gains ``(u_i - d_i)/(a_i - d_i)`` are closest to equal
  (smallest spread, then largest minimum).  Taking the ideal over the whole
  feasible set, as GENIUS and NegMAS do, rather than over its individually
  rational part as in the 1975 paper, changes the result only when a party's
  best feasible outcome leaves another below its disagreement utility.
* Egalitarian (Kalai 1977): maximise the smallest gain ``min_i (u_i - d_i)``.
* Utilitarian: maximise the sum of gains.

Ties go to the first point in frontier order (frontiers are sorted by total
utility, highest first), so results are deterministic and, for Nash and
Kalai–Smorodinsky, invariant under positive affine rescaling.  Every solution is registered in
:data:`BARGAINING_SOLUTIONS` and passes one contract test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np
import numpy.typing as npt

__all__ = [
    "BARGAINING_SOLUTIONS",
    "BargainingSolution",
    "egalitarian_solution",
    "kalai_smorodinsky_solution",
    "nash_bargaining_solution",
    "utilitarian_solution",
]

FloatArray = npt.NDArray[np.float64]
_TIE = 1e-12


class BargainingSolution(Protocol):
    """Index of the chosen frontier point, or None when no point gives every party ``d``."""

    def __call__(self, utilities: FloatArray, disagreement: FloatArray) -> int | None: ...


def _best(score: FloatArray, candidates: npt.NDArray[np.intp]) -> int:
    """Highest score; ties (within 1e-12) go to the first point in frontier order."""
    top = score.max()
    return int(candidates[np.argmax(score >= top - _TIE * max(1.0, abs(top)))])


def _rational(utilities: FloatArray, disagreement: FloatArray) -> npt.NDArray[np.intp]:
    return np.flatnonzero((utilities >= disagreement - _TIE).all(axis=1))


def nash_bargaining_solution(utilities: FloatArray, disagreement: FloatArray) -> int | None:
    """Nash (1950): the point maximising the product of gains over ``d``."""
    candidates = _rational(utilities, disagreement)
    if len(candidates) == 0:
        return None
    gains = np.clip(utilities[candidates] - disagreement, 0.0, None)
    return _best(np.prod(gains, axis=1), candidates)


def kalai_smorodinsky_solution(utilities: FloatArray, disagreement: FloatArray) -> int | None:
    """Kalai & Smorodinsky (1975): equal shares of each party's ideal gain over all points given."""
    candidates = _rational(utilities, disagreement)
    if len(candidates) == 0:
        return None
    gains = np.clip(utilities[candidates] - disagreement, 0.0, None)
    ideal = utilities.max(axis=0) - disagreement
    relative = np.divide(gains, ideal, out=np.ones_like(gains), where=ideal > 0)
    spread = relative.max(axis=1) - relative.min(axis=1)
    close = spread <= spread.min() + _TIE
    score = np.where(close, relative.min(axis=1), -np.inf)
    return _best(score, candidates)


def egalitarian_solution(utilities: FloatArray, disagreement: FloatArray) -> int | None:
    """Kalai (1977): the point maximising the smallest gain over ``d``."""
    candidates = _rational(utilities, disagreement)
    if len(candidates) == 0:
        return None
    return _best((utilities[candidates] - disagreement).min(axis=1), candidates)


def utilitarian_solution(utilities: FloatArray, disagreement: FloatArray) -> int | None:
    """The point maximising the sum of utilities (equivalently, of gains over ``d``)."""
    candidates = _rational(utilities, disagreement)
    if len(candidates) == 0:
        return None
    return _best(utilities[candidates].sum(axis=1), candidates)


BARGAINING_SOLUTIONS: dict[str, Callable[[FloatArray, FloatArray], int | None]] = {
    "nash": nash_bargaining_solution,
    "kalai_smorodinsky": kalai_smorodinsky_solution,
    "egalitarian": egalitarian_solution,
    "utilitarian": utilitarian_solution,
}
