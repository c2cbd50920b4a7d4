"""Texts on the table: a proposal that settles some issues, judged over its completions.

For each text, P(accept) of each party is taken over the samples and the
text's completions (the issues it leaves open, one drawn uniformly per
sample), next to its completion most likely accepted by all; the latest text
(as of the positions' date) also carries, for each party that rejects that
completion under the point estimates, the repair it would need
(:func:`~truce.mediation.repair.repair_text`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from truce.arrays import BoolArray, IntArray
from truce.mediation.positions import PositionMap
from truce.mediation.rankers import acceptance_shares
from truce.mediation.ranking import BridgingProposal, ranked_proposals
from truce.mediation.repair import RepairResult, repair_text
from truce.model.interactions import interaction_hits
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario
from truce.model.uncertainty import TableSample, UncertaintyModel

__all__ = ["TextEvaluation", "evaluate_texts"]


@dataclass(frozen=True)
class TextEvaluation:
    """A text on the table over its completions (the issues it leaves open, chosen freely).

    ``p_accept`` is each party's acceptance over samples and uniformly drawn
    completions, ``p_accept_all`` that of every party at once with its 95 %
    Wilson interval ``ci``; ``best`` is the completion most likely accepted by all.
    ``repairs`` (for the latest text on the table only) maps each party that
    rejects the best completion under the point estimates to the repair it
    would need (:func:`~truce.mediation.repair.repair_text`).
    """

    id: str
    name: str
    confidence: str
    terms: dict[str, str]
    completions: int
    p_accept: dict[str, float]
    p_accept_all: float
    ci: tuple[float, float]
    best: BridgingProposal | None
    repairs: dict[str, RepairResult] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A ``texts`` entry of ``truce mediate --json`` (``best`` as ``best_completion``)."""
        return {
            "id": self.id,
            "name": self.name,
            "confidence": self.confidence,
            "terms": self.terms,
            "completions": self.completions,
            "p_accept": self.p_accept,
            "p_accept_all": self.p_accept_all,
            "ci": list(self.ci),
            "best_completion": None if self.best is None else self.best.to_json(),
            "repairs": {party: r.to_json() for party, r in self.repairs.items()},
        }


def _latest_text(scenario: Scenario, as_of: dt.date | None) -> str | None:
    dated = [p for p in scenario.proposals if p.date is not None and (as_of is None or p.date <= as_of)]
    return max(dated, key=lambda p: p.date or dt.date.min).id if dated else None


def _repairs(
    space: OutcomeSpace, terms: Mapping[str, str], best: BridgingProposal | None
) -> dict[str, RepairResult]:
    if best is None:
        return {}
    (point,) = UncertaintyModel.certain(space).sample(1, np.random.default_rng(0))
    accepts = point.acceptance(best.row[None])[0, 0]
    return {
        party: repair_text(space, terms, party) for p, party in enumerate(space.parties) if not accepts[p]
    }


def evaluate_texts(
    scenario: Scenario, sample: TableSample, positions: PositionMap, rng: np.random.Generator
) -> tuple[TextEvaluation, ...]:
    """Each text on the table (the scenario's proposals) judged over its completions.

    Parameters
    ----------
    scenario
        The scenario whose ``proposals`` are judged.
    sample
        Sampled utility tables of the negotiating parties.
    positions
        The parties' latest positions; their date picks the latest text, the
        only one whose repairs are computed.
    rng
        Draws each sample's completion.
    """
    space = sample.space
    latest = _latest_text(scenario, positions.as_of)
    results = []
    for proposal in scenario.proposals:
        allowed = []
        for i, issue in enumerate(space.issues):
            mask = np.ones(space.radix[i], dtype=bool)
            if issue in proposal.terms:
                mask[:] = False
                mask[space.options[i].index(proposal.terms[issue])] = True
            allowed.append(mask)
        completions = int(np.prod([m.sum() for m in allowed]))
        # each sample meets one completion drawn uniformly
        rows = np.stack([rng.choice(np.flatnonzero(m), size=sample.size) for m in allowed], axis=1)
        shares = acceptance_shares(_diagonal_acceptance(sample, rows), space.parties)
        best, _ = ranked_proposals(sample, positions, 1, "p_accept_all", tuple(allowed), fallback=False)
        results.append(
            TextEvaluation(
                id=proposal.id,
                name=proposal.name or proposal.id,
                confidence=proposal.confidence,
                terms=dict(proposal.terms),
                completions=completions,
                p_accept=shares.p_accept,
                p_accept_all=shares.p_accept_all,
                ci=shares.ci,
                best=best[0] if best else None,
                repairs=_repairs(space, proposal.terms, best[0] if best else None)
                if proposal.id == latest
                else {},
            )
        )
    return tuple(results)


def _diagonal_acceptance(sample: TableSample, rows: IntArray) -> BoolArray:
    """Acceptance of outcome ``rows[s]`` in sample ``s`` (samples × parties)."""
    space = sample.space
    index = np.arange(sample.size)
    utility = np.zeros((sample.size, space.n_parties), dtype=np.int64)
    for i, table in enumerate(sample.tables):
        utility += table[index, rows[:, i], :]
    hits = interaction_hits(space.interactions, rows)
    for t, (term, hit) in enumerate(zip(space.interactions, hits, strict=True)):
        utility[hit, term.party] += sample.quantized_interactions[hit, t]
    accept = utility >= sample.quantized_reservation
    if space.red_lines:
        crossed = ~space.red_line_masks(rows)
        for k, red_line in enumerate(space.red_lines):
            parties = [space.parties.index(red_line.party)] if red_line.party in space.parties else ...
            accept[:, parties] &= ~(crossed[:, k] & sample.red_lines[:, k])[:, None]
    return np.asarray(accept)
