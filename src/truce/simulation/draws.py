"""The uncertainty draws of one chunk of runs, shared by the phases of its schedule.

Every phase of a schedule draws from the same seed with its own
:class:`~truce.model.uncertainty.UncertaintyModel`, so phases whose
estimates are equal get equal draws, and a phase differs from the one
before only by its shock.  A chunk runs the sampler once per distinct set of
estimates, and, when phases differ only in reservation values drawn
uniformly (the flagship's shocks move a party's value of no deal), once for
all of them: the sampler is run with those reservation values drawn on
``[0, 1)``, which gives the uniform numbers themselves, and each phase's
estimates then turn the same numbers into its reservation values with the
sampler's own rule (:meth:`ChunkDraw.with_reservation`), bit for bit what a
pass of the sampler with the phase's model would give.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import numpy as np

from truce.arrays import BoolArray, FloatArray, IntArray
from truce.model.interactions import interaction_hits

if TYPE_CHECKING:
    from truce.model.uncertainty import TableSample, UncertaintyModel

__all__ = ["ChunkDraw", "candidate_utilities", "draw_keys", "unit_reservation"]


def _digest(model: UncertaintyModel, red_lines: bool, reservation: bool) -> hashlib._Hash:
    digest = hashlib.sha256(repr(model.dirichlet).encode())
    groups = (
        *model.weights,
        *model.values,
        model.interactions,
        *((model.reservation,) if reservation else ()),
    )
    for group in groups:
        for array in (group.point, group.low, group.high, group.kind, group.concentration):
            digest.update(array.tobytes())
    if red_lines:
        digest.update(model.red_line_belief.tobytes())
    return digest


def draw_keys(model: UncertaintyModel, red_lines: bool, uniform_reservation: bool) -> tuple[str, str | None]:
    """What a model's draws from one seed depend on, with and without its reservation values.

    The first key covers every estimate (and the red-line beliefs when red
    lines are drawn): equal keys, equal draws.  The second leaves out the
    reservation values' ranges, keeping which of them are uncertain; it is
    None unless every uncertain reservation value is drawn uniformly
    (``uniform_reservation``), the case :meth:`ChunkDraw.with_reservation`
    replays.
    """
    full = _digest(model, red_lines, True).hexdigest()
    if not uniform_reservation:
        return full, None
    shared = _digest(model, red_lines, False)
    shared.update((model.reservation.high > model.reservation.low).tobytes())
    return full, shared.hexdigest()


def unit_reservation(model: UncertaintyModel) -> UncertaintyModel:
    """``model`` with its uncertain reservation values drawn on ``[0, 1)``: draws that are uniform numbers."""
    reservation = model.reservation
    uncertain = reservation.high > reservation.low
    unit = dataclasses.replace(
        reservation,
        point=np.where(uncertain, 0.5, 0.0),
        low=np.zeros_like(reservation.low),
        high=uncertain.astype(np.float64),
    )
    return dataclasses.replace(model, reservation=unit)


class _Replay:
    """Stands in for a generator: hands back uniform numbers drawn before."""

    def __init__(self, uniform: FloatArray) -> None:
        self.uniform = uniform

    def random(self, size: tuple[int, int]) -> FloatArray:
        if tuple(size) != self.uniform.shape:
            raise ValueError(f"replayed draws have shape {self.uniform.shape}, {size} asked for")
        return self.uniform


@dataclass(frozen=True)
class ChunkDraw:
    """One model's draws for a chunk: the sampler's blocks, and what the phases read of them."""

    blocks: tuple[TableSample, ...]
    reservation: FloatArray
    red_lines: BoolArray

    @classmethod
    def of(cls, model: UncertaintyModel, n: int, seed: np.random.SeedSequence) -> ChunkDraw:
        """Run the sampler for ``n`` runs from ``seed``."""
        from truce.model.uncertainty import BLOCK

        # batches of one block: the sampler then hands its blocks over without concatenating them
        blocks = tuple(model.sample(n, np.random.default_rng(seed), chunk=BLOCK))
        return cls(
            blocks,
            np.concatenate([b.reservation for b in blocks]),
            np.concatenate([b.red_lines for b in blocks]),
        )

    def with_reservation(self, model: UncertaintyModel) -> ChunkDraw:
        """These draws (of :func:`unit_reservation`'s model) with ``model``'s reservation values.

        The uniform numbers are this draw's reservation values; ``model``'s
        estimates turn them into its own with the sampler's rule.
        """
        reservation = model.reservation
        uncertain = reservation.high > reservation.low
        uniform = np.ascontiguousarray(self.reservation[:, uncertain])
        n = self.reservation.shape[0]
        drawn = reservation.draw(cast("np.random.Generator", _Replay(uniform)), n)
        return dataclasses.replace(self, reservation=drawn)


def candidate_utilities(model: UncertaintyModel, blocks: Sequence[TableSample], rows: IntArray) -> FloatArray:
    """Sampled utilities of the candidates, ``n x M x P``, built block by block (in cache)."""
    # summed issue by issue, in issue order (no BLAS: the same bits on every machine),
    # parties first so that each gather reads contiguous rows
    n, parties = sum(block.size for block in blocks), model.space.n_parties
    utilities = np.empty((n, rows.shape[0], parties))
    terms = model.space.interactions
    hits = interaction_hits(terms, rows)
    start = 0
    for block in blocks:
        by_party = np.zeros((parties, block.size, rows.shape[0]))
        for i, table in enumerate(block.float_tables):
            by_party += np.take(np.ascontiguousarray(table.transpose(2, 0, 1)), rows[:, i], axis=2)
        part = utilities[start : start + block.size]
        part[...] = by_party.transpose(1, 2, 0)
        for k, (term, hit) in enumerate(zip(terms, hits, strict=True)):
            part[:, hit, term.party] += block.interactions[:, k, None]
        start += block.size
    return utilities
