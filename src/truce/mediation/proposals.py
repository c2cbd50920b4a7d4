"""Bridging proposals: the packages most likely to be accepted by every party.

:func:`bridging_proposals` samples the scenario's estimates
(:mod:`truce.model.uncertainty`), finds the outcomes of the *whole* space that
every party accepts in the most samples (:func:`~truce.mediation.search.top_outcomes`,
exact; ties go to the outcome closest to the parties' latest stated
positions), scores them with a ranker from
:data:`~truce.mediation.rankers.PROPOSAL_RANKERS` and explains each one issue
by issue.  It also reports the zone under uncertainty and, for every text on
the table (a scenario ``proposal``), P(accept) of each party over the text's
completions next to the best completion (:mod:`truce.mediation.texts`).
The ranking itself is :func:`~truce.mediation.ranking.ranked_proposals`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from truce import __version__
from truce.errors import TruceError
from truce.mediation.positions import PositionMap
from truce.mediation.rankers import PROPOSAL_RANKERS
from truce.mediation.ranking import BridgingProposal, ranked_proposals, ranking_findings
from truce.mediation.reopen import Reopening, reopen_zone
from truce.mediation.search import top_outcomes
from truce.mediation.texts import TextEvaluation, evaluate_texts
from truce.mediation.zone import UncertainZone, zone_under_uncertainty
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario
from truce.model.uncertainty import TableSample, UncertaintyModel

__all__ = [
    "BridgingProposal",
    "Mediation",
    "TextEvaluation",
    "bridging_proposals",
    "check_sampling",
    "provenance",
    "reopened_examples",
    "scenario_hash",
]


ZONE_SAMPLES = 2000
"""Samples over which the zone's size is counted (the first ones drawn)."""


def scenario_hash(scenario: Scenario) -> str:
    """SHA-256 of the scenario's canonical JSON (the input a result was computed from)."""
    import hashlib
    import json

    text = json.dumps(scenario.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def provenance(scenario: Scenario, seed: int | None, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """What a result was computed from: truce version, scenario hash, seed and parameters."""
    return {
        "truce_version": __version__,
        "scenario_hash": scenario_hash(scenario),
        "seed": seed,
        "parameters": dict(parameters),
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
        """The document of ``truce mediate --json``."""
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
                    "example": r.example,
                    "sentence": r.sentence,
                }
                for r in self.reopenings
            ],
            "findings": list(self.findings),
            "unsettled": [
                {"field": f, "id": i, "confidence": c} for f, i, c in self.scenario.unsettled_claims()
            ],
            "provenance": provenance(self.scenario, self.seed, self.parameters),
        }


def _all_samples(model: UncertaintyModel, n: int, rng: np.random.Generator) -> TableSample:
    """Every sample in one batch (the search counts over all of them)."""
    (batch,) = model.sample(n, rng, chunk=max(1, n))
    return batch


def check_sampling(samples: int, seed: int) -> None:
    """Refuse a sample count below 1 or a negative seed, naming the field.

    Raises
    ------
    TruceError
        With the field (``samples`` or ``seed``) and what would fix it.
    """
    if samples < 1:
        raise TruceError(f"the number of samples must be at least 1, got {samples}", field="samples")
    if seed < 0:
        raise TruceError(
            f"the seed must be a non-negative integer, got {seed}", field="seed", hint="e.g. --seed 0"
        )


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
    check_sampling(samples, seed)
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
    proposals, ranked_by = ranked_proposals(sample, positions, top, ranker, progress=progress)
    zone = zone_under_uncertainty(sample.window(0, zone_samples), generator)
    point_zone_empty = not any(p.in_point_zone for p in proposals) and not _point_zone_nonempty(model)
    findings = ranking_findings(point_zone_empty, ranker, ranked_by, proposals)
    texts = evaluate_texts(scenario, sample, positions, generator)
    reopenings = reopened_examples(space, reopen_zone(space), positions) if point_zone_empty else ()
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


def reopened_examples(
    space: OutcomeSpace, reopenings: tuple[Reopening, ...], positions: PositionMap
) -> tuple[Reopening, ...]:
    """Each reopening with the package of its reopened zone closest to the positions (exact search)."""
    import dataclasses

    found = []
    for reopening in reopenings:
        (point,) = UncertaintyModel.certain(reopening.apply(space)).sample(1, np.random.default_rng(0))
        best = top_outcomes(point, 1, positions.quantized)
        example = space.outcome_ids(best[0].row) if best and best[0].count == 1 else None
        found.append(dataclasses.replace(reopening, example=example))
    return tuple(found)


def _point_zone_nonempty(model: UncertaintyModel) -> bool:
    """Whether some outcome is in the zone under the point estimates (exact search, one sample)."""
    point = UncertaintyModel.certain(model.space)
    (sample,) = point.sample(1, np.random.default_rng(0))
    best = top_outcomes(sample, 1)
    return bool(best) and best[0].count == 1
