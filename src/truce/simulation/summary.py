"""Pooling the chunks of a simulation into a :class:`~truce.simulation.results.SimulationResult`.

Chunk results arrive in task order (schedule, strategy combination, chunk),
whatever executor played them, so pooling is a concatenation; the replays
without each shock are compared run by run with the actual timeline (common
random numbers), so a difference is the shock's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from truce.model.scenario import Scenario
from truce.simulation.plan import ChunkResult, SimulationPlan, fingerprint
from truce.simulation.results import (
    ComboSummary,
    ShockEffect,
    SimulationResult,
    rounds_histogram,
    utility_summary,
)

__all__ = ["summarize"]


def summarize(
    plan: SimulationPlan, grouped: Sequence[Sequence[ChunkResult]], scenario: Scenario, *, top: int = 10
) -> SimulationResult:
    """Pool chunk results (``grouped[s]``: schedule ``s``, in task order) into a result."""
    actual = _joined(grouped[0])
    total = int(actual.agreed.size)
    counts = Counter(actual.outcome[actual.agreed].tolist())
    space = plan.space
    outcomes = tuple(
        (space.outcome_ids(space.decode(np.array([number]))[0]), count / total)
        for number, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]
    )
    return SimulationResult(
        parties=plan.parties,
        runs=total,
        agreements=int(actual.agreed.sum()),
        rounds_to_agreement=rounds_histogram(actual.round[actual.agreed], plan.rounds),
        outcomes=outcomes,
        utility=utility_summary(actual.payoff),
        by_strategy=_combo_summaries(plan, grouped[0]),
        shocks=_shock_effects(plan, actual, grouped[1:]),
        provenance=_provenance(plan, scenario),
    )


def _joined(chunks: Sequence[ChunkResult]) -> ChunkResult:
    return ChunkResult(
        np.concatenate([c.agreed for c in chunks]),
        np.concatenate([c.round for c in chunks]),
        np.concatenate([c.outcome for c in chunks]),
        np.concatenate([c.payoff for c in chunks]),
    )


def _combo_summaries(plan: SimulationPlan, chunks: Sequence[ChunkResult]) -> tuple[ComboSummary, ...]:
    per_combo = plan.chunks_per_combo
    found = []
    for c, negotiators in enumerate(plan.combos):
        part = _joined(chunks[c * per_combo : (c + 1) * per_combo])
        steps = part.round[part.agreed] + 1
        found.append(
            ComboSummary(
                strategies={p: n.label for p, n in zip(plan.parties, negotiators, strict=True)},
                runs=int(part.agreed.size),
                agreements=int(part.agreed.sum()),
                mean_steps=float(steps.mean()) if steps.size else None,
                utility_mean=tuple(float(v) for v in part.payoff.mean(axis=0)),
            )
        )
    return tuple(found)


def _shock_effects(
    plan: SimulationPlan, actual: ChunkResult, replays: Sequence[Sequence[ChunkResult]]
) -> tuple[ShockEffect, ...]:
    """Per shock, the runs whose agreement, round or terms differ in the replay without it."""
    found = []
    for shock, chunks in zip(plan.shocks, replays, strict=False):
        without = _joined(chunks)
        changed = (
            (without.agreed != actual.agreed)
            | (without.outcome != actual.outcome)
            | (without.round != actual.round)
        )
        found.append(
            ShockEffect(
                date=shock.event.date.isoformat(),
                title=shock.event.title,
                round=shock.round,
                changed=float(changed.mean()),
                agreement_rate_without=float(without.agreed.mean()),
            )
        )
    return tuple(found)


def _provenance(plan: SimulationPlan, scenario: Scenario) -> dict[str, Any]:
    from truce import __version__

    space = plan.space
    return {
        "truce": __version__,
        "scenario": scenario.id,
        "scenario_sha256": fingerprint(scenario.model_dump_json()),
        "seed": plan.seed,
        "runs_per_combination": plan.runs,
        "rounds": plan.rounds,
        "deadline_days": plan.deadline_days,
        "variant": plan.variant,
        "protocol": plan.protocol,
        "start": None if plan.start is None else plan.start.isoformat(),
        "rounds_per_day": plan.rounds_per_day,
        "strategy_combinations": len(plan.combos),
        "sampled_preferences": plan.sample_preferences,
        "sampled_reservation_values": plan.sample_reservation,
        "red_line_belief": None if plan.red_line_belief is None else dict(plan.red_line_belief),
        "sampled_red_lines": plan.sample_red_lines,
        "candidate_outcomes": space.size if plan.candidates is None else len(plan.candidates),
        "outcome_space": space.size,
        "chunk_size": plan.chunk_size,
    }
