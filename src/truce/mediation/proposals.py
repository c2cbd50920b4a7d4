"""Bridging proposals: the packages most likely to be accepted by every party.

:func:`bridging_proposals` samples the scenario's estimates
(:mod:`truce.model.uncertainty`), finds the outcomes of the *whole* space that
every party accepts in the most samples (:func:`~truce.mediation.search.top_outcomes`,
exact; ties go to the outcome closest to the parties' latest stated
positions), scores them with a ranker from
:data:`~truce.mediation.rankers.PROPOSAL_RANKERS` and explains each one issue
by issue.  It also reports the zone under uncertainty and, for every text on
the table (a scenario ``proposal``), P(accept) of each party over the text's
completions next to the best completion.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from truce import __version__
from truce.analysis.zone import in_zone
from truce.errors import TruceError
from truce.mediation.explain import IssueExplanation, explain_outcome
from truce.mediation.positions import PositionMap
from truce.mediation.rankers import PROPOSAL_RANKERS, RANKER_SEARCH_KEYS, SampledEvaluation
from truce.mediation.reopen import Reopening, reopen_zone
from truce.mediation.repair import RepairResult, repair_text
from truce.mediation.search import SearchKey, top_outcomes
from truce.mediation.zone import UncertainZone, wilson_interval, zone_under_uncertainty
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario
from truce.model.uncertainty import TableSample, UncertaintyModel

__all__ = ["BridgingProposal", "Mediation", "TextEvaluation", "bridging_proposals", "scenario_hash"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

ZONE_SAMPLES = 2000
"""Samples over which the zone's size is counted (the first ones drawn)."""
FALLBACK: SearchKey = "min_party"
"""The search key used when every outcome scores 0 under the ranker (see :func:`bridging_proposals`)."""


def scenario_hash(scenario: Scenario) -> str:
    """SHA-256 of the scenario's canonical JSON (the input a result was computed from)."""
    import hashlib
    import json

    text = json.dumps(scenario.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


@dataclass(frozen=True)
class TextEvaluation:
    """A text on the table over its completions (the issues it leaves open, chosen freely).

    ``p_accept`` is each party's acceptance over samples and uniformly drawn
    completions; ``best`` is the completion most likely accepted by all.
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
    best: BridgingProposal | None
    repairs: dict[str, RepairResult] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "confidence": self.confidence,
            "terms": self.terms,
            "completions": self.completions,
            "p_accept": self.p_accept,
            "p_accept_all": self.p_accept_all,
            "best_completion": None if self.best is None else self.best.to_json(),
            "repairs": {party: r.to_json() for party, r in self.repairs.items()},
        }


@dataclass(frozen=True)
class Mediation:
    """Result of :func:`bridging_proposals`; ``to_json`` is the document of ``truce mediate --json``."""

    scenario: Scenario
    parties: tuple[str, ...]
    samples: int
    seed: int | None
    ranker: str
    ranked_by: str
    as_of: dt.date | None
    zone: UncertainZone
    point_zone_empty: bool
    proposals: tuple[BridgingProposal, ...]
    texts: tuple[TextEvaluation, ...]
    findings: tuple[str, ...]
    parameters: dict[str, Any] = field(default_factory=dict)
    reopenings: tuple[Reopening, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario.id,
            "parties": list(self.parties),
            "samples": self.samples,
            "seed": self.seed,
            "ranker": self.ranker,
            "ranked_by": self.ranked_by,
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
            "zone": {
                "p_nonempty": self.zone.p_nonempty,
                "p_nonempty_ci": list(self.zone.p_nonempty_ci),
                "size_median": self.zone.size_median,
                "size_90": list(self.zone.size_90),
                "samples": self.zone.samples,
                "exact": self.zone.exact,
            },
            "point_zone_empty": self.point_zone_empty,
            "proposals": [p.to_json() for p in self.proposals],
            "texts": [t.to_json() for t in self.texts],
            "reopen": [
                {
                    "kind": r.kind,
                    "target": r.target,
                    "amount": r.amount,
                    "zone_size": r.zone_size,
                    "sentence": r.sentence,
                }
                for r in self.reopenings
            ],
            "findings": list(self.findings),
            "unsettled": [
                {"field": f, "id": i, "confidence": c} for f, i, c in self.scenario.unsettled_claims()
            ],
            "provenance": {
                "truce_version": __version__,
                "scenario_hash": scenario_hash(self.scenario),
                "seed": self.seed,
                "parameters": self.parameters,
            },
        }


def _all_samples(model: UncertaintyModel, n: int, rng: np.random.Generator) -> TableSample:
    """Every sample in one batch (the search counts over all of them)."""
    (batch,) = model.sample(n, rng, chunk=max(1, n))
    return batch


def _proposal(
    sample: TableSample,
    row: IntArray,
    positions: PositionMap,
    score: float,
    evaluation: SampledEvaluation,
    k: int,
) -> BridgingProposal:
    space = sample.space
    accept = evaluation.accept[:, k, :]
    agreed = int(accept.all(axis=1).sum())
    return BridgingProposal(
        outcome=space.outcome_ids(row),
        row=row,
        utility=space.utilities(row[None])[0],
        p_accept={p: float(accept[:, j].mean()) for j, p in enumerate(space.parties)},
        p_accept_all=agreed / sample.size,
        ci=wilson_interval(agreed, sample.size),
        score=score,
        distance=positions.outcome_distance(row),
        in_point_zone=bool(in_zone(space, row[None])[0]),
        explanation=explain_outcome(space, row, sample, positions),
    )


def _evaluate(sample: TableSample, rows: IntArray) -> SampledEvaluation:
    return SampledEvaluation(sample.utilities(rows), sample.reservation, sample.acceptance(rows))


def _ranked(
    sample: TableSample,
    positions: PositionMap,
    top: int,
    ranker: str,
    allowed: tuple[npt.NDArray[np.bool_], ...] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[tuple[BridgingProposal, ...], str]:
    """The ``top`` proposals under ``ranker`` over the whole space, and what they are ranked by.

    When every outcome scores 0 under the ranker, they are ranked by the
    smallest party's P(accept) instead (``FALLBACK``), then by closeness.
    """
    key: SearchKey = RANKER_SEARCH_KEYS[ranker]
    ranked_by = ranker
    found = top_outcomes(sample, top, positions.quantized, allowed=allowed, progress=progress, key=key)
    if found and found[0].score == 0:
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


def _texts(
    scenario: Scenario, sample: TableSample, positions: PositionMap, rng: np.random.Generator
) -> tuple[TextEvaluation, ...]:
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
        accept = _diagonal_acceptance(sample, rows)
        best, _ = _ranked(sample, positions, 1, "p_accept_all", tuple(allowed))
        results.append(
            TextEvaluation(
                id=proposal.id,
                name=proposal.name or proposal.id,
                confidence=proposal.confidence,
                terms=dict(proposal.terms),
                completions=completions,
                p_accept={p: float(accept[:, j].mean()) for j, p in enumerate(space.parties)},
                p_accept_all=float(accept.all(axis=1).mean()),
                best=best[0] if best else None,
                repairs=_repairs(space, proposal.terms, best[0] if best else None)
                if proposal.id == latest
                else {},
            )
        )
    return tuple(results)


def _diagonal_acceptance(sample: TableSample, rows: IntArray) -> npt.NDArray[np.bool_]:
    """Acceptance of outcome ``rows[s]`` in sample ``s`` (samples × parties)."""
    space = sample.space
    index = np.arange(sample.size)
    utility = np.zeros((sample.size, space.n_parties), dtype=np.int64)
    for i, table in enumerate(sample.tables):
        utility += table[index, rows[:, i], :]
    for t, term in enumerate(space.interactions):
        hit = np.ones(sample.size, dtype=bool)
        for issue, option in term.options:
            hit &= rows[:, issue] == option
        utility[hit, term.party] += sample.quantized_interactions[hit, t]
    accept = utility >= sample.quantized_reservation
    if space.red_lines:
        crossed = ~space.red_line_masks(rows)
        for k, red_line in enumerate(space.red_lines):
            parties = [space.parties.index(red_line.party)] if red_line.party in space.parties else ...
            accept[:, parties] &= ~(crossed[:, k] & sample.red_lines[:, k])[:, None]
    return np.asarray(accept)


def bridging_proposals(
    scenario: Scenario,
    *,
    samples: int = 10_000,
    seed: int = 0,
    rng: np.random.Generator | None = None,
    top: int = 10,
    as_of: dt.date | None = None,
    red_line_belief: Mapping[str, float] | None = None,
    ranker: str = "p_accept_all",
    zone_samples: int = ZONE_SAMPLES,
    progress: Callable[[int, int], None] | None = None,
) -> Mediation:
    """Rank packages of the whole outcome space by the chance that every party accepts them.

    Parameters
    ----------
    scenario
        The negotiation (apply variants and shocks before).
    samples
        Number of sampled utility models.
    seed, rng
        ``rng`` is the only source of randomness; when None it is
        ``numpy.random.default_rng(seed)``.  The seed is recorded.
    top
        Number of proposals.
    as_of
        Date of the positions that break ties (latest stated on or before it).
    red_line_belief
        Share of samples in which red lines of each confidence hold
        (:func:`~truce.model.uncertainty.parse_red_line_belief`); None: always.
    ranker
        A name in :data:`~truce.mediation.rankers.PROPOSAL_RANKERS`; the
        whole space is searched exactly for its best ``top`` packages.  When
        every package scores 0 (for ``p_accept_all``: none is accepted by all
        in any sample, as in the flagship's late-August variants), they are
        ranked by the smallest party's P(accept), then by closeness to the
        positions; ``ranked_by`` says which, and a finding says why.
    zone_samples
        The zone's size is counted over the first this many samples.
    progress
        ``progress(done, total)`` while the space is searched.
    """
    if samples < 1:
        raise TruceError(f"the number of samples must be at least 1, got {samples}", field="samples")
    if top < 1:
        raise TruceError(f"the number of proposals must be at least 1, got {top}", field="top")
    if ranker not in PROPOSAL_RANKERS:
        raise TruceError(
            f"unknown ranker {ranker!r}", field="ranker", hint=f"use one of {', '.join(PROPOSAL_RANKERS)}"
        )
    generator = rng if rng is not None else np.random.default_rng(seed)
    model = UncertaintyModel.from_scenario(scenario, red_line_belief=red_line_belief)
    space = model.space
    sample = _all_samples(model, samples, generator)
    positions = PositionMap.of(scenario, space, as_of)
    proposals, ranked_by = _ranked(sample, positions, top, ranker, progress=progress)
    zone = zone_under_uncertainty(sample.window(0, zone_samples), generator)
    point_zone_empty = not any(p.in_point_zone for p in proposals) and not _point_zone_nonempty(model)
    findings = _findings(point_zone_empty, ranker, ranked_by, proposals)
    texts = _texts(scenario, sample, positions, generator)
    reopenings = reopen_zone(space) if point_zone_empty else ()
    parameters = {
        "samples": samples,
        "top": top,
        "ranker": ranker,
        "as_of": None if as_of is None else as_of.isoformat(),
        "red_line_belief": None if red_line_belief is None else dict(red_line_belief),
        "zone_samples": zone.samples,
    }
    return Mediation(
        scenario=scenario,
        parties=space.parties,
        samples=samples,
        seed=seed if rng is None else None,
        ranker=ranker,
        ranked_by=ranked_by,
        as_of=as_of,
        zone=zone,
        point_zone_empty=point_zone_empty,
        proposals=proposals,
        texts=texts,
        findings=findings,
        parameters=parameters,
        reopenings=reopenings,
    )


def _findings(
    point_zone_empty: bool, ranker: str, ranked_by: str, proposals: tuple[BridgingProposal, ...]
) -> tuple[str, ...]:
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


def _point_zone_nonempty(model: UncertaintyModel) -> bool:
    """Whether some outcome is in the zone under the point estimates (exact search, one sample)."""
    point = UncertaintyModel.certain(model.space)
    (sample,) = point.sample(1, np.random.default_rng(0))
    best = top_outcomes(sample, 1)
    return bool(best) and best[0].count == 1
