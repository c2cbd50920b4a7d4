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

Utilities and the disagreement point may be exact (arrays of
:class:`~fractions.Fraction` or integers, as :func:`~truce.analysis.overview.analyze`
passes them) or floats; either way they are compared exactly as given, with no
tolerance, so a tie is a tie only when the numbers are equal.  Ties go to the
first point in frontier order (frontiers are sorted by total utility, highest
first), so results are deterministic and, for Nash and Kalai–Smorodinsky,
invariant under positive affine rescaling.  Every solution is registered in
:data:`BARGAINING_SOLUTIONS` and passes one contract test.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Protocol

import numpy as np

from truce.arrays import AnyArray

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = [
    "BARGAINING_SOLUTIONS",
    "BargainingSolution",
    "egalitarian_solution",
    "kalai_smorodinsky_solution",
    "nash_bargaining_solution",
    "utilitarian_solution",
]


class BargainingSolution(Protocol):
    """Index of the chosen frontier point, or None when no point gives every party ``d``."""

    def __call__(self, utilities: AnyArray, disagreement: AnyArray) -> int | None: ...


def _best(score: AnyArray, candidates: npt.NDArray[np.intp]) -> int:
    """Highest score; ties go to the first point in frontier order."""
    return int(candidates[np.argmax(score == score.max())])


def _gains(utilities: AnyArray, disagreement: AnyArray) -> tuple[npt.NDArray[np.intp], AnyArray]:
    """Points giving every party at least ``d``, and their gains over ``d``."""
    u = np.asarray(utilities)
    d = np.asarray(disagreement, dtype=u.dtype)
    candidates = np.flatnonzero((u >= d).all(axis=1))
    return candidates, u[candidates] - d


def _as_fractions(values: AnyArray) -> AnyArray:
    return np.vectorize(Fraction, otypes=[object])(values) if values.size else values.astype(object)


def nash_bargaining_solution(utilities: AnyArray, disagreement: AnyArray) -> int | None:
    """Nash (1950): the point maximising the product of gains over ``d``."""
    candidates, gains = _gains(utilities, disagreement)
    if len(candidates) == 0:
        return None
    return _best(np.prod(gains, axis=1), candidates)


def kalai_smorodinsky_solution(utilities: AnyArray, disagreement: AnyArray) -> int | None:
    """Kalai & Smorodinsky (1975): equal shares of each party's ideal gain over all points given."""
    candidates, gains = _gains(utilities, disagreement)
    if len(candidates) == 0:
        return None
    u = np.asarray(utilities)
    ideal = u.max(axis=0) - np.asarray(disagreement, dtype=u.dtype)
    if u.dtype.kind != "f":  # divide integers as fractions, not floats
        gains, ideal = _as_fractions(gains), _as_fractions(ideal)
    positive = ideal > 0
    # a party whose ideal gain is 0 is fully served by every candidate
    relative = np.where(positive, gains / np.where(positive, ideal, 1), 1)
    spread = relative.max(axis=1) - relative.min(axis=1)
    close = spread == spread.min()
    return _best(relative.min(axis=1)[close], candidates[close])


def egalitarian_solution(utilities: AnyArray, disagreement: AnyArray) -> int | None:
    """Kalai (1977): the point maximising the smallest gain over ``d``."""
    candidates, gains = _gains(utilities, disagreement)
    if len(candidates) == 0:
        return None
    return _best(gains.min(axis=1), candidates)


def utilitarian_solution(utilities: AnyArray, disagreement: AnyArray) -> int | None:
    """The point maximising the sum of utilities (equivalently, of gains over ``d``)."""
    candidates, gains = _gains(utilities, disagreement)
    if len(candidates) == 0:
        return None
    return _best(gains.sum(axis=1), candidates)


BARGAINING_SOLUTIONS: dict[str, Callable[[AnyArray, AnyArray], int | None]] = {
    "nash": nash_bargaining_solution,
    "kalai_smorodinsky": kalai_smorodinsky_solution,
    "egalitarian": egalitarian_solution,
    "utilitarian": utilitarian_solution,
}
