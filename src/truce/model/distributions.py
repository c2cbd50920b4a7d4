"""The distributions of the analysts' estimates, drawn many at a time.

Every :class:`~truce.model.estimate.Estimate` with a range ``[low, high]`` is
drawn from its distribution:

* ``uniform`` on ``[low, high]``;
* ``triangular`` on ``[low, high]`` with its mode at ``value`` (inverse CDF);
* ``beta`` on ``[low, high]`` with its mean at ``value`` and concentration
  ``κ``: ``low + (high - low) B`` with ``B ~ Beta(κ m, κ (1 - m))``,
  ``m = (value - low) / (high - low)`` (a mean at an end of the range is a
  point mass there).

An estimate without a range is its value in every sample.  A party's sampled
weights are divided by their sum, so they sum to 1 again (the marginal of each
weight is then no longer exactly its stated distribution); a party whose
preference sets ``weight_concentration`` ``κ`` instead draws its weights jointly
from a Dirichlet with parameters ``κ w`` (mean at the point weights, Gelman et
al. 2013, ch. 23), ignoring the weights' ranges (:func:`draw_weights`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from truce.arrays import FloatArray
from truce.model.estimate import Estimate

__all__ = ["EstimateArrays", "draw_weights"]


_UNIFORM, _TRIANGULAR, _BETA = 0, 1, 2
_KINDS = {"uniform": _UNIFORM, "triangular": _TRIANGULAR, "beta": _BETA}


@dataclass(frozen=True)
class EstimateArrays:
    """Estimates laid out flat: point value, range, distribution code and concentration."""

    point: FloatArray
    low: FloatArray
    high: FloatArray
    kind: npt.NDArray[np.int8]
    concentration: FloatArray

    @classmethod
    def of(cls, estimates: list[Estimate]) -> EstimateArrays:
        """The arrays of ``estimates``, in their order."""
        return cls(
            np.array([e.value for e in estimates], dtype=np.float64),
            np.array([e.low for e in estimates], dtype=np.float64),
            np.array([e.high for e in estimates], dtype=np.float64),
            np.array([_KINDS[e.distribution] for e in estimates], dtype=np.int8),
            np.array([e.concentration for e in estimates], dtype=np.float64),
        )

    def draw(self, rng: np.random.Generator, n: int) -> FloatArray:
        """``n`` samples of every estimate (n × estimates)."""
        out = np.broadcast_to(self.point, (n, len(self.point))).copy()
        uncertain = self.high > self.low
        for kind in (_UNIFORM, _TRIANGULAR):
            idx = np.flatnonzero(uncertain & (self.kind == kind))
            if len(idx) == 0:
                continue
            u = rng.random((n, len(idx)))
            low, high, mode = self.low[idx], self.high[idx], self.point[idx]
            if kind == _UNIFORM:
                out[:, idx] = low + u * (high - low)
            else:
                width = high - low
                split = (mode - low) / width
                left = low + np.sqrt(u * width * (mode - low))
                right = high - np.sqrt((1.0 - u) * width * (high - mode))
                out[:, idx] = np.where(u < split, left, right)
        idx = np.flatnonzero(uncertain & (self.kind == _BETA))
        mean = (self.point[idx] - self.low[idx]) / (self.high[idx] - self.low[idx])
        inner = idx[(mean > 0.0) & (mean < 1.0)]
        if len(inner):
            m = (self.point[inner] - self.low[inner]) / (self.high[inner] - self.low[inner])
            k = self.concentration[inner]
            b = rng.beta(k * m, k * (1.0 - m), size=(n, len(inner)))
            out[:, inner] = self.low[inner] + b * (self.high[inner] - self.low[inner])
        return out


def draw_weights(
    estimates: EstimateArrays, concentration: float | None, rng: np.random.Generator, n: int
) -> FloatArray:
    """``n`` draws of one party's issue weights (n × issues), each summing to 1.

    With a ``concentration`` ``κ`` the weights are Dirichlet with parameters
    ``κ w`` (``w`` the point weights); otherwise each weight is drawn from its
    own range and the draws are divided by their sum.
    """
    if concentration is not None:
        alpha = concentration * estimates.point
        gamma = np.zeros((n, len(alpha)))
        positive = alpha > 0
        gamma[:, positive] = rng.standard_gamma(alpha[positive], size=(n, int(positive.sum())))
        return np.asarray(gamma / gamma.sum(axis=1, keepdims=True))
    drawn = estimates.draw(rng, n)
    if (estimates.high > estimates.low).any():
        drawn /= drawn.sum(axis=1, keepdims=True)
    return drawn
