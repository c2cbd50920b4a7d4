"""Sampling the analysts' uncertainty: utility tables drawn from the scenario's estimates.

Every :class:`~truce.model.estimate.Estimate` of the negotiating parties (issue
weights, option values, reservation values, interaction terms) is drawn from
its range and distribution:

* ``uniform`` on ``[low, high]``;
* ``triangular`` on ``[low, high]`` with its mode at ``value`` (inverse CDF);
* ``beta`` on ``[low, high]`` with its mean at ``value`` and concentration
  ``κ``: ``low + (high - low) B`` with ``B ~ Beta(κ m, κ (1 - m))``,
  ``m = (value - low) / (high - low)`` (a mean at an end of the range is a
  point mass there).

An estimate without a range is its value in every sample.  A party's sampled
weights are divided by their sum, so they sum to 1 again (the marginal of each
weight is then no longer exactly its stated distribution); a party whose
preference sets ``weight_concentration`` ``κ`` instead draws its weights jointly
from a Dirichlet with parameters ``κ w`` (mean at the point weights, Gelman et
al. 2013, ch. 23), ignoring the weights' ranges.

Red lines hold in every sample unless a *belief* is given: a red line whose
confidence is ``c`` then holds in a share ``belief[c]`` of the samples,
independently (``firm`` is always 1).  Compatibility constraints between
options (``constraints`` of the scenario) are not red lines: they always hold.

Samples come in batches (:class:`TableSample`: samples × per-issue tables), so
memory stays bounded.  Randomness comes only from the injected
:class:`numpy.random.Generator`: it seeds one child generator per block of
:data:`BLOCK` samples, so the numbers do not depend on the batch size, and a
seed gives the same samples on every run and executor.

Sampled utilities sit on the sampling grid of
:class:`~truce.model.outcomes.OutcomeSpace` (:attr:`~truce.model.outcomes.OutcomeSpace.grid_scale`,
a multiple of the exact integer scale, no coarser than about 2**-40): each
sampled table is the space's exact table on that grid plus the rounded
difference between the sampled and the point value.  With no uncertainty every
sample is therefore exactly the point model, and acceptance matches the deterministic agreement zone even for
outcomes tied with a reservation value.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import numpy as np
import numpy.typing as npt

from truce.errors import TruceError
from truce.model.estimate import Estimate
from truce.model.outcomes import OutcomeSpace

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

DEFAULT_RED_LINE_BELIEF: Mapping[str, float] = {
    "firm": 1.0, "reported": 0.7, "disputed": 0.3, "unverified": 0.1,
}
"""Share of samples in which a red line of each confidence holds when a belief is asked for
without naming every level; confidences not listed (``estimate``, ``unknown``) hold always."""

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

_T = TypeVar("_T", np.float64, np.int64)
_UNIFORM, _TRIANGULAR, _BETA = 0, 1, 2
_KINDS = {"uniform": _UNIFORM, "triangular": _TRIANGULAR, "beta": _BETA}


def parse_red_line_belief(text: str) -> dict[str, float]:
    """Parse ``reported=0.7,disputed=0.3`` into a belief (defaults fill the levels not named).

    Raises
    ------
    TruceError
        For an unknown confidence level, a missing ``=`` or a share outside [0, 1].
    """
    from truce.model.elements import Confidence

    levels = Confidence.__args__  # type: ignore[attr-defined]
    belief = dict(DEFAULT_RED_LINE_BELIEF)
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or name not in levels:
            raise TruceError(
                f"cannot read {part!r} as confidence=share",
                field="red_line_belief",
                hint=f"write e.g. reported=0.7,disputed=0.3 with levels from {', '.join(levels)}",
            )
        try:
            share = float(value)
        except ValueError:
            share = math.nan
        if not 0.0 <= share <= 1.0:
            raise TruceError(
                f"share {value.strip()!r} for {name!r} is not a number in [0, 1]",
                field="red_line_belief",
                hint="give the share of samples in which such a red line holds, between 0 and 1",
            )
        if name == "firm" and share != 1.0:
            raise TruceError("firm red lines always hold", field="red_line_belief", hint="leave out firm=")
        belief[name] = share
    return belief


@dataclass(frozen=True)
class TableSample:
    """A batch of sampled utility models of one outcome space.

    ``float_tables[i][s, o, p]`` is party ``p``'s sampled weighted utility
    from option ``o`` of issue ``i`` in sample ``s``; ``tables`` holds the
    same on the exact integer grid.  ``red_lines[s, k]`` says whether red
    line ``k`` holds in sample ``s``.  ``start`` numbers the first sample.
    """

    space: OutcomeSpace
    start: int
    float_tables: tuple[FloatArray, ...]
    tables: tuple[IntArray, ...]
    reservation: FloatArray
    quantized_reservation: IntArray
    interactions: FloatArray
    quantized_interactions: IntArray
    red_lines: BoolArray

    @property
    def size(self) -> int:
        return int(self.reservation.shape[0])

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
        for k, term in enumerate(self.space.interactions):
            hit = np.ones(rows.shape[0], dtype=bool)
            for issue, option in term.options:
                hit &= rows[:, issue] == option
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


@dataclass(frozen=True)
class _Estimates:
    """Estimates laid out flat: point value, range, distribution code and concentration."""

    point: FloatArray
    low: FloatArray
    high: FloatArray
    kind: npt.NDArray[np.int8]
    concentration: FloatArray

    @classmethod
    def of(cls, estimates: list[Estimate]) -> _Estimates:
        return cls(
            np.array([e.value for e in estimates], dtype=np.float64),
            np.array([e.low for e in estimates], dtype=np.float64),
            np.array([e.high for e in estimates], dtype=np.float64),
            np.array([_KINDS[e.distribution] for e in estimates], dtype=np.int8),
            np.array([e.concentration for e in estimates], dtype=np.float64),
        )

    def draw(self, rng: np.random.Generator, n: int) -> FloatArray:
        """``n`` samples of every estimate (n × estimates)."""
        out = np.broadcast_to(self.point, (n, len(self.point))).copy()
        uncertain = self.high > self.low
        for kind in (_UNIFORM, _TRIANGULAR):
            idx = np.flatnonzero(uncertain & (self.kind == kind))
            if len(idx) == 0:
                continue
            u = rng.random((n, len(idx)))
            low, high, mode = self.low[idx], self.high[idx], self.point[idx]
            if kind == _UNIFORM:
                out[:, idx] = low + u * (high - low)
            else:
                width = high - low
                split = (mode - low) / width
                left = low + np.sqrt(u * width * (mode - low))
                right = high - np.sqrt((1.0 - u) * width * (high - mode))
                out[:, idx] = np.where(u < split, left, right)
        idx = np.flatnonzero(uncertain & (self.kind == _BETA))
        mean = (self.point[idx] - self.low[idx]) / (self.high[idx] - self.low[idx])
        inner = idx[(mean > 0.0) & (mean < 1.0)]
        if len(inner):
            m = (self.point[inner] - self.low[inner]) / (self.high[inner] - self.low[inner])
            k = self.concentration[inner]
            b = rng.beta(k * m, k * (1.0 - m), size=(n, len(inner)))
            out[:, inner] = self.low[inner] + b * (self.high[inner] - self.low[inner])
        return out


@dataclass(frozen=True)
class UncertaintyModel:
    """The estimates behind an outcome space's tables, ready to be sampled.

    Build it with :meth:`from_scenario`; :meth:`sample` yields batches.
    Layout per party ``p``: ``weights[p]`` (issues), ``values[p]`` (options of
    all issues, issue by issue), then the reservation values and the
    interaction terms of the space.
    """

    space: OutcomeSpace
    weights: tuple[_Estimates, ...]
    dirichlet: tuple[float | None, ...]
    values: tuple[_Estimates, ...]
    reservation: _Estimates
    interactions: _Estimates
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
        weights: list[_Estimates] = []
        values: list[_Estimates] = []
        dirichlet: list[float | None] = []
        terms: list[Estimate] = []
        zero = Estimate(value=0.0)
        for party_id in space.parties:
            preference = scenario.preference(party_id)
            assert preference is not None  # from_scenario checked it
            weights.append(_Estimates.of([preference.weights[i.id] for i in scenario.issues]))
            values.append(
                _Estimates.of(
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
            _Estimates.of(reservation),
            _Estimates.of(terms),
            belief,
        )

    @classmethod
    def certain(cls, space: OutcomeSpace) -> UncertaintyModel:
        """A model whose every sample is ``space`` itself (no estimate has a range)."""
        n_issues = len(space.issues)
        weights, values = [], []
        for p in range(space.n_parties):
            weights.append(_Estimates.of([Estimate(value=1.0)] * n_issues))
            values.append(
                _Estimates.of([Estimate(value=float(v)) for t in space.float_tables for v in t[:, p]])
            )
        return cls(
            space,
            tuple(weights),
            (None,) * space.n_parties,
            tuple(values),
            _Estimates.of([Estimate(value=float(r)) for r in space.reservation]),
            _Estimates.of([Estimate(value=t.value) for t in space.interactions]),
            np.ones(len(space.red_lines)),
        )

    @property
    def is_certain(self) -> bool:
        """True when every sample equals the point model."""
        groups = [*self.weights, *self.values, self.reservation, self.interactions]
        return (
            all(bool((g.high <= g.low).all()) for g in groups)
            and all(d is None for d in self.dirichlet)
            and bool((self.red_line_belief >= 1.0).all())
        )

    def _draw_weights(self, rng: np.random.Generator, p: int, n: int) -> FloatArray:
        estimates = self.weights[p]
        concentration = self.dirichlet[p]
        if concentration is not None:
            alpha = concentration * estimates.point
            gamma = np.zeros((n, len(alpha)))
            positive = alpha > 0
            gamma[:, positive] = rng.standard_gamma(alpha[positive], size=(n, int(positive.sum())))
            return np.asarray(gamma / gamma.sum(axis=1, keepdims=True))
        drawn = estimates.draw(rng, n)
        if (estimates.high > estimates.low).any():
            drawn /= drawn.sum(axis=1, keepdims=True)
        return drawn

    def _block(self, rng: np.random.Generator, start: int, n: int) -> TableSample:
        space = self.space
        radix = space.radix
        offsets = np.concatenate([[0], np.cumsum(radix)])
        float_tables = [np.empty((n, r, space.n_parties)) for r in radix]
        for p in range(space.n_parties):
            w = self._draw_weights(rng, p, n)
            v = self.values[p].draw(rng, n)
            for i in range(len(radix)):
                float_tables[i][:, :, p] = w[:, i, None] * v[:, offsets[i] : offsets[i + 1]]
        reservation = self.reservation.draw(rng, n)
        terms = self.interactions.draw(rng, n)
        holds = rng.random((n, len(space.red_lines))) < self.red_line_belief
        # on the grid: exact table + quantized departure from the point value, so
        # a sample equal to the point model is exactly the point model
        tables = tuple(
            space.grid_tables[i][None] + space.to_grid(float_tables[i] - space.float_tables[i][None])
            for i in range(len(radix))
        )
        point_terms = np.array([t.value for t in space.interactions], dtype=np.float64)
        return TableSample(
            space=space,
            start=start,
            float_tables=tuple(float_tables),
            tables=tables,
            reservation=reservation,
            quantized_reservation=(space.grid_reservation[None]
                                   + space.to_grid(reservation - space.reservation)),
            interactions=terms,
            quantized_interactions=(space.grid_interactions[None]
                                    + _interaction_grid(space, terms - point_terms)),
            red_lines=holds,
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
                parts.append(_slice(whole, lo, hi))
            yield parts[0] if len(parts) == 1 else _concatenate(parts)


def _slice(sample: TableSample, lo: int, hi: int) -> TableSample:
    if lo == 0 and hi == sample.size:
        return sample
    return TableSample(
        space=sample.space,
        start=sample.start + lo,
        float_tables=tuple(t[lo:hi] for t in sample.float_tables),
        tables=tuple(t[lo:hi] for t in sample.tables),
        reservation=sample.reservation[lo:hi],
        quantized_reservation=sample.quantized_reservation[lo:hi],
        interactions=sample.interactions[lo:hi],
        quantized_interactions=sample.quantized_interactions[lo:hi],
        red_lines=sample.red_lines[lo:hi],
    )


def _concatenate(parts: list[TableSample]) -> TableSample:
    def cat(arrays: list[npt.NDArray[np.generic]]) -> npt.NDArray[np.generic]:
        return np.concatenate(arrays, axis=0)

    n_issues = len(parts[0].tables)
    return TableSample(
        space=parts[0].space,
        start=parts[0].start,
        float_tables=tuple(np.asarray(cat([p.float_tables[i] for p in parts])) for i in range(n_issues)),
        tables=tuple(np.asarray(cat([p.tables[i] for p in parts]), dtype=np.int64) for i in range(n_issues)),
        reservation=np.asarray(cat([p.reservation for p in parts]), dtype=np.float64),
        quantized_reservation=np.asarray(cat([p.quantized_reservation for p in parts]), dtype=np.int64),
        interactions=np.asarray(cat([p.interactions for p in parts]), dtype=np.float64),
        quantized_interactions=np.asarray(cat([p.quantized_interactions for p in parts]), dtype=np.int64),
        red_lines=np.asarray(cat([p.red_lines for p in parts]), dtype=bool),
    )


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


def _interaction_grid(space: OutcomeSpace, departures: FloatArray) -> IntArray:
    """Departures of interaction terms (samples × terms) rounded to each term's party grid."""
    scale = np.array([space.grid_scale[t.party] for t in space.interactions], dtype=np.float64)
    return np.rint(departures * scale).astype(np.int64)
