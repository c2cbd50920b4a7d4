"""Sampling the analysts' uncertainty: utility tables drawn from the scenario's estimates.

Every :class:`~truce.model.estimate.Estimate` of the negotiating parties (issue
weights, option values, reservation values, interaction terms) is drawn from
its range and distribution (:mod:`truce.model.distributions`: uniform,
triangular, beta, and Dirichlet weights); red lines hold in a share of the
samples set by a belief per confidence level (:mod:`truce.model.red_line_belief`).

Samples come in batches (:class:`~truce.model.table_sample.TableSample`:
samples × per-issue tables), so memory stays bounded.  Randomness comes only
from the injected :class:`numpy.random.Generator`: it seeds one child generator
per block of :data:`BLOCK` samples, so the numbers do not depend on the batch
size, and a seed gives the same samples on every run and executor.  With no
uncertainty every sample is exactly the point model, on the sampling grid too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from truce.arrays import FloatArray
from truce.errors import TruceError
from truce.model.distributions import EstimateArrays, draw_weights
from truce.model.estimate import Estimate
from truce.model.outcomes import OutcomeSpace
from truce.model.red_line_belief import DEFAULT_RED_LINE_BELIEF, parse_red_line_belief
from truce.model.table_sample import TableSample, concatenate

if TYPE_CHECKING:
    from truce.model.scenario import Scenario

__all__ = [
    "BLOCK",
    "DEFAULT_RED_LINE_BELIEF",
    "TableSample",
    "UncertaintyModel",
    "parse_red_line_belief",
    "sample_tables",
]

BLOCK = 256
"""Samples drawn from one child generator; batches are cut from these blocks."""


@dataclass(frozen=True)
class UncertaintyModel:
    """The estimates behind an outcome space's tables, ready to be sampled.

    Build it with :meth:`from_scenario`; :meth:`sample` yields batches.
    Layout per party ``p``: ``weights[p]`` (issues), ``values[p]`` (options of
    all issues, issue by issue), then the reservation values and the
    interaction terms of the space.
    """

    space: OutcomeSpace
    weights: tuple[EstimateArrays, ...]
    dirichlet: tuple[float | None, ...]
    values: tuple[EstimateArrays, ...]
    reservation: EstimateArrays
    interactions: EstimateArrays
    red_line_belief: FloatArray

    @classmethod
    def from_scenario(
        cls,
        scenario: Scenario,
        *,
        parties: tuple[str, ...] | None = None,
        red_line_belief: Mapping[str, float] | None = None,
    ) -> UncertaintyModel:
        """Collect the estimates of ``scenario``'s negotiating parties.

        ``red_line_belief`` maps confidence levels to the share of samples in
        which such a red line holds; None means every red line always holds.
        """
        space = OutcomeSpace.from_scenario(scenario, parties=parties)
        weights: list[EstimateArrays] = []
        values: list[EstimateArrays] = []
        dirichlet: list[float | None] = []
        terms: list[Estimate] = []
        zero = Estimate(value=0.0)
        for party_id in space.parties:
            preference = scenario.preference(party_id)
            assert preference is not None  # from_scenario checked it
            weights.append(EstimateArrays.of([preference.weights[i.id] for i in scenario.issues]))
            values.append(
                EstimateArrays.of(
                    [
                        preference.values.get(issue.id, {}).get(option, zero)
                        for issue in scenario.issues
                        for option in issue.option_ids
                    ]
                )
            )
            dirichlet.append(preference.weight_concentration)
            terms.extend(term.value for term in preference.interactions)
        reservation = []
        for party_id in space.parties:
            party = scenario.party(party_id)
            assert party is not None
            reservation.append(party.reservation_value)
        belief = np.ones(len(space.red_lines))
        if red_line_belief is not None:
            # compatibility constraints between options (scenario.constraints) are not
            # red lines: they always hold
            by_id = {r.id: r for r in scenario.red_lines}
            for k, constraint in enumerate(space.red_lines):
                line = by_id.get(constraint.id)
                if line is not None and line.confidence != "firm":
                    belief[k] = red_line_belief.get(line.confidence, 1.0)
        return cls(
            space,
            tuple(weights),
            tuple(dirichlet),
            tuple(values),
            EstimateArrays.of(reservation),
            EstimateArrays.of(terms),
            belief,
        )

    @classmethod
    def certain(cls, space: OutcomeSpace) -> UncertaintyModel:
        """A model whose every sample is ``space`` itself (no estimate has a range)."""
        n_issues = len(space.issues)
        weights, values = [], []
        for p in range(space.n_parties):
            weights.append(EstimateArrays.of([Estimate(value=1.0)] * n_issues))
            values.append(
                EstimateArrays.of([Estimate(value=float(v)) for t in space.float_tables for v in t[:, p]])
            )
        return cls(
            space,
            tuple(weights),
            (None,) * space.n_parties,
            tuple(values),
            EstimateArrays.of([Estimate(value=float(r)) for r in space.reservation]),
            EstimateArrays.of([Estimate(value=t.value) for t in space.interactions]),
            np.ones(len(space.red_lines)),
        )

    def _block(self, rng: np.random.Generator, start: int, n: int) -> TableSample:
        space = self.space
        radix = space.radix
        offsets = np.concatenate([[0], np.cumsum(radix)])
        float_tables = [np.empty((n, r, space.n_parties)) for r in radix]
        for p in range(space.n_parties):
            w = draw_weights(self.weights[p], self.dirichlet[p], rng, n)
            v = self.values[p].draw(rng, n)
            for i in range(len(radix)):
                float_tables[i][:, :, p] = w[:, i, None] * v[:, offsets[i] : offsets[i + 1]]
        return TableSample(  # drawn in this order: reservation values, interaction terms, red lines
            space=space,
            start=start,
            float_tables=tuple(float_tables),
            reservation=self.reservation.draw(rng, n),
            interactions=self.interactions.draw(rng, n),
            red_lines=rng.random((n, len(space.red_lines))) < self.red_line_belief,
        )

    def sample(self, n: int, rng: np.random.Generator, *, chunk: int = 4096) -> Iterator[TableSample]:
        """``n`` samples in batches of at most ``chunk``; see :func:`sample_tables`."""
        if n < 0:
            raise TruceError(f"the number of samples must be at least 0, got {n}", field="samples")
        if chunk < 1:
            raise TruceError(f"the batch size must be at least 1, got {chunk}", field="chunk")
        seeds = rng.integers(0, 2**63, size=-(-n // BLOCK), dtype=np.int64)
        cache: dict[int, TableSample] = {}

        def block(b: int) -> TableSample:
            if b not in cache:
                cache.clear()
                child = np.random.Generator(np.random.PCG64(int(seeds[b])))
                cache[b] = self._block(child, b * BLOCK, min(BLOCK, n - b * BLOCK))
            return cache[b]

        for start in range(0, n, chunk):
            stop = min(start + chunk, n)
            parts = []
            for b in range(start // BLOCK, (stop - 1) // BLOCK + 1):
                whole = block(b)
                lo = max(start, whole.start) - whole.start
                hi = min(stop, whole.start + whole.size) - whole.start
                parts.append(whole.window(lo, hi))
            yield parts[0] if len(parts) == 1 else concatenate(parts)


def sample_tables(
    source: Scenario | OutcomeSpace | UncertaintyModel,
    n: int,
    rng: np.random.Generator,
    *,
    chunk: int = 4096,
    red_line_belief: Mapping[str, float] | None = None,
) -> Iterator[TableSample]:
    """Draw ``n`` utility models from the estimates of ``source``, ``chunk`` at a time.

    Parameters
    ----------
    source
        A scenario (its negotiating parties), a prebuilt
        :class:`UncertaintyModel`, or an outcome space (no uncertainty: every
        sample is the space itself).
    n
        Number of samples.
    rng
        The only source of randomness; the samples do not depend on ``chunk``.
    chunk
        Largest batch yielded.
    red_line_belief
        For a scenario: share of samples in which a red line of each
        confidence holds (:data:`DEFAULT_RED_LINE_BELIEF`); None: always.

    Yields
    ------
    TableSample
        Consecutive batches; ``start`` numbers each batch's first sample.

    Examples
    --------
    >>> import numpy as np, truce
    >>> scenario = truce.load_scenario("gaza-ceasefire-2024")
    >>> batches = list(sample_tables(scenario, 1000, np.random.default_rng(7), chunk=400))
    >>> [b.size for b in batches], batches[0].tables[0].shape[1:]
    ([400, 400, 200], (5, 2))
    """
    if isinstance(source, UncertaintyModel):
        model = source
    elif isinstance(source, OutcomeSpace):
        model = UncertaintyModel.certain(source)
    else:
        model = UncertaintyModel.from_scenario(source, red_line_belief=red_line_belief)
    return model.sample(n, rng, chunk=chunk)
