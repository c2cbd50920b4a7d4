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
from collections.abc import Callable, Mapping, Sequence
from typing import TypedDict

from typing_extensions import Unpack

from truce.arrays import IntArray
from truce.errors import TruceError
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario
from truce.simulation.chunk import play_chunk
from truce.simulation.executors import Executor, executor_for
from truce.simulation.plan import SimulationPlan, choose_candidates, chunk_size_for, fingerprint
from truce.simulation.protocols import protocol_named
from truce.simulation.results import SimulationResult
from truce.simulation.shocks import Phase, ScheduledShock, deadline_rounds, phases, scheduled_shocks
from truce.simulation.strategies import Negotiator, parse_negotiator
from truce.simulation.summary import summarize

__all__ = ["DEFAULT_STRATEGIES", "FULL_SPACE_LIMIT", "PlanOptions", "build_plan", "simulate"]


DEFAULT_STRATEGIES = ("boulware", "linear", "conceder")
FULL_SPACE_LIMIT = 1 << 21
"""Largest outcome space offered over in full when all runs share one utility table."""
LADDER_LIMIT = 1 << 24
"""Largest outcome space the offer ladders are built from."""
MAX_ROUNDS = 100_000
"""Longest deadline in rounds (a round is one turn of every party, for every run of a chunk)."""


def _has_ranges(schedule: Sequence[Phase], parties: Sequence[str]) -> tuple[bool, bool]:
    """Whether any phase has ranges on preferences, and on reservation values."""
    found = [_ranges_of(phase.scenario, parties) for phase in schedule]
    return any(p for p, _ in found), any(r for _, r in found)


def _ranges_of(scenario: Scenario, parties: Sequence[str]) -> tuple[bool, bool]:
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
        raise TruceError(
            f"unknown party {unknown[0]!r} in --strategy", hint="use one of " + ", ".join(parties)
        )
    per_party = []
    for party in parties:
        specs = given.get(party) or DEFAULT_STRATEGIES
        per_party.append([s if isinstance(s, Negotiator) else parse_negotiator(s) for s in specs])
    return tuple(tuple(combo) for combo in itertools.product(*per_party))


class PlanOptions(TypedDict, total=False):
    """Keyword arguments of :func:`build_plan`, also taken by :func:`simulate`."""

    runs: int
    seed: int
    rounds: int | None
    deadline_days: float | None
    variant: str | None
    strategies: Mapping[str, Sequence[str | Negotiator]] | None
    protocol: str | None
    start: dt.date | None
    rounds_per_day: float
    uncertainty: bool
    shock_effects: bool
    max_offers: int
    red_line_belief: Mapping[str, float] | None


def _check_counts(runs: int, rounds: int, seed: int) -> None:
    if runs < 1:
        raise TruceError(f"the number of runs must be at least 1, got {runs}", hint="e.g. --runs 1000")
    if rounds < 1:
        raise TruceError(f"the deadline must be at least 1 round, got {rounds}", hint="e.g. --rounds 100")
    if rounds > MAX_ROUNDS:
        raise TruceError(
            f"the deadline is {rounds:,} rounds, more than the simulation plays ({MAX_ROUNDS:,})",
            hint="give fewer rounds, fewer days or fewer rounds per day",
        )
    if seed < 0:
        raise TruceError(f"the seed must be a non-negative integer, got {seed}", hint="e.g. --seed 0")


def _schedules(
    scenario: Scenario,
    start: dt.date | None,
    rounds_per_day: float,
    rounds: int,
    variant: str | None,
    shock_effects: bool,
) -> tuple[tuple[ScheduledShock, ...], list[tuple[Phase, ...]]]:
    """The shocks inside the deadline, the timeline's phases, then the phases without each shock."""
    change = None if variant is None else scenario.variant(variant).change
    shocks = scheduled_shocks(scenario, start, rounds_per_day, rounds)
    schedules = [phases(scenario, start, shocks, change)]
    if shock_effects:
        schedules += [
            phases(scenario, start, shocks[:k] + shocks[k + 1 :], change) for k in range(len(shocks))
        ]
    return shocks, schedules


def _uncertain_red_lines(
    schedule: Sequence[Phase], parties: Sequence[str], belief: Mapping[str, float] | None
) -> frozenset[str]:
    """Ids of the negotiators' red lines that hold in some runs only under ``belief``."""
    if belief is None:
        return frozenset()
    return frozenset(
        r.id
        for phase in schedule
        for r in phase.scenario.red_lines
        if r.party in parties and r.confidence != "firm" and belief.get(r.confidence, 1.0) < 1.0
    )


def _offer_space(
    spaces: Sequence[OutcomeSpace],
    sampled_preferences: bool,
    max_offers: int,
    uncertain: frozenset[str],
) -> tuple[IntArray | None, int]:
    """Candidate outcomes (None: all of them) and the chunk size (:func:`chunk_size_for`).

    Sampled preferences or red lines limit the candidates to ``max_offers``;
    only sampled preferences give every run tables of its own.
    """
    sampled = sampled_preferences or bool(uncertain)
    limit = max_offers if sampled else FULL_SPACE_LIMIT
    if spaces[0].size > max(limit, LADDER_LIMIT):
        raise TruceError(
            f"the outcome space has {spaces[0].size:,} outcomes, "
            f"more than the simulation enumerates ({LADDER_LIMIT:,})",
            hint="merge options or drop issues that do not matter for the question",
        )
    candidates = choose_candidates(spaces, limit, uncertain)
    size = spaces[0].size if candidates is None else len(candidates)
    return candidates, chunk_size_for(size, spaces[0].n_parties, per_run_tables=sampled_preferences)


def build_plan(
    scenario: Scenario,
    *,
    runs: int = 1000,
    seed: int = 0,
    rounds: int | None = None,
    deadline_days: float | None = None,
    variant: str | None = None,
    strategies: Mapping[str, Sequence[str | Negotiator]] | None = None,
    protocol: str | None = None,
    start: dt.date | None = None,
    rounds_per_day: float = 1.0,
    uncertainty: bool = True,
    shock_effects: bool = True,
    max_offers: int = 512,
    red_line_belief: Mapping[str, float] | None = None,
) -> SimulationPlan:
    """Check the parameters and lay out the simulation (see :func:`simulate`)."""
    deadline = deadline_rounds(rounds, deadline_days, rounds_per_day)
    _check_counts(runs, deadline, seed)
    parties = tuple(p.id for p in scenario.negotiators)
    protocol_name = protocol or ("alternating" if len(parties) == 2 else "round-robin")
    protocol_named(protocol_name, len(parties))
    combos = _negotiator_grid(parties, strategies)
    shocks, schedules = _schedules(scenario, start, rounds_per_day, deadline, variant, shock_effects)
    preference_ranges, reservation_ranges = _has_ranges(schedules[0], parties)
    sample_preferences = uncertainty and preference_ranges
    spaces = [OutcomeSpace.from_scenario(phase.scenario, parties=parties) for phase in schedules[0]]
    uncertain = _uncertain_red_lines(schedules[0], parties, red_line_belief)
    candidates, chunk_size = _offer_space(spaces, sample_preferences, max_offers, uncertain)
    belief = None if red_line_belief is None else tuple(sorted(red_line_belief.items()))
    labels = [[n.label for n in c] for c in combos]
    settings = (
        *(runs, seed, deadline, protocol_name, labels),
        *(start, rounds_per_day, uncertainty, shock_effects),
    )
    return SimulationPlan(
        parties=parties,
        schedules=tuple(schedules),
        shocks=shocks,
        candidates=candidates,
        rounds=deadline,
        protocol=protocol_name,
        combos=combos,
        runs=runs,
        seed=seed,
        chunk_size=chunk_size,
        sample_preferences=sample_preferences,
        sample_reservation=uncertainty and reservation_ranges,
        discount=tuple(p.discount_factor for p in scenario.negotiators),
        start=start,
        rounds_per_day=rounds_per_day,
        key=fingerprint(scenario.model_dump_json(), *settings, max_offers, belief, variant),
        red_line_belief=belief,
        sample_red_lines=bool(uncertain),
        variant=variant,
        deadline_days=deadline_days,
    )


def simulate(
    scenario: Scenario,
    *,
    executor: str | Executor = "inline",
    workers: int | None = None,
    top: int = 10,
    progress: Callable[[int, int], None] | None = None,
    **options: Unpack[PlanOptions],
) -> SimulationResult:
    """Simulate ``runs`` negotiations per strategy combination.

    Parameters
    ----------
    executor
        ``inline``, ``local`` (``workers`` processes) or ``dask://HOST:PORT``.
    top
        How many of the most frequent agreements to report.
    progress
        Called with ``(chunks done, chunks in all)`` as chunks finish.
    **options
        :func:`build_plan`'s keywords: ``runs`` (1000), ``seed`` (0),
        ``rounds`` (the deadline, 100) or ``deadline_days`` (the deadline
        in days after ``start``: ``ceil(days x rounds_per_day)`` rounds,
        :func:`~truce.simulation.shocks.deadline_rounds`); ``variant``: the
        id of a variant of the scenario to simulate (applied on ``start``,
        after the shocks dated up to it); ``strategies``: negotiators per party
        id (``NAME[:key=value,...]``, see
        :func:`~truce.simulation.strategies.parse_negotiator`), several per
        party making a grid, Boulware, linear and Conceder for parties not
        named; ``protocol``: ``alternating`` (default for two parties),
        ``round-robin`` (default otherwise) or ``single-text``; ``start`` and
        ``rounds_per_day``: date of round 0 and pace (timeline shocks after
        ``start`` apply from their round on; without ``start`` the scenario
        is simulated as given;
        :func:`~truce.simulation.shocks.simulation_start` gives the start
        the scenario's data imply); ``uncertainty``: draw weights, values and
        reservation values per run from their ranges; ``shock_effects``:
        replay without each shock to report which shocks changed the outcome;
        ``max_offers``: candidate outcomes when preferences or red lines are
        sampled (512); ``red_line_belief``: confidence level → probability
        that a red line of that confidence holds in a run
        (:func:`~truce.model.uncertainty.parse_red_line_belief`; firm red
        lines always hold; None: every red line holds).
    """
    runner = executor_for(executor, workers) if isinstance(executor, str) else executor
    runner.check()
    plan = build_plan(scenario, **options)
    results = runner.map(play_chunk, plan, plan.all_tasks(), progress, total=plan.task_count)
    per_schedule = len(plan.combos) * plan.chunks_per_combo
    grouped = [results[s * per_schedule : (s + 1) * per_schedule] for s in range(len(plan.schedules))]
    return summarize(plan, grouped, scenario, top=top)
