"""Playing one chunk of a simulation plan, in whatever process the executor chose.

The worker builds the chunk's arrays (:mod:`truce.simulation.setting`) from the
plan: the point-estimate arrays of each phase, cached per process, then the
chunk's own draws.  Chunk ``j`` draws only from its own seed
(:meth:`~truce.simulation.plan.SimulationPlan.seed_of`), in two streams: one
for the scenario's uncertainty (weights, option values, reservation values
and, under a red-line belief, which red lines hold;
:class:`~truce.model.uncertainty.UncertaintyModel`), one for the strategies.
Every phase of a schedule draws its uncertainty from the same seed, so a
phase differs from the one before only by its shock, and a red line holds or
not for the whole of a run (:mod:`truce.simulation.draws` shares one pass of
the sampler between phases that draw the same numbers).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

import numpy as np

from truce.arrays import BoolArray, FloatArray, IntArray
from truce.model.elements import CONSTRAINT_PARTY
from truce.model.outcomes import OutcomeSpace
from truce.simulation.draws import ChunkDraw, candidate_utilities, draw_keys, unit_reservation
from truce.simulation.offers import AllowedIndex, OfferLadder
from truce.simulation.plan import ChunkResult, SimulationPlan, fingerprint
from truce.simulation.protocols import protocol_named
from truce.simulation.setting import PhaseSetting, Setting

if TYPE_CHECKING:
    from truce.model.uncertainty import UncertaintyModel

__all__ = ["play_chunk"]


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


# -- point estimates, once per process ------------------------------------------

_PREPARED: dict[tuple[str, int], tuple[PhaseSetting, ...]] = {}
_LINES: dict[tuple[str, int, int], tuple[tuple[str, ...], IntArray, BoolArray]] = {}
_MODELS: dict[tuple[str, int, int], tuple[str, tuple[str, str | None], UncertaintyModel]] = {}


def _bounded(cache: dict[Any, Any], size: int) -> None:
    if len(cache) > size:
        cache.clear()


def _candidate_rows(plan: SimulationPlan) -> IntArray:
    numbers = plan.candidates if plan.candidates is not None else np.arange(plan.space.size, dtype=np.int64)
    return plan.space.decode(numbers)


def _lines(
    plan: SimulationPlan,
    schedule: int,
    k: int,
    space: OutcomeSpace | None = None,
    rows: IntArray | None = None,
) -> tuple[tuple[str, ...], IntArray, BoolArray]:
    """Red lines of phase ``k``: ids, owner (party index, -1 for a constraint) and masks (``M x K``).

    Cached per worker; ``space`` and ``rows`` (the phase's space and the
    decoded candidates) spare building them again when the caller has them.
    """
    key = (plan.key, schedule, k)
    if key not in _LINES:
        _bounded(_LINES, 64)
        if space is None:
            space = OutcomeSpace.from_scenario(plan.schedules[schedule][k].scenario, parties=plan.parties)
        owners = [
            -1 if r.party == CONSTRAINT_PARTY else space.parties.index(r.party) for r in space.red_lines
        ]
        masks = space.red_line_masks(_candidate_rows(plan) if rows is None else rows)
        _LINES[key] = (tuple(r.id for r in space.red_lines), np.array(owners, dtype=np.int64), masks)
    return _LINES[key]


def _party_ok(owners: IntArray, masks: BoolArray, party: int, holds: BoolArray | None = None) -> BoolArray:
    """Candidates crossing none of ``party``'s red lines that hold, nor any constraint (``1 x M``)."""
    mine = (owners == party) & (np.ones_like(owners, dtype=bool) if holds is None else holds)
    return np.asarray(masks[:, mine | (owners == -1)].all(axis=1))[None]


def _texts(point: FloatArray, ok: tuple[BoolArray, ...]) -> IntArray:
    from truce.analysis.frontier import nondominated

    feasible = np.flatnonzero(np.logical_and.reduce([o[0] for o in ok]))
    if feasible.size == 0:
        return feasible.astype(np.int64)
    keep = nondominated(point[feasible])
    return feasible[keep].astype(np.int64)


def _others(utilities: FloatArray, party: int) -> FloatArray:
    n = utilities.shape[-1]
    return np.asarray((utilities.sum(axis=-1) - utilities[..., party]) / max(1, n - 1))


def _shared_phases(plan: SimulationPlan, schedule: int) -> tuple[PhaseSetting, ...]:
    """Point-estimate arrays of each phase, every red line holding (cached per worker process)."""
    cache_key = (plan.key, schedule)
    if cache_key in _PREPARED:
        return _PREPARED[cache_key]
    rows = _candidate_rows(plan)
    built: list[PhaseSetting] = []
    ladders: dict[str, tuple[OfferLadder, ...]] = {}
    for k, phase in enumerate(plan.schedules[schedule]):
        space = OutcomeSpace.from_scenario(phase.scenario, parties=plan.parties)
        point = space.utilities(rows)
        _, owners, masks = _lines(plan, schedule, k, space, rows)
        ok = tuple(_party_ok(owners, masks, p) for p in range(len(plan.parties)))
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
    _bounded(_PREPARED, 8)
    _PREPARED[cache_key] = tuple(built)
    return _PREPARED[cache_key]


def _uncertainty(
    plan: SimulationPlan, schedule: int, k: int
) -> tuple[str, tuple[str, str | None], UncertaintyModel]:
    """The phase's uncertainty model, a fingerprint of its preferences and its draw keys (cached).

    See :func:`~truce.simulation.draws.draw_keys` for the keys.
    """
    from truce.model.uncertainty import UncertaintyModel

    key = (plan.key, schedule, k)
    if key not in _MODELS:
        _bounded(_MODELS, 64)
        scenario = plan.schedules[schedule][k].scenario
        belief = None if plan.red_line_belief is None else dict(plan.red_line_belief)
        model = UncertaintyModel.from_scenario(scenario, parties=plan.parties, red_line_belief=belief)
        uniform = all(
            party.reservation_value.distribution == "uniform"
            for party in scenario.parties
            if party.id in plan.parties
        )
        _MODELS[key] = (
            fingerprint(*(p.model_dump_json() for p in scenario.preferences)),
            draw_keys(model, plan.sample_red_lines, uniform),
            model,
        )
    return _MODELS[key]


# -- the chunk's own draws --------------------------------------------------------


class _ChunkDraws:
    """One chunk's draws, shared by the phases of its schedule.

    Phases with the same preferences (a shock moved only reservation values or
    red lines) share one sample of utilities and its ladders; a red line keeps,
    in every phase, whether it holds in the first phase that has it.
    """

    def __init__(self, plan: SimulationPlan, schedule: int, seed: np.random.SeedSequence, n: int) -> None:
        self.plan, self.schedule, self.seed, self.n = plan, schedule, seed, n
        self.rows = _candidate_rows(plan) if plan.sample_preferences else None
        self.ladders: dict[str, tuple[FloatArray, tuple[OfferLadder, ...]]] = {}
        self.draws: dict[str, ChunkDraw] = {}
        self.units: dict[str, ChunkDraw] = {}
        self.holds: dict[str, BoolArray] = {}
        self.memo: dict[tuple[int, bytes, bytes], AllowedIndex] = {}

    def phase(self, k: int, base: PhaseSetting) -> PhaseSetting:
        plan, n = self.plan, self.n
        reservation = np.broadcast_to(base.reservation, (n, len(plan.parties)))
        if not (plan.sample_preferences or plan.sample_reservation or plan.sample_red_lines):
            return _with(
                base, reservation, base.utilities, base.ladders, base.red_line_ok, None, base.allowed
            )
        same, keys, model = _uncertainty(plan, self.schedule, k)
        sample = self._draw(model, *keys)
        if plan.sample_reservation:
            reservation = sample.reservation
        utilities, ladders = base.utilities, base.ladders
        if self.rows is not None:
            if same not in self.ladders:
                sampled = candidate_utilities(model, sample.blocks, self.rows)
                self.ladders[same] = (
                    sampled,
                    tuple(
                        OfferLadder(sampled[:, :, p], _others(base.point_utilities, p))
                        for p in range(len(plan.parties))
                    ),
                )
            utilities, ladders = self.ladders[same]
        if not plan.sample_red_lines:
            allowed = base.allowed if self.rows is None else self._indexes(ladders, base.red_line_ok, None)
            return _with(base, reservation, utilities, ladders, base.red_line_ok, None, allowed)
        ok, row = self._red_lines(k, sample.red_lines)
        return _with(base, reservation, utilities, ladders, ok, row, self._indexes(ladders, ok, row))

    def _draw(self, model: UncertaintyModel, key: str, shared: str | None) -> ChunkDraw:
        """The phase's draws: from the same seed in every phase, one sampler pass per ``shared`` key."""
        if key not in self.draws:
            if shared is None:
                self.draws[key] = ChunkDraw.of(model, self.n, self.seed)
            else:
                if shared not in self.units:
                    self.units[shared] = ChunkDraw.of(unit_reservation(model), self.n, self.seed)
                self.draws[key] = self.units[shared].with_reservation(model)
        return self.draws[key]

    def _indexes(
        self, ladders: tuple[OfferLadder, ...], ok: tuple[BoolArray, ...], row: IntArray | None
    ) -> tuple[AllowedIndex, ...]:
        return tuple(
            self._allowed(ladder, ok[p], None if row is None else row[p]) for p, ladder in enumerate(ladders)
        )

    def _red_lines(self, k: int, holds: BoolArray) -> tuple[tuple[BoolArray, ...], IntArray]:
        """Per party: allowed candidates per pattern of its red lines that hold, and each run's pattern."""
        ids, owners, masks = _lines(self.plan, self.schedule, k)
        for j, line in enumerate(ids):
            self.holds.setdefault(line, holds[:, j])
        held = np.stack([self.holds[line] for line in ids], axis=1) if ids else np.ones((self.n, 0), bool)
        ok, rows = [], []
        for p in range(len(self.plan.parties)):
            if not (owners == p).any():
                ok.append(_party_ok(owners, masks, p))
                rows.append(np.zeros(self.n, dtype=np.int64))
                continue
            patterns, inverse = np.unique(held[:, owners == p], axis=0, return_inverse=True)
            pattern_holds = np.ones((patterns.shape[0], len(ids)), dtype=bool)
            pattern_holds[:, owners == p] = patterns
            ok.append(np.concatenate([_party_ok(owners, masks, p, h) for h in pattern_holds]))
            rows.append(np.asarray(inverse, dtype=np.int64).ravel())
        return tuple(ok), np.stack(rows)

    def _allowed(self, ladder: OfferLadder, mask: BoolArray, run_row: IntArray | None) -> AllowedIndex:
        key = (
            id(ladder),
            np.packbits(mask).tobytes() + bytes(mask.shape),
            b"" if run_row is None else run_row.tobytes(),
        )
        if key not in self.memo:
            self.memo[key] = ladder.allowed(mask, run_row)
        return self.memo[key]


def _with(
    base: PhaseSetting,
    reservation: FloatArray,
    utilities: FloatArray,
    ladders: tuple[OfferLadder, ...],
    red_line_ok: tuple[BoolArray, ...],
    red_line_row: IntArray | None,
    allowed: tuple[AllowedIndex, ...],
) -> PhaseSetting:
    return PhaseSetting(
        start_round=base.start_round,
        utilities=utilities,
        reservation=np.ascontiguousarray(reservation),
        red_line_ok=red_line_ok,
        ladders=ladders,
        allowed=allowed,
        texts=base.texts,
        point_utilities=base.point_utilities,
        red_line_row=red_line_row,
    )


def _chunk_setting(plan: SimulationPlan, schedule: int, combo: int, chunk: int) -> Setting:
    n = min(plan.chunk_size, plan.runs - chunk * plan.chunk_size)
    uncertainty_seed, play_seed = plan.seed_of(combo, chunk).spawn(2)
    draws = _ChunkDraws(plan, schedule, uncertainty_seed, n)
    return Setting(
        phases=tuple(draws.phase(k, base) for k, base in enumerate(_shared_phases(plan, schedule))),
        rounds=plan.rounds,
        discount=np.asarray(plan.discount),
        runs=n,
        rng=np.random.default_rng(play_seed),
    )
