"""The outcome space of a scenario as numpy arrays.

An outcome picks one option per issue.  Outcomes are numbered in mixed radix
(the last issue varies fastest), so the whole space is the integer range
``[0, size)`` and is never materialised at once: engines either work issue by
issue (the additive structure) or enumerate it in chunks.

Utilities are exact.  Every number of the model is a rational
(:attr:`~truce.model.estimate.Estimate.exact`: ``0.15`` is 3/20), so each
party's per-issue terms ``w_i v_i(o)``, interaction terms and reservation
value have a least common denominator ``D_p`` (:attr:`OutcomeSpace.scale`).
Multiplied by it they are integers (:attr:`OutcomeSpace.tables`), and sums and
comparisons of integers decide ties exactly as rational arithmetic on the
input numbers would, whatever order an engine adds the issues in.  The
integers are numpy ``int64`` when every party's largest possible utility fits
in 62 bits after scaling (:attr:`OutcomeSpace.arithmetic` is ``"int64"``; the
usual case: decimals with a few digits, GENIUS evaluations); otherwise they
are Python integers in object arrays (``"bigint"``), still exact, only slower.
Floats (:attr:`OutcomeSpace.float_tables`, :meth:`OutcomeSpace.utilities`) are
what users see, each the float nearest to the exact value.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import numpy as np

from truce.arrays import AnyArray, BoolArray, FloatArray, IntArray, ObjectArray
from truce.errors import ScenarioError
from truce.model.estimate import exact_number
from truce.model.interactions import InteractionTerm, interaction_sum

if TYPE_CHECKING:
    import numpy.typing as npt

    from truce.model.elements import Party
    from truce.model.redlines import RedLineExpression
    from truce.model.scenario import Scenario

__all__ = ["InteractionTerm", "OutcomeSpace", "RedLineConstraint", "exact_floats"]


_INT64_BOUND = 1 << 61
"""Largest scaled utility kept in int64: differences and sums of two stay below 2**62."""
_FLOAT_EXACT = 1 << 53
_GRID_BITS = 40


def exact_floats(integers: AnyArray, scale: Sequence[int]) -> FloatArray:
    """``integers / scale`` (per column) as the nearest floats, correctly rounded."""
    array = np.asarray(integers)
    denominators = np.asarray(scale, dtype=object)
    if array.size == 0:
        return np.zeros(array.shape, dtype=np.float64)
    if array.dtype != object and max(scale) < _FLOAT_EXACT and int(np.abs(array).max()) < _FLOAT_EXACT:
        return np.asarray(array.astype(np.float64) / np.asarray(scale, dtype=np.float64))
    out = np.empty(array.shape, dtype=np.float64)
    for index, value in np.ndenumerate(array):
        out[index] = float(Fraction(int(value), int(denominators[index[-1]])))
    return out


@dataclass(frozen=True)
class RedLineConstraint:
    """A compiled red line of one party."""

    id: str
    party: str
    expression: RedLineExpression


@dataclass(frozen=True)
class OutcomeSpace:
    """Issues, options and per-party utility tables of the negotiating parties.

    ``float_tables[i][o, p]`` is party ``p``'s weighted utility ``w_i v_i(o)``
    from option ``o`` of issue ``i``; the utility of an outcome is the sum over
    issues plus any interaction terms.  ``exact_tables`` and
    ``exact_reservation`` hold the same numbers as fractions; when they are
    not given, each float stands for the shortest decimal that gives it back
    (:func:`~truce.model.estimate.exact_number`).
    """

    issues: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    parties: tuple[str, ...]
    float_tables: tuple[FloatArray, ...]
    reservation: FloatArray
    red_lines: tuple[RedLineConstraint, ...] = ()
    interactions: tuple[InteractionTerm, ...] = ()
    exact_tables: tuple[ObjectArray, ...] | None = None
    exact_reservation: tuple[Fraction, ...] | None = None

    @classmethod
    def from_scenario(cls, scenario: Scenario, *, parties: Sequence[str] | None = None) -> OutcomeSpace:
        """Build the space of ``scenario``'s negotiating parties (in scenario order)."""
        party_ids = tuple(parties) if parties is not None else tuple(p.id for p in scenario.negotiators)
        exact: list[ObjectArray] = []
        interactions: list[InteractionTerm] = []
        issue_index = {issue.id: i for i, issue in enumerate(scenario.issues)}
        preferences = []
        for party_id in party_ids:
            preference = scenario.preference(party_id)
            if preference is None:
                raise ScenarioError(f"party {party_id!r} has no preferences", field="preferences")
            preferences.append(preference)
        for issue in scenario.issues:
            table = np.full((len(issue.options), len(party_ids)), Fraction(0), dtype=object)
            for p, preference in enumerate(preferences):
                weight = preference.weights[issue.id].exact
                values = preference.values.get(issue.id, {})
                for o, option in enumerate(issue.options):
                    estimate = values.get(option.id)
                    if estimate is not None:
                        table[o, p] = weight * estimate.exact
            exact.append(table)
        for p, preference in enumerate(preferences):
            for term in preference.interactions:
                options = tuple(
                    (issue_index[i], scenario.issues[issue_index[i]].option_ids.index(o))
                    for i, o in term.when.items()
                )
                interactions.append(InteractionTerm(p, options, term.value.value, term.value.exact))
        reservation = tuple(_party(scenario, pid).reservation_value.exact for pid in party_ids)
        red_lines = tuple(
            RedLineConstraint(red_line.id, red_line.party, expression)
            for red_line, expression in scenario.compiled_red_lines
        )
        return cls(
            issues=scenario.issue_ids,
            options=tuple(issue.option_ids for issue in scenario.issues),
            parties=party_ids,
            float_tables=tuple(t.astype(np.float64) for t in exact),
            reservation=np.array([float(r) for r in reservation], dtype=np.float64),
            red_lines=red_lines,
            interactions=tuple(interactions),
            exact_tables=tuple(exact),
            exact_reservation=reservation,
        )

    # -- shape ----------------------------------------------------------------

    @property
    def radix(self) -> tuple[int, ...]:
        """Number of options of each issue, in issue order (the mixed radix of outcome indices)."""
        return tuple(len(o) for o in self.options)

    @property
    def size(self) -> int:
        """Number of outcomes (a Python int: it may exceed 2**63)."""
        return math.prod(self.radix)

    @property
    def n_parties(self) -> int:
        """Number of parties whose utilities the space holds."""
        return len(self.parties)

    @property
    def is_additive(self) -> bool:
        """True when utilities are sums of per-issue terms (no interactions)."""
        return not self.interactions

    # -- exact integers ----------------------------------------------------------

    @cached_property
    def _fractions(self) -> tuple[tuple[ObjectArray, ...], tuple[Fraction, ...], tuple[Fraction, ...]]:
        """Per-issue tables, reservation values and interaction values as fractions."""
        if self.exact_tables is not None:
            tables = self.exact_tables
        else:
            tables = tuple(
                np.vectorize(exact_number, otypes=[object])(t) if t.size else t.astype(object)
                for t in self.float_tables
            )
        reservation = (
            self.exact_reservation
            if self.exact_reservation is not None
            else tuple(exact_number(float(r)) for r in self.reservation)
        )
        return tables, reservation, tuple(t.exact_value for t in self.interactions)

    @cached_property
    def scale(self) -> tuple[int, ...]:
        """Per party, the least common denominator ``D_p`` of all its utility terms."""
        tables, reservation, interactions = self._fractions
        scale = []
        for p in range(self.n_parties):
            denominators = {r.denominator for r in (reservation[p],)}
            for table in tables:
                denominators.update(f.denominator for f in table[:, p])
            denominators.update(v.denominator for t, v in zip(self.interactions, interactions, strict=True)
                                if t.party == p)
            scale.append(math.lcm(*denominators))
        return tuple(scale)

    @cached_property
    def arithmetic(self) -> Literal["int64", "bigint"]:
        """``"int64"`` when scaled utilities fit numpy integers, else ``"bigint"`` (Python ints)."""
        return "int64" if all(self._bound(p) < _INT64_BOUND for p in range(self.n_parties)) else "bigint"

    @property
    def dtype(self) -> type:
        """numpy dtype of the integer utilities."""
        return np.int64 if self.arithmetic == "int64" else object

    def _scaled(self, fractions: Sequence[Fraction] | ObjectArray) -> AnyArray:
        """Fractions (last axis: parties) times each party's scale, as integers."""
        array = np.asarray(fractions, dtype=object)
        scaled = np.empty(array.shape, dtype=object)
        for index, value in np.ndenumerate(array):
            scaled[index] = int(value * self.scale[index[-1]])
        return scaled.astype(self.dtype)

    @cached_property
    def tables(self) -> tuple[AnyArray, ...]:
        """Per-issue utility tables as exact integers: ``w_i v_i(o) * D_p``."""
        return tuple(self._scaled(t) for t in self._fractions[0])

    @cached_property
    def integer_reservation(self) -> AnyArray:
        """Reservation values as exact integers (``r_p * D_p``)."""
        return self._scaled(self._fractions[1])

    @cached_property
    def integer_interactions(self) -> AnyArray:
        """Interaction term values as exact integers on their party's scale (``v * D_p``), one per term."""
        fractions = zip(self.interactions, self._fractions[2], strict=True)
        return np.array([int(v * self.scale[t.party]) for t, v in fractions], dtype=self.dtype)

    def reservation_floor(self, reservation: Sequence[float | Fraction] | npt.ArrayLike) -> AnyArray:
        """Integer thresholds ``ceil(r_p * D_p)``: ``U >= floor`` exactly when ``U / D_p >= r_p``."""
        values = [r if isinstance(r, Fraction) else exact_number(r) for r in np.asarray(reservation).tolist()]
        return np.array([math.ceil(r * d) for r, d in zip(values, self.scale, strict=True)], dtype=self.dtype)

    # -- the sampling grid -------------------------------------------------------

    @cached_property
    def grid_scale(self) -> tuple[int, ...]:
        """Per party, integer units per utility 1 on the grid samplers use.

        ``D_p * M_p`` with ``M_p`` the largest power of two that keeps the grid
        no coarser than about 2**-40 and scaled utilities within int64; so the
        point model sits exactly on the grid (:attr:`grid_tables` are
        :attr:`tables` times ``M_p``) and sampled departures from it are
        rounded to the grid.  With ``"bigint"`` arithmetic the grid is 2**-40
        and the point model is rounded to it too.
        """
        if self.arithmetic == "bigint":
            return (1 << _GRID_BITS,) * self.n_parties
        return tuple(d * self._grid_multiplier(p) for p, d in enumerate(self.scale))

    def _grid_multiplier(self, party: int) -> int:
        d = self.scale[party]
        bound = max(1, self._bound(party))  # largest |scaled utility| of this party
        multiplier = 1
        while d * multiplier * 2 <= 1 << _GRID_BITS and bound * multiplier * 2 < _INT64_BOUND >> 4:
            multiplier *= 2
        return multiplier

    def _bound(self, party: int) -> int:
        tables, reservation, interactions = self._fractions
        total = abs(reservation[party]) + sum(
            (max((abs(f) for f in table[:, party]), default=Fraction(0)) for table in tables), Fraction(0)
        )
        own = (abs(v) for t, v in zip(self.interactions, interactions, strict=True) if t.party == party)
        total += sum(own, Fraction(0))
        return math.ceil(total * self.scale[party])

    def to_grid(self, values: npt.ArrayLike) -> IntArray:
        """Float utilities (last axis: parties) rounded to the sampling grid."""
        scaled = np.asarray(values, dtype=np.float64) * np.asarray(self.grid_scale, dtype=np.float64)
        return np.rint(scaled).astype(np.int64)

    def _on_grid(self, integers: AnyArray, floats: FloatArray) -> IntArray:
        if self.arithmetic == "bigint":
            return self.to_grid(floats)
        return np.asarray(integers, dtype=np.int64) * np.array(
            [self._grid_multiplier(p) for p in range(self.n_parties)], dtype=np.int64
        )

    @cached_property
    def grid_tables(self) -> tuple[IntArray, ...]:
        """Per-issue tables on the sampling grid (see :attr:`grid_scale`)."""
        return tuple(self._on_grid(t, f) for t, f in zip(self.tables, self.float_tables, strict=True))

    @cached_property
    def grid_reservation(self) -> IntArray:
        """Reservation values on the sampling grid."""
        return self._on_grid(self.integer_reservation, self.reservation)

    @cached_property
    def grid_interactions(self) -> IntArray:
        """Interaction term values on the sampling grid, one per term."""
        if self.arithmetic == "int64":
            values = [int(v) * self._grid_multiplier(t.party)
                      for t, v in zip(self.interactions, self.integer_interactions, strict=True)]
        else:
            values = [int(np.rint(float(v) * (1 << _GRID_BITS))) for v in self._fractions[2]]
        return np.array(values, dtype=np.int64)

    def to_floats(self, integers: AnyArray) -> FloatArray:
        """Integer utilities (k × n_parties) as the nearest floats."""
        return exact_floats(integers, self.scale)

    def to_fractions(self, integers: AnyArray) -> ObjectArray:
        """Integer utilities (k × n_parties) as exact fractions."""
        array = np.asarray(integers)
        out = np.empty(array.shape, dtype=object)
        for index, value in np.ndenumerate(array):
            out[index] = Fraction(int(value), self.scale[index[-1]])
        return out

    # -- outcomes ---------------------------------------------------------------

    def decode(self, indices: npt.ArrayLike) -> IntArray:
        """Outcome numbers → option-index rows (k × n_issues)."""
        rest = np.asarray(indices, dtype=np.int64).copy()
        columns = np.empty((rest.shape[0], len(self.issues)), dtype=np.int64)
        for i in range(len(self.issues) - 1, -1, -1):
            rest, columns[:, i] = np.divmod(rest, self.radix[i])
        return columns

    def outcome_ids(self, row: Sequence[int] | IntArray) -> dict[str, str]:
        """One option-index row as ``{issue_id: option_id}``."""
        return {
            issue: self.options[i][int(o)] for i, (issue, o) in enumerate(zip(self.issues, row, strict=True))
        }

    def chunks(self, chunk_size: int = 1 << 20) -> Iterator[IntArray]:
        """Option-index rows of every outcome, ``chunk_size`` at a time."""
        for start in range(0, self.size, chunk_size):
            stop = min(start + chunk_size, self.size)
            yield self.decode(np.arange(start, stop, dtype=np.int64))

    def utilities(self, outcomes: npt.ArrayLike) -> FloatArray:
        """Utilities (k × n_parties), each the float nearest to the exact value."""
        return self.to_floats(self.integer_utilities(outcomes))

    def integer_utilities(self, outcomes: npt.ArrayLike,
                          issues: Sequence[int] | None = None) -> AnyArray:
        """Exact utilities scaled by :attr:`scale` (k × n_parties integers).

        With ``issues``, only those issues' terms are summed (interaction terms
        are always included, so they must involve only these issues).
        """
        rows = np.asarray(outcomes, dtype=np.int64)
        total: AnyArray = np.zeros((rows.shape[0], self.n_parties), dtype=self.dtype)
        for i in range(len(self.issues)) if issues is None else issues:
            total += self.tables[i][rows[:, i]]
        if self.interactions:
            total += interaction_sum(self.interactions, rows, self.integer_interactions, self.n_parties)
        return total

    def red_line_masks(self, outcomes: IntArray) -> BoolArray:
        """Which outcomes satisfy each red line (k × n_red_lines)."""
        columns = {issue: outcomes[:, i] for i, issue in enumerate(self.issues)}
        masks = np.ones((outcomes.shape[0], len(self.red_lines)), dtype=bool)
        for k, red_line in enumerate(self.red_lines):
            masks[:, k] = red_line.expression.evaluate(columns)
        return masks

    def respects_red_lines(self, outcomes: IntArray) -> BoolArray:
        """Outcomes that cross no party's red line."""
        return np.asarray(self.red_line_masks(outcomes).all(axis=1))


def _party(scenario: Scenario, party_id: str) -> Party:
    party = scenario.party(party_id)
    if party is None:
        raise ScenarioError(f"unknown party {party_id!r}", field="parties")
    return party
