"""Ranking packages of the whole outcome space under a proposal ranker, and what the ranking found.

:func:`ranked_proposals` finds the best packages under a ranker of
:data:`~truce.mediation.rankers.PROPOSAL_RANKERS` exactly, with the search
key the ranker names (:data:`~truce.mediation.rankers.RANKER_SEARCH_KEYS`,
:func:`~truce.mediation.search.top_outcomes`), and explains each one issue by
issue.  When every package scores 0 under the ranker, the packages are
ranked by the smallest party's P(accept), then the parties' P(accept)
summed, then closeness to the positions (:data:`FALLBACK`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from truce.analysis.zone import in_zone
from truce.arrays import BoolArray, FloatArray, IntArray
from truce.mediation.explain import IssueExplanation, explain_outcome
from truce.mediation.positions import PositionMap
from truce.mediation.rankers import PROPOSAL_RANKERS, RANKER_SEARCH_KEYS, SampledEvaluation, acceptance_shares
from truce.mediation.search import SearchKey, top_outcomes
from truce.model.uncertainty import TableSample

__all__ = ["FALLBACK", "BridgingProposal", "ranked_proposals", "ranking_findings"]


FALLBACK: SearchKey = "min_party"
"""The search key used when every package scores 0 under the ranker."""


@dataclass(frozen=True)
class BridgingProposal:
    """A package: its point utilities, P(accept) per party and for all, and why."""

    outcome: dict[str, str]
    row: IntArray
    utility: FloatArray
    p_accept: dict[str, float]
    p_accept_all: float
    ci: tuple[float, float]
    score: float
    distance: float
    in_point_zone: bool
    explanation: tuple[IssueExplanation, ...]

    def to_json(self) -> dict[str, Any]:
        """A ``proposals`` entry of ``truce mediate --json`` (``distance`` as ``distance_to_positions``)."""
        return {
            "outcome": self.outcome,
            "utility": self.utility.tolist(),
            "p_accept": self.p_accept,
            "p_accept_all": self.p_accept_all,
            "ci": list(self.ci),
            "score": self.score,
            "distance_to_positions": self.distance,
            "in_point_zone": self.in_point_zone,
            "explanation": [e.to_json() for e in self.explanation],
        }


def _proposal(
    sample: TableSample,
    row: IntArray,
    positions: PositionMap,
    score: float,
    evaluation: SampledEvaluation,
    k: int,
) -> BridgingProposal:
    space = sample.space
    shares = acceptance_shares(evaluation.accept[:, k, :], space.parties)
    return BridgingProposal(
        outcome=space.outcome_ids(row),
        row=row,
        utility=space.utilities(row[None])[0],
        p_accept=shares.p_accept,
        p_accept_all=shares.p_accept_all,
        ci=shares.ci,
        score=score,
        distance=positions.outcome_distance(row),
        in_point_zone=bool(in_zone(space, row[None])[0]),
        explanation=explain_outcome(space, row, sample, positions),
    )


def _evaluate(sample: TableSample, rows: IntArray) -> SampledEvaluation:
    return SampledEvaluation(sample.utilities(rows), sample.reservation, sample.acceptance(rows))


def ranked_proposals(
    sample: TableSample,
    positions: PositionMap,
    top: int,
    ranker: str,
    allowed: tuple[BoolArray, ...] | None = None,
    progress: Callable[[int, int], None] | None = None,
    fallback: bool = True,
) -> tuple[tuple[BridgingProposal, ...], str]:
    """The ``top`` proposals under ``ranker`` over the whole space, and what they are ranked by.

    With ``fallback``, when every outcome scores 0 under the ranker they are
    ranked by :data:`FALLBACK` instead (the smallest party's P(accept), then
    the parties' summed, then closeness).
    """
    key: SearchKey = RANKER_SEARCH_KEYS[ranker]
    ranked_by = ranker
    found = top_outcomes(sample, top, positions.quantized, allowed=allowed, progress=progress, key=key)
    if fallback and found and found[0].score == 0:
        found = top_outcomes(sample, top, positions.quantized, allowed=allowed, key=FALLBACK)
        ranked_by = FALLBACK
    if not found:
        return (), ranked_by
    rows = np.stack([f.row for f in found])
    evaluation = _evaluate(sample, rows)
    if ranked_by == FALLBACK:
        scores = evaluation.accept.mean(axis=0).min(axis=1)
    else:
        scores = PROPOSAL_RANKERS[ranker](evaluation)
    # in the search's order: exact on the sampling grid, ties broken by closeness
    proposals = tuple(
        _proposal(sample, rows[k], positions, float(scores[k]), evaluation, k) for k in range(len(rows))
    )
    return proposals, ranked_by


def ranking_findings(
    point_zone_empty: bool, ranker: str, ranked_by: str, proposals: tuple[BridgingProposal, ...]
) -> tuple[str, ...]:
    """Sentences a mediator should read before the ranked proposals.

    They say when no package is acceptable to all under the point estimates,
    when the proposals had to be ranked by :data:`FALLBACK` instead of
    ``ranker``, and when every package is rejected in every sample.

    Parameters
    ----------
    point_zone_empty
        Whether the agreement zone under the point estimates is empty.
    ranker
        The ranker asked for.
    ranked_by
        What the proposals were ranked by (``ranker`` or :data:`FALLBACK`), as
        :func:`ranked_proposals` returns it.
    proposals
        The ranked proposals.
    """
    fallback = (
        "ranked by the smallest party's P(accept), then by the parties' P(accept) summed, then by closeness "
        "to the parties' latest positions"
    )
    findings = []
    if point_zone_empty:
        findings.append(
            "no outcome is acceptable to every party under the point estimates; the proposals are ranked "
            "over the whole outcome space"
        )
    if ranked_by == FALLBACK and ranker == "p_accept_all":
        findings.append(f"no package is acceptable to every party in any sample; {fallback}")
    elif ranked_by == FALLBACK:
        findings.append(f"no package gives every party a positive expected gain ({ranker}); {fallback}")
    if ranked_by == FALLBACK and proposals and proposals[0].score == 0.0:
        findings.append(
            "every package is rejected in every sample by at least one party (a red line that always holds, "
            "or a reservation value out of reach): only a change of red lines or reservation values "
            "reopens agreement"
        )
    return tuple(findings)
