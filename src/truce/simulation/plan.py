"""A simulation plan: everything needed to play any chunk of a simulation, anywhere.

The plan is small and picklable: the scenario in each phase, the candidate
outcomes, the negotiators and the seed.  Executors ship it to workers, which
build the arrays (:mod:`truce.simulation.setting`) and play chunks of
``chunk_size`` runs (:func:`truce.simulation.chunk.play_chunk`).  Chunk ``j``
draws from ``SeedSequence(seed).spawn(n)[j]`` only, and chunk boundaries do
not depend on the executor, so a seed gives bit-identical results on every
executor and any number of workers.  A
counterfactual schedule (the timeline without one shock) replays every chunk
with the same seeds (common random numbers), so a difference is the shock's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from truce.arrays import BoolArray, FloatArray, IntArray
from truce.model.outcomes import OutcomeSpace
from truce.simulation.offers import ladder_candidates
from truce.simulation.shocks import Phase, ScheduledShock
from truce.simulation.strategies import Negotiator

__all__ = [
    "CHUNK_BYTES",
    "ChunkResult",
    "SimulationPlan",
    "choose_candidates",
    "chunk_size_for",
    "fingerprint",
]

CHUNK_BYTES = 10 << 20
"""Bytes of per-run tables a chunk may hold (sampled utilities, offer ladders, their indexes).

Every turn reads these tables at random positions, one or more per run; a
chunk whose tables fit in its share of the last-level cache (a quarter of a
32 MiB L3 shared by two workers and the rest of the machine) reads them from
cache rather than from memory.  Fixed rather than read from the machine, so
that a seed gives the same chunks, and so the same results, everywhere.
"""
MIN_CHUNK, MAX_CHUNK = 256, 4096
"""Bounds on runs per chunk: below 256 Python's per-turn overhead dominates; 4,096 is plenty."""


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
    ``red_line_belief`` (confidence level → probability) makes each red line
    of that confidence hold in a run with that probability;
    ``sample_red_lines`` says whether any red line is so uncertain.
    ``variant`` names the variant simulated (applied in every schedule) and
    ``deadline_days`` the deadline in days when it was so given (``rounds``
    is then derived from it).
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
    red_line_belief: tuple[tuple[str, float], ...] | None = None
    sample_red_lines: bool = False
    variant: str | None = None
    deadline_days: float | None = None

    @property
    def chunks_per_combo(self) -> int:
        """Chunks per strategy combination: ``runs`` in chunks of ``chunk_size`` (the last may be shorter)."""
        return -(-self.runs // self.chunk_size)

    def tasks(self, schedule: int) -> list[tuple[int, int, int]]:
        """(schedule, combo, chunk) of every chunk of one schedule."""
        return [(schedule, c, k) for c in range(len(self.combos)) for k in range(self.chunks_per_combo)]

    @property
    def task_count(self) -> int:
        """Chunks in all: schedules x strategy combinations x chunks per combination."""
        return len(self.schedules) * len(self.combos) * self.chunks_per_combo

    def all_tasks(self) -> Iterator[tuple[int, int, int]]:
        """(schedule, combo, chunk) of every chunk, schedule by schedule, generated as needed."""
        for schedule in range(len(self.schedules)):
            for combo in range(len(self.combos)):
                for chunk in range(self.chunks_per_combo):
                    yield schedule, combo, chunk

    def seed_of(self, combo: int, chunk: int) -> np.random.SeedSequence:
        """Child ``combo * chunks_per_combo + chunk`` of ``SeedSequence(seed).spawn(...)``, built directly."""
        return np.random.SeedSequence(self.seed, spawn_key=(combo * self.chunks_per_combo + chunk,))

    @cached_property
    def space(self) -> OutcomeSpace:
        """The outcome space of the plan's parties in the first phase of the timeline as given."""
        return OutcomeSpace.from_scenario(self.schedules[0][0].scenario, parties=self.parties)


def fingerprint(*parts: object) -> str:
    """A 16-hex-digit SHA-256 key of the parts' string forms, the same in every process."""
    text = json.dumps([str(p) for p in parts], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def chunk_size_for(candidates: int, parties: int, *, per_run_tables: bool) -> int:
    """Runs per chunk: as many as fit :data:`CHUNK_BYTES` of per-run tables, in multiples of 256.

    With sampled preferences each run has its own tables: per candidate and
    party, a float64 utility and, in the party's offer ladder, a float64
    sorted utility, an int64 search key, an int32 sort position, an int32
    next-allowed position and a one-byte allowed flag (33 bytes).  Without,
    every run shares one table and a run's state is a few numbers.
    """
    if not per_run_tables:
        return MAX_CHUNK
    per_run = 33 * candidates * parties
    runs = CHUNK_BYTES // max(per_run, 1) // MIN_CHUNK * MIN_CHUNK
    return int(min(MAX_CHUNK, max(MIN_CHUNK, runs)))


def choose_candidates(
    spaces: Sequence[OutcomeSpace], limit: int, uncertain: frozenset[str] = frozenset()
) -> IntArray | None:
    """All outcomes when there are at most ``limit``, else the offer ladders (:func:`ladder_candidates`)."""
    return None if spaces[0].size <= limit else ladder_candidates(spaces, limit, uncertain)
