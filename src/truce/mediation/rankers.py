"""Proposal rankers: how to score candidate packages over the sampled utility models.

A deal happens in a sample only when every party accepts it, so a party's
realised gain in sample ``s`` is ``u_p - r_p`` when all accept and 0
otherwise.  Each ranker maps the samples' evaluation of ``k`` candidates to
``k`` scores, higher is better:

* ``p_accept_all``: the share of samples in which every party accepts;
* ``nash``: the product of the parties' expected realised gains (Nash 1950
  applied to expected gains);
* ``max_min``: the smallest expected realised gain (Rawls; Kalai 1977's
  egalitarian solution applied to expected gains).

All three are monotone: a candidate at least as good for every party in every
sample scores at least as high.  Every ranker is registered in
:data:`PROPOSAL_RANKERS` with the key (:data:`RANKER_SEARCH_KEYS`) under which
:func:`~truce.mediation.search.top_outcomes` finds its best packages in the
whole outcome space exactly, and passes one contract test: its scores, and
the search's best packages against brute force over every outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from truce.arrays import BoolArray, FloatArray
from truce.stats import proportion

if TYPE_CHECKING:
    from truce.mediation.search import SearchKey

__all__ = [
    "PROPOSAL_RANKERS",
    "RANKER_SEARCH_KEYS",
    "AcceptanceShares",
    "SampledEvaluation",
    "acceptance_shares",
    "max_min_gain",
    "nash_expected_gains",
    "p_accept_all",
]


@dataclass(frozen=True)
class SampledEvaluation:
    """Candidates evaluated in every sample.

    ``utilities`` and ``accept`` are samples × candidates × parties;
    ``reservation`` is samples × parties.
    """

    utilities: FloatArray
    reservation: FloatArray
    accept: BoolArray

    @property
    def realized_gains(self) -> FloatArray:
        """Gain over the reservation value when every party accepts, else 0.

        Samples × candidates × parties.
        """
        agreed = self.accept.all(axis=2, keepdims=True)
        return np.where(agreed, self.utilities - self.reservation[:, None, :], 0.0)


@dataclass(frozen=True)
class AcceptanceShares:
    """One package over the samples: each party's P(accept), P(all accept) and its 95 % Wilson interval."""

    p_accept: dict[str, float]
    p_accept_all: float
    ci: tuple[float, float]


def acceptance_shares(accept: BoolArray, parties: Sequence[str]) -> AcceptanceShares:
    """Shares of the samples (rows of ``accept``, samples × parties) in which each party, and all, accept."""
    share, ci = proportion(int(accept.all(axis=1).sum()), accept.shape[0])
    return AcceptanceShares({p: float(accept[:, j].mean()) for j, p in enumerate(parties)}, share, ci)


def p_accept_all(evaluation: SampledEvaluation) -> FloatArray:
    """Share of samples in which every party accepts."""
    return np.asarray(evaluation.accept.all(axis=2).mean(axis=0), dtype=np.float64)


def nash_expected_gains(evaluation: SampledEvaluation) -> FloatArray:
    """Product over parties of the expected realised gain."""
    return np.asarray(evaluation.realized_gains.mean(axis=0).prod(axis=1), dtype=np.float64)


def max_min_gain(evaluation: SampledEvaluation) -> FloatArray:
    """Smallest expected realised gain over the parties."""
    return np.asarray(evaluation.realized_gains.mean(axis=0).min(axis=1), dtype=np.float64)


PROPOSAL_RANKERS: dict[str, Callable[[SampledEvaluation], FloatArray]] = {
    "p_accept_all": p_accept_all,
    "nash": nash_expected_gains,
    "max_min": max_min_gain,
}

RANKER_SEARCH_KEYS: dict[str, SearchKey] = {"p_accept_all": "count", "nash": "nash", "max_min": "max_min"}
"""The :func:`~truce.mediation.search.top_outcomes` key that ranks the whole space as each ranker does."""
