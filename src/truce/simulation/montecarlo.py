"""Monte Carlo simulation of a negotiation: many runs, several strategy combinations, shocks.

Runs are played in chunks, each chunk advancing all its negotiations together
as numpy arrays (one loop over rounds and parties, none over runs).  When the
scenario's estimates carry ranges, every run draws its own weights, option
values and reservation values from them
(:class:`~truce.model.uncertainty.UncertaintyModel`); the parties then offer
among at most ``max_offers`` candidate outcomes (all of them in smaller
spaces, the offer ladders otherwise, see
:func:`~truce.simulation.offers.ladder_candidates`).  Without ranges all runs
share one table and offers range over the whole space.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from truce.errors import TruceError
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario
from truce.simulation.executors import Executor, executor_for
from truce.simulation.plan import ChunkResult, SimulationPlan, choose_candidates, fingerprint, play_chunk
from truce.simulation.protocols import protocol_named
from truce.simulation.results import (
    ComboSummary,
    ShockEffect,
    SimulationResult,
    rounds_histogram,
    utility_summary,
)
from truce.simulation.shocks import phases, scheduled_shocks
from truce.simulation.strategies import Negotiator, parse_negotiator

__all__ = ["DEFAULT_STRATEGIES", "FULL_SPACE_LIMIT", "build_plan", "simulate"]

DEFAULT_STRATEGIES = ("boulware", "linear", "conceder")
FULL_SPACE_LIMIT = 1 << 21
"""Largest outcome space offered over in full when all runs share one utility table."""
LADDER_LIMIT = 1 << 24
"""Largest outcome space the offer ladders are built from."""


def _has_ranges(scenario: Scenario, parties: Sequence[str]) -> tuple[bool, bool]:
    preferences = [scenario.preference(p) for p in parties]
    estimates = [
        e
        for pref in preferences
        if pref is not None
        for e in [
            *pref.weights.values(),
            *(v for values in pref.values.values() for v in values.values()),
            *(i.value for i in pref.interactions),
        ]
    ]
    reservation = [party.reservation_value for party in scenario.parties if party.id in parties]
    return any(e.range for e in estimates), any(e.range for e in reservation)


def _negotiator_grid(
    parties: Sequence[str], strategies: Mapping[str, Sequence[str | Negotiator]] | None
) -> tuple[tuple[Negotiator, ...], ...]:
    given = dict(strategies or {})
    unknown = sorted(set(given) - set(parties))
    if unknown:
        raise TruceError(f"unknown party {unknown[0]!r} in --strategy", hint="use one of " + ", ".join(parties))
    per_party = []
    for party in parties:
        specs = given.get(party) or DEFAULT_STRATEGIES
        per_party.append([s if isinstance(s, Negotiator) else parse_negotiator(s) for s in specs])
    return tuple(tuple(combo) for combo in itertools.product(*per_party))


def build_plan(
    scenario: Scenario,
    *,
    runs: int = 1000,
    seed: int = 0,
    rounds: int = 100,
    strategies: Mapping[str, Sequence[str | Negotiator]] | None = None,
    protocol: str | None = None,
    start: dt.date | None = None,
    rounds_per_day: float = 1.0,
    uncertainty: bool = True,
    shock_effects: bool = True,
    max_offers: int = 512,
) -> SimulationPlan:
    """Check the parameters and lay out the simulation (see :func:`simulate`)."""
    if runs < 1:
        raise TruceError(f"the number of runs must be at least 1, got {runs}", hint="e.g. --runs 1000")
    if rounds < 1:
        raise TruceError(f"the deadline must be at least 1 round, got {rounds}", hint="e.g. --rounds 100")
    if seed < 0:
        raise TruceError(f"the seed must be a non-negative integer, got {seed}", hint="e.g. --seed 0")
    parties = tuple(p.id for p in scenario.negotiators)
    protocol_name = protocol or ("alternating" if len(parties) == 2 else "round-robin")
    protocol_named(protocol_name, len(parties))
    combos = _negotiator_grid(parties, strategies)
    shocks = scheduled_shocks(scenario, start, rounds_per_day, rounds)
    schedules = [phases(scenario, start, shocks)]
    if shock_effects:
        schedules += [phases(scenario, start, shocks[:k] + shocks[k + 1 :]) for k in range(len(shocks))]
    preference_ranges, reservation_ranges = _has_ranges(scenario, parties)
    sample_preferences = uncertainty and preference_ranges
    spaces = [OutcomeSpace.from_scenario(phase.scenario, parties=parties) for phase in schedules[0]]
    limit = max_offers if sample_preferences else FULL_SPACE_LIMIT
    if spaces[0].size > max(limit, LADDER_LIMIT):
        raise TruceError(
            f"the outcome space has {spaces[0].size:,} outcomes, more than the simulation enumerates ({LADDER_LIMIT:,})",
            hint="merge options or drop issues that do not matter for the question",
        )
    candidates = choose_candidates(spaces, limit)
    size = spaces[0].size if candidates is None else len(candidates)
    chunk_size = int(max(64, min(4096, (1 << 20) // max(size, 1)))) if sample_preferences else 4096
    discount = tuple(next(p for p in scenario.parties if p.id == pid).discount_factor for pid in parties)
    key = fingerprint(
        scenario.model_dump_json(), runs, seed, rounds, protocol_name, [[n.label for n in c] for c in combos],
        start, rounds_per_day, uncertainty, shock_effects, max_offers,
    )
    return SimulationPlan(
        parties=parties,
        schedules=tuple(schedules),
        shocks=shocks,
        candidates=candidates,
        rounds=rounds,
        protocol=protocol_name,
        combos=combos,
        runs=runs,
        seed=seed,
        chunk_size=chunk_size,
        sample_preferences=sample_preferences,
        sample_reservation=uncertainty and reservation_ranges,
        discount=discount,
        start=start,
        rounds_per_day=rounds_per_day,
        key=key,
    )


def simulate(
    scenario: Scenario,
    *,
    runs: int = 1000,
    seed: int = 0,
    rounds: int = 100,
    strategies: Mapping[str, Sequence[str | Negotiator]] | None = None,
    protocol: str | None = None,
    executor: str | Executor = "inline",
    workers: int | None = None,
    start: dt.date | None = None,
    rounds_per_day: float = 1.0,
    uncertainty: bool = True,
    shock_effects: bool = True,
    max_offers: int = 512,
    top: int = 10,
    progress: Callable[[int, int], None] | None = None,
) -> SimulationResult:
    """Simulate ``runs`` negotiations per strategy combination.

    Parameters
    ----------
    strategies
        Negotiators per party id (``NAME[:key=value,...]``, see
        :func:`~truce.simulation.strategies.parse_negotiator`); several per
        party make a grid of combinations.  Parties not named get Boulware,
        linear and Conceder.
    protocol
        ``alternating`` (default for two parties), ``round-robin`` (default
        otherwise) or ``single-text``.
    executor
        ``inline``, ``local`` (``workers`` processes) or ``dask://HOST:PORT``.
    start, rounds_per_day
        Date of round 0 and pace; timeline shocks after ``start`` apply from
        their round on.  Without ``start`` the scenario is simulated as given.
    uncertainty
        Draw weights, values and reservation values per run from their ranges.
    shock_effects
        Replay without each shock to report which shocks changed the outcome.
    """
    plan = build_plan(
        scenario, runs=runs, seed=seed, rounds=rounds, strategies=strategies, protocol=protocol, start=start,
        rounds_per_day=rounds_per_day, uncertainty=uncertainty, shock_effects=shock_effects, max_offers=max_offers,
    )
    runner = executor_for(executor, workers) if isinstance(executor, str) else executor
    tasks = [task for s in range(len(plan.schedules)) for task in plan.tasks(s)]
    results = runner.map(play_chunk, plan, tasks, progress)
    per_schedule = len(plan.tasks(0))
    grouped = [results[s * per_schedule : (s + 1) * per_schedule] for s in range(len(plan.schedules))]
    return summarise(plan, grouped, scenario, top=top)


def _joined(chunks: Sequence[ChunkResult]) -> ChunkResult:
    return ChunkResult(
        np.concatenate([c.agreed for c in chunks]),
        np.concatenate([c.round for c in chunks]),
        np.concatenate([c.outcome for c in chunks]),
        np.concatenate([c.payoff for c in chunks]),
    )


def summarise(
    plan: SimulationPlan, grouped: Sequence[Sequence[ChunkResult]], scenario: Scenario, *, top: int = 10
) -> SimulationResult:
    """Pool chunk results (in task order) into a :class:`SimulationResult`."""
    actual = _joined(grouped[0])
    per_combo = plan.chunks_per_combo
    combos = []
    for c, negotiators in enumerate(plan.combos):
        part = _joined(grouped[0][c * per_combo : (c + 1) * per_combo])
        steps = part.round[part.agreed] + 1
        combos.append(
            ComboSummary(
                strategies={p: n.label for p, n in zip(plan.parties, negotiators, strict=True)},
                runs=int(part.agreed.size),
                agreements=int(part.agreed.sum()),
                mean_steps=float(steps.mean()) if steps.size else None,
                utility_mean=tuple(float(v) for v in part.payoff.mean(axis=0)),
            )
        )
    total = int(actual.agreed.size)
    counts = Counter(actual.outcome[actual.agreed].tolist())
    space = plan.space
    outcomes = tuple(
        (space.outcome_ids(space.decode(np.array([number]))[0]), count / total)
        for number, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]
    )
    shocks = []
    for k, shock in enumerate(plan.shocks):
        if k + 1 >= len(grouped):
            break
        without = _joined(grouped[k + 1])
        changed = (without.agreed != actual.agreed) | (without.outcome != actual.outcome) | (without.round != actual.round)
        shocks.append(
            ShockEffect(
                date=shock.event.date.isoformat(),
                title=shock.event.title,
                round=shock.round,
                changed=float(changed.mean()),
                agreement_rate_without=float(without.agreed.mean()),
            )
        )
    from truce import __version__

    provenance = {
        "truce": __version__,
        "scenario": scenario.id,
        "scenario_sha256": fingerprint(scenario.model_dump_json()),
        "seed": plan.seed,
        "runs_per_combination": plan.runs,
        "rounds": plan.rounds,
        "protocol": plan.protocol,
        "start": _start_of(plan),
        "rounds_per_day": plan.rounds_per_day,
        "strategy_combinations": len(plan.combos),
        "sampled_preferences": plan.sample_preferences,
        "sampled_reservation_values": plan.sample_reservation,
        "candidate_outcomes": space.size if plan.candidates is None else len(plan.candidates),
        "outcome_space": space.size,
        "chunk_size": plan.chunk_size,
    }
    return SimulationResult(
        parties=plan.parties,
        runs=total,
        agreements=int(actual.agreed.sum()),
        rounds_to_agreement=rounds_histogram(actual.round[actual.agreed], plan.rounds),
        outcomes=outcomes,
        utility=utility_summary(actual.payoff),
        by_strategy=tuple(combos),
        shocks=tuple(shocks),
        provenance=provenance,
    )


def _start_of(plan: SimulationPlan) -> str | None:
    return plan.start.isoformat() if plan.start is not None else None
