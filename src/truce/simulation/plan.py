"""A simulation plan, and playing one chunk of it.

The plan is small and picklable: the scenario in each phase, the candidate
outcomes, the negotiators and the seed.  Executors ship it to workers, which
build the arrays (:mod:`truce.simulation.setting`) and play chunks of
``chunk_size`` runs.  Chunk ``j`` draws from ``SeedSequence(seed).spawn(n)[j]``
only, and chunk boundaries do not depend on the executor, so a seed gives
bit-identical results on every executor and any number of workers.  A
counterfactual schedule (the timeline without one shock) replays every chunk
with the same seeds (common random numbers), so a difference is the shock's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from truce.model.outcomes import OutcomeSpace
from truce.simulation.arrays import BoolArray, FloatArray, IntArray
from truce.simulation.offers import AllowedIndex, OfferLadder, ladder_candidates
from truce.simulation.protocols import protocol_named
from truce.simulation.setting import PhaseSetting, Setting
from truce.simulation.shocks import Phase, ScheduledShock
from truce.simulation.strategies import Negotiator

if TYPE_CHECKING:
    from truce.model.uncertainty import UncertaintyModel

__all__ = ["ChunkResult", "SimulationPlan", "play_chunk"]


@dataclass(frozen=True)
class ChunkResult:
    """Per run of one chunk: agreement, its round and outcome number, and payoffs (runs x parties)."""

    agreed: BoolArray
    round: IntArray
    outcome: IntArray
    payoff: FloatArray


@dataclass(frozen=True, eq=False)
class SimulationPlan:
    """Everything needed to play any chunk of a simulation, anywhere.

    ``schedules[0]`` is the timeline as given; ``schedules[k]`` (k >= 1) the
    timeline without ``shocks[k - 1]``.  ``combos`` lists one negotiator per
    party for each strategy combination; each gets ``runs`` runs.
    """

    parties: tuple[str, ...]
    schedules: tuple[tuple[Phase, ...], ...]
    shocks: tuple[ScheduledShock, ...]
    candidates: IntArray | None
    rounds: int
    protocol: str
    combos: tuple[tuple[Negotiator, ...], ...]
    runs: int
    seed: int
    chunk_size: int
    sample_preferences: bool
    sample_reservation: bool
    discount: tuple[float, ...]
    start: dt.date | None = None
    rounds_per_day: float = 1.0
    key: str = field(default="")

    @property
    def chunks_per_combo(self) -> int:
        return -(-self.runs // self.chunk_size)

    def tasks(self, schedule: int) -> list[tuple[int, int, int]]:
        """(schedule, combo, chunk) of every chunk of one schedule."""
        return [(schedule, c, k) for c in range(len(self.combos)) for k in range(self.chunks_per_combo)]

    def seed_of(self, combo: int, chunk: int) -> np.random.SeedSequence:
        """Child ``combo * chunks_per_combo + chunk`` of ``SeedSequence(seed).spawn(...)``, built directly."""
        return np.random.SeedSequence(self.seed, spawn_key=(combo * self.chunks_per_combo + chunk,))

    @cached_property
    def space(self) -> OutcomeSpace:
        return OutcomeSpace.from_scenario(self.schedules[0][0].scenario, parties=self.parties)


def fingerprint(*parts: object) -> str:
    text = json.dumps([str(p) for p in parts], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def choose_candidates(spaces: Sequence[OutcomeSpace], limit: int) -> IntArray | None:
    """All outcomes when there are at most ``limit``, else the offer ladders (:func:`ladder_candidates`)."""
    return None if spaces[0].size <= limit else ladder_candidates(spaces, limit)


# -- in the worker -------------------------------------------------------------

_PREPARED: dict[tuple[str, int], tuple[PhaseSetting, ...]] = {}


def _candidate_rows(plan: SimulationPlan) -> IntArray:
    numbers = plan.candidates if plan.candidates is not None else np.arange(plan.space.size, dtype=np.int64)
    return plan.space.decode(numbers)


def _red_line_ok(space: OutcomeSpace, rows: IntArray) -> tuple[BoolArray, ...]:
    masks = space.red_line_masks(rows)
    ok = []
    for party in space.parties:
        mine = [k for k, r in enumerate(space.red_lines) if r.party == party]
        ok.append(
            np.asarray(masks[:, mine].all(axis=1), dtype=bool) if mine else np.ones(rows.shape[0], dtype=bool)
        )
    return tuple(ok)


def _texts(point: FloatArray, ok: tuple[BoolArray, ...]) -> IntArray:
    from truce.analysis.frontier import nondominated

    feasible = np.flatnonzero(np.logical_and.reduce(ok))
    if feasible.size == 0:
        return feasible.astype(np.int64)
    keep = nondominated(point[feasible])
    return feasible[keep].astype(np.int64)


def _others(utilities: FloatArray, party: int) -> FloatArray:
    n = utilities.shape[-1]
    return np.asarray((utilities.sum(axis=-1) - utilities[..., party]) / max(1, n - 1))


def _shared_phases(plan: SimulationPlan, schedule: int) -> tuple[PhaseSetting, ...]:
    """Point-estimate arrays of each phase (cached per worker process)."""
    cache_key = (plan.key, schedule)
    if cache_key in _PREPARED:
        return _PREPARED[cache_key]
    rows = _candidate_rows(plan)
    built: list[PhaseSetting] = []
    ladders: dict[str, tuple[OfferLadder, ...]] = {}
    for phase in plan.schedules[schedule]:
        space = OutcomeSpace.from_scenario(phase.scenario, parties=plan.parties)
        point = space.utilities(rows)
        ok = _red_line_ok(space, rows)
        utility_key = hashlib.sha256(point.tobytes()).hexdigest()
        if not plan.sample_preferences and utility_key not in ladders:
            ladders[utility_key] = tuple(
                OfferLadder(point[:, p], _others(point, p)) for p in range(len(plan.parties))
            )
        phase_ladders = ladders.get(utility_key, ())
        built.append(
            PhaseSetting(
                start_round=phase.start_round,
                utilities=point[None],
                reservation=space.reservation[None],
                red_line_ok=ok,
                ladders=phase_ladders,
                allowed=tuple(lad.allowed(ok[p]) for p, lad in enumerate(phase_ladders)),
                texts=_texts(point, ok),
                point_utilities=point,
            )
        )
    if len(_PREPARED) > 8:
        _PREPARED.clear()
    _PREPARED[cache_key] = tuple(built)
    return _PREPARED[cache_key]


_MODELS: dict[tuple[str, int, int], tuple[str, UncertaintyModel]] = {}


def _uncertainty(plan: SimulationPlan, schedule: int, k: int) -> tuple[str, UncertaintyModel]:
    """The phase's uncertainty model and a fingerprint of its preferences (cached per worker)."""
    from truce.model.uncertainty import UncertaintyModel

    key = (plan.key, schedule, k)
    if key not in _MODELS:
        if len(_MODELS) > 64:
            _MODELS.clear()
        scenario = plan.schedules[schedule][k].scenario
        _MODELS[key] = (
            fingerprint(*(p.model_dump_json() for p in scenario.preferences)),
            UncertaintyModel.from_scenario(scenario, parties=plan.parties),
        )
    return _MODELS[key]


def _sampled(
    model: UncertaintyModel, seed: np.random.SeedSequence, n: int, rows: IntArray | None
) -> tuple[FloatArray | None, FloatArray]:
    """Sampled utilities of the candidates (``n x M x P``, when ``rows`` is given) and reservation values."""
    # the same seed in every phase: a phase differs from the last only by its shock
    sample = next(model.sample(n, np.random.default_rng(seed), chunk=max(n, 1)))
    if rows is None:
        return None, sample.reservation
    # summed issue by issue, in issue order (no BLAS: the same bits on every machine),
    # parties first so that each gather reads contiguous rows
    by_party = np.zeros((model.space.n_parties, n, rows.shape[0]))
    for i, table in enumerate(sample.float_tables):
        by_party += np.take(np.ascontiguousarray(table.transpose(2, 0, 1)), rows[:, i], axis=2)
    utilities = np.ascontiguousarray(by_party.transpose(1, 2, 0))
    for k, term in enumerate(model.space.interactions):
        hit = np.logical_and.reduce([rows[:, i] == o for i, o in term.options])
        utilities[:, hit, term.party] += sample.interactions[:, k, None]
    return utilities, sample.reservation


def _chunk_setting(plan: SimulationPlan, schedule: int, combo: int, chunk: int) -> Setting:
    n = min(plan.chunk_size, plan.runs - chunk * plan.chunk_size)
    preference_seed, play_seed = plan.seed_of(combo, chunk).spawn(2)
    shared = _shared_phases(plan, schedule)
    rows = _candidate_rows(plan) if plan.sample_preferences else None
    sampled_ladders: dict[str, tuple[FloatArray, tuple[OfferLadder, ...]]] = {}
    memo: dict[tuple[int, bytes], AllowedIndex] = {}
    phases = []
    for k, base in enumerate(shared):
        reservation = np.broadcast_to(base.reservation, (n, len(plan.parties)))
        utilities, ladders, allowed = base.utilities, base.ladders, base.allowed
        if plan.sample_preferences or plan.sample_reservation:
            # phases with the same preferences (a shock moved only reservation values
            # or red lines) share one sample of utilities and its ladders
            same, model = _uncertainty(plan, schedule, k)
            sampled, reservation = _sampled(
                model, preference_seed, n, rows if same not in sampled_ladders else None
            )
            if rows is not None:
                if same not in sampled_ladders:
                    assert sampled is not None
                    sampled_ladders[same] = (
                        sampled,
                        tuple(
                            OfferLadder(sampled[:, :, p], _others(base.point_utilities, p))
                            for p in range(len(plan.parties))
                        ),
                    )
                utilities, ladders = sampled_ladders[same]
                allowed = tuple(_allowed(lad, base.red_line_ok[p], memo) for p, lad in enumerate(ladders))
        phases.append(
            PhaseSetting(
                start_round=base.start_round,
                utilities=utilities,
                reservation=np.ascontiguousarray(reservation),
                red_line_ok=base.red_line_ok,
                ladders=ladders,
                allowed=allowed,
                texts=base.texts,
                point_utilities=base.point_utilities,
            )
        )
    return Setting(
        phases=tuple(phases),
        rounds=plan.rounds,
        discount=np.asarray(plan.discount),
        runs=n,
        rng=np.random.default_rng(play_seed),
    )


def _allowed(
    ladder: OfferLadder, mask: BoolArray, memo: dict[tuple[int, bytes], AllowedIndex]
) -> AllowedIndex:
    key = (id(ladder), np.packbits(mask).tobytes())
    if key not in memo:
        memo[key] = ladder.allowed(mask)
    return memo[key]


def play_chunk(plan: SimulationPlan, task: tuple[int, int, int]) -> ChunkResult:
    """Play chunk ``task = (schedule, combo, chunk)`` of ``plan``."""
    schedule, combo, chunk = task
    setting = _chunk_setting(plan, schedule, combo, chunk)
    negotiators = plan.combos[combo]
    played = protocol_named(plan.protocol, len(plan.parties)).play(setting, negotiators)
    runs = np.arange(setting.runs)
    payoff = np.empty((setting.runs, len(plan.parties)))
    time = np.where(played.agreed, (played.round + 1) / (plan.rounds + 1), 1.0)
    for k, phase in enumerate(setting.phases):
        here = played.phase == k
        for p in range(len(plan.parties)):
            value = np.where(
                played.agreed[here],
                phase.utility(runs[here], played.candidate[here], p),
                phase.reservation[runs[here], p],
            )
            payoff[here, p] = value * setting.discount[p] ** time[here]
    numbers = (
        played.candidate if plan.candidates is None else plan.candidates[np.maximum(played.candidate, 0)]
    )
    outcome = np.where(played.agreed, numbers, -1)
    return ChunkResult(played.agreed, played.round, outcome.astype(np.int64), payoff)
