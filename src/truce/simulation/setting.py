"""The arrays one chunk of negotiations is played on.

For each phase of the schedule (the scenario between two shocks): every
party's utility of every candidate outcome (one row shared by all runs, or one
row per run when preferences are sampled), reservation values per run, which
candidates cross none of each party's red lines, and each party's offer
ladder.  Built inside the worker from a :class:`~truce.simulation.plan.SimulationPlan`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from truce.arrays import BoolArray, FloatArray, IntArray
from truce.simulation.offers import AllowedIndex, OfferLadder

__all__ = ["PhaseSetting", "Setting"]


@dataclass(frozen=True)
class PhaseSetting:
    """One phase: utilities, reservation values, red lines and ladders.

    ``utilities`` is ``rows x M x P`` with ``rows`` 1 (shared) or the number of
    runs; ``reservation`` is ``runs x P``; ``red_line_ok[p]`` (``R x M``) marks
    the candidates crossing none of party ``p``'s red lines (and none of the
    scenario's constraints), one row per pattern of red lines that hold, with
    ``red_line_row[p, run]`` the row of each run (None: one row for every run).
    """

    start_round: int
    utilities: FloatArray
    reservation: FloatArray
    red_line_ok: tuple[BoolArray, ...]
    ladders: tuple[OfferLadder, ...]
    allowed: tuple[AllowedIndex, ...]
    texts: IntArray  # candidates a mediator may put forward (efficient, crossing no red line)
    point_utilities: FloatArray  # M x P, the analysts' point estimates (what a mediator knows)
    red_line_row: IntArray | None = None
    _bounds: dict[int, tuple[FloatArray, FloatArray]] = field(default_factory=dict, repr=False, compare=False)

    def _rows(self, runs: IntArray) -> IntArray:
        return runs if self.utilities.shape[0] > 1 else np.zeros_like(runs)

    def utility(self, runs: IntArray, candidates: IntArray, party: int) -> FloatArray:
        """Party's utility of ``candidates`` (one per run; ``nan`` for -1)."""
        value = self.utilities[self._rows(runs), np.maximum(candidates, 0), party]
        return np.where(candidates >= 0, value, np.nan)

    def acceptable(self, runs: IntArray, candidates: IntArray, party: int) -> BoolArray:
        """At least the party's reservation value and crossing none of its red lines."""
        ok = candidates >= 0
        safe = np.maximum(candidates, 0)
        return np.asarray(
            ok
            & self.red_line_ok[party][self._red_line_rows(runs, party), safe]
            & (self.utilities[self._rows(runs), safe, party] >= self.reservation[runs, party])
        )

    def _red_line_rows(self, runs: IntArray, party: int) -> IntArray:
        return np.zeros_like(runs) if self.red_line_row is None else self.red_line_row[party, runs]

    def acceptable_to_all(self, runs: IntArray, candidates: IntArray) -> BoolArray:
        """Where the candidate (one per run) is :meth:`acceptable` to every party."""
        ok = np.ones(runs.shape[0], dtype=bool)
        for p in range(len(self.ladders)):
            ok &= self.acceptable(runs, candidates, p)
        return ok

    def bounds(self, runs: IntArray, party: int) -> tuple[FloatArray, FloatArray]:
        """``u_max`` and ``u_min`` (worst allowed outcome or reservation value, whichever is higher).

        Fixed for a phase, so worked out once for every run of the chunk and then looked up.
        """
        if party not in self._bounds:
            every = np.arange(self.reservation.shape[0])
            u_max, worst = self.ladders[party].bounds(every, self.allowed[party])
            u_min = np.fmax(worst, self.reservation[every, party])
            self._bounds[party] = (u_max, np.minimum(u_min, u_max))
        u_max, u_min = self._bounds[party]
        return u_max[runs], u_min[runs]


@dataclass(frozen=True)
class Setting:
    """Everything one chunk needs: phases, deadline, discount factors, strategies' generator."""

    phases: tuple[PhaseSetting, ...]
    rounds: int
    discount: FloatArray  # per party
    runs: int
    rng: np.random.Generator

    def time(self, round_: int) -> float:
        """Normalised time of a round: ``(round + 1) / (rounds + 1)`` (NegMAS's SAO convention)."""
        return (round_ + 1) / (self.rounds + 1)
