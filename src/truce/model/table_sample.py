"""A batch of sampled utility models: per-issue tables, reservation values, interaction terms, red lines.

Sampled utilities are floats (:attr:`TableSample.float_tables`); their copies
on the sampling grid of :class:`~truce.model.outcomes.OutcomeSpace`
(:attr:`~truce.model.outcomes.OutcomeSpace.grid_scale`, a multiple of the
exact integer scale, no coarser than about 2**-40) are computed on first use,
so a reader of floats alone (the simulation) never pays for them.  Each grid
table is the space's exact table on that grid plus the rounded difference
between the sampled and the point value: with no uncertainty every sample is
therefore exactly the point model, and acceptance matches the deterministic
agreement zone even for outcomes tied with a reservation value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from truce.arrays import BoolArray, FloatArray, IntArray
from truce.model.interactions import interaction_hits
from truce.model.outcomes import OutcomeSpace

__all__ = ["TableSample"]


_T = TypeVar("_T", np.float64, np.int64)
_GRID = ("tables", "quantized_reservation", "quantized_interactions")


@dataclass(frozen=True)
class TableSample:
    """A batch of sampled utility models of one outcome space.

    ``float_tables[i][s, o, p]`` is party ``p``'s sampled weighted utility
    from option ``o`` of issue ``i`` in sample ``s``; :attr:`tables` holds the
    same on the exact integer grid.  ``red_lines[s, k]`` says whether red
    line ``k`` holds in sample ``s``.  ``start`` numbers the first sample.
    """

    space: OutcomeSpace
    start: int
    float_tables: tuple[FloatArray, ...]
    reservation: FloatArray
    interactions: FloatArray
    red_lines: BoolArray

    @property
    def size(self) -> int:
        """Number of samples in the batch."""
        return int(self.reservation.shape[0])

    @cached_property
    def tables(self) -> tuple[IntArray, ...]:
        """Per-issue tables on the sampling grid (samples × options × parties)."""
        space = self.space
        pairs = zip(space.grid_tables, space.float_tables, strict=True)
        return tuple(grid[None] + space.to_grid(drawn - point[None])
                     for (grid, point), drawn in zip(pairs, self.float_tables, strict=True))

    @cached_property
    def quantized_reservation(self) -> IntArray:
        """Reservation values on the sampling grid (samples × parties)."""
        space = self.space
        return space.grid_reservation[None] + space.to_grid(self.reservation - space.reservation)

    @cached_property
    def quantized_interactions(self) -> IntArray:
        """Interaction term values on their parties' sampling grids (samples × terms)."""
        space = self.space
        point = np.array([t.value for t in space.interactions], dtype=np.float64)
        scale = np.array([space.grid_scale[t.party] for t in space.interactions], dtype=np.float64)
        departures = np.rint((self.interactions - point) * scale).astype(np.int64)
        return space.grid_interactions[None] + departures

    def term_extremes(self, terms: Sequence[int] | None = None, *, largest: bool = True) -> IntArray:
        """The most (``largest``) or the least that interaction ``terms`` (default: all) can add, on the grid.

        Per sample and party (samples × parties): the sum of the positive (or
        negative) values of the party's terms among ``terms``, an optimistic (or
        pessimistic) bound for outcomes whose terms are not decided yet.
        """
        total = np.zeros((self.size, self.space.n_parties), dtype=np.int64)
        bound = np.maximum if largest else np.minimum
        for t in range(len(self.space.interactions)) if terms is None else terms:
            total[:, self.space.interactions[t].party] += bound(self.quantized_interactions[:, t], 0)
        return total

    def window(self, lo: int, hi: int) -> TableSample:
        """Samples ``lo:hi`` of this batch (positions within the batch)."""
        return _slice(self, max(0, lo), min(hi, self.size))

    def utilities(self, outcomes: npt.ArrayLike) -> FloatArray:
        """Float utilities of option-index rows, samples × outcomes × parties."""
        return self._sum(np.asarray(outcomes, dtype=np.int64), self.float_tables, self.interactions)

    def quantized_utilities(self, outcomes: npt.ArrayLike) -> IntArray:
        """Utilities on the exact integer grid, samples × outcomes × parties."""
        return self._sum(np.asarray(outcomes, dtype=np.int64), self.tables, self.quantized_interactions)

    def _sum(self, rows: IntArray, tables: tuple[npt.NDArray[_T], ...],
             terms: npt.NDArray[_T]) -> npt.NDArray[_T]:
        shape = (self.size, rows.shape[0], self.space.n_parties)
        total: npt.NDArray[_T] = np.zeros(shape, dtype=tables[0].dtype)
        for i, table in enumerate(tables):
            total += table[:, rows[:, i], :]
        interactions = self.space.interactions
        for k, (term, hit) in enumerate(zip(interactions, interaction_hits(interactions, rows), strict=True)):
            total[:, hit, term.party] += terms[:, k, None]
        return total

    def acceptance(self, outcomes: npt.ArrayLike) -> BoolArray:
        """Whether each party accepts each outcome in each sample (samples × outcomes × parties).

        A party accepts when its utility reaches its reservation value and the
        outcome crosses none of its red lines that hold in that sample.
        """
        rows = np.asarray(outcomes, dtype=np.int64)
        accept = self.quantized_utilities(rows) >= self.quantized_reservation[:, None, :]
        if self.space.red_lines:
            crossed = ~self.space.red_line_masks(rows)  # outcomes × red lines
            for k, red_line in enumerate(self.space.red_lines):
                if not crossed[:, k].any():
                    continue
                # a red line of a mediator or observer binds the deal as a whole: no party accepts
                own = red_line.party in self.space.parties
                parties = [self.space.parties.index(red_line.party)] if own else ...
                accept[:, :, parties] &= ~(self.red_lines[:, k, None] & crossed[None, :, k])[..., None]
        return accept


def _slice(sample: TableSample, lo: int, hi: int) -> TableSample:
    if lo == 0 and hi == sample.size:
        return sample
    part = TableSample(
        space=sample.space,
        start=sample.start + lo,
        float_tables=tuple(t[lo:hi] for t in sample.float_tables),
        reservation=sample.reservation[lo:hi],
        interactions=sample.interactions[lo:hi],
        red_lines=sample.red_lines[lo:hi],
    )
    for name in _GRID:  # grid copies already made are cut, not made again
        made = sample.__dict__.get(name)
        if made is not None:
            part.__dict__[name] = tuple(t[lo:hi] for t in made) if isinstance(made, tuple) else made[lo:hi]
    return part


def concatenate(parts: list[TableSample]) -> TableSample:
    """The batches ``parts`` of one space, consecutive, as one batch."""
    def cat(arrays: list[npt.NDArray[np.generic]]) -> npt.NDArray[np.generic]:
        return np.concatenate(arrays, axis=0)

    n_issues = len(parts[0].float_tables)
    return TableSample(
        space=parts[0].space,
        start=parts[0].start,
        float_tables=tuple(np.asarray(cat([p.float_tables[i] for p in parts])) for i in range(n_issues)),
        reservation=np.asarray(cat([p.reservation for p in parts]), dtype=np.float64),
        interactions=np.asarray(cat([p.interactions for p in parts]), dtype=np.float64),
        red_lines=np.asarray(cat([p.red_lines for p in parts]), dtype=bool),
    )
