"""Contract every proposal ranker passes."""

from __future__ import annotations

import numpy as np
import pytest

from truce.mediation.rankers import PROPOSAL_RANKERS, SampledEvaluation


def _evaluation(utilities: np.ndarray, reservation: np.ndarray) -> SampledEvaluation:
    return SampledEvaluation(utilities, reservation, utilities >= reservation[:, None, :])


@pytest.mark.parametrize("name", sorted(PROPOSAL_RANKERS))
def test_ranker_contract(name: str) -> None:
    rank = PROPOSAL_RANKERS[name]
    rng = np.random.default_rng(0)
    for _ in range(50):
        s, k, p = rng.integers(1, 30), rng.integers(1, 8), rng.integers(2, 4)
        utilities = rng.random((s, k, p))
        reservation = rng.random((s, p)) * 0.6
        scores = rank(_evaluation(utilities, reservation))
        assert scores.shape == (k,) and np.isfinite(scores).all()
        # permuting the candidates permutes the scores
        perm = rng.permutation(k)
        assert np.allclose(rank(_evaluation(utilities[:, perm], reservation)), scores[perm])
        # a candidate at least as good for every party in every sample scores at least as high
        better = np.maximum(utilities, utilities[:, :1] + rng.random((s, 1, p)) * 0.1)
        both = np.concatenate([utilities[:, :1], better[:, :1]], axis=1)
        pair = rank(_evaluation(both, reservation))
        assert pair[1] >= pair[0] - 1e-12
        # never accepted by all: the lowest possible score
        never = np.concatenate([utilities[:, :1], np.zeros((s, 1, p)) - 1.0], axis=1)
        assert rank(_evaluation(never, reservation))[1] == 0.0
