"""The outcome space of a scenario as numpy arrays.

An outcome picks one option per issue.  Outcomes are numbered in mixed radix
(the last issue varies fastest), so the whole space is the integer range
``[0, size)`` and is never materialised at once: engines either work issue by
issue (the additive structure) or enumerate it in chunks.

Utilities are kept twice: as floats (``float_tables``, what users see) and as
integers on a fixed grid of ``2**-UTILITY_BITS`` (``tables``).  Integer sums are
associative, so whether one outcome dominates another does not depend on the
order in which an engine adds the issues up; a float sum in another order can
differ in the last bit and turn a tie into a strict preference.  The grid
(about 1e-12) is far below any meaningful difference in an estimate.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from truce.errors import ScenarioError

if TYPE_CHECKING:
    from truce.model.elements import Party
    from truce.model.redlines import RedLineExpression
    from truce.model.scenario import Scenario

__all__ = ["UTILITY_BITS", "InteractionTerm", "OutcomeSpace", "RedLineConstraint", "quantize"]

UTILITY_BITS = 40
_SCALE = float(2**UTILITY_BITS)

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def quantize(values: npt.ArrayLike) -> IntArray:
    """Utilities on the integer grid used for exact comparisons."""
    return np.rint(np.asarray(values, dtype=np.float64) * _SCALE).astype(np.int64)


@dataclass(frozen=True)
class InteractionTerm:
    """A pairwise (or higher) term of one party: ``value`` when all ``options`` are chosen."""

    party: int
    options: tuple[tuple[int, int], ...]  # (issue index, option index)
    value: float


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
    issues plus any interaction terms.
    """

    issues: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    parties: tuple[str, ...]
    float_tables: tuple[FloatArray, ...]
    reservation: FloatArray
    red_lines: tuple[RedLineConstraint, ...] = ()
    interactions: tuple[InteractionTerm, ...] = ()

    @classmethod
    def from_scenario(cls, scenario: Scenario, *, parties: Sequence[str] | None = None) -> OutcomeSpace:
        """Build the space of ``scenario``'s negotiating parties (in scenario order)."""
        party_ids = tuple(parties) if parties is not None else tuple(p.id for p in scenario.negotiators)
        tables: list[FloatArray] = []
        interactions: list[InteractionTerm] = []
        issue_index = {issue.id: i for i, issue in enumerate(scenario.issues)}
        for issue in scenario.issues:
            table = np.zeros((len(issue.options), len(party_ids)))
            for p, party_id in enumerate(party_ids):
                preference = scenario.preference(party_id)
                if preference is None:
                    raise ScenarioError(f"party {party_id!r} has no preferences", field="preferences")
                weight = preference.weights[issue.id].value
                values = preference.values.get(issue.id, {})
                for o, option in enumerate(issue.options):
                    estimate = values.get(option.id)
                    table[o, p] = weight * (estimate.value if estimate is not None else 0.0)
            tables.append(table)
        for p, party_id in enumerate(party_ids):
            preference = scenario.preference(party_id)
            assert preference is not None
            for term in preference.interactions:
                options = tuple(
                    (issue_index[i], scenario.issues[issue_index[i]].option_ids.index(o))
                    for i, o in term.when.items()
                )
                interactions.append(InteractionTerm(p, options, term.value.value))
        reservation = np.array(
            [_party(scenario, pid).reservation_value.value for pid in party_ids], dtype=np.float64
        )
        red_lines = tuple(
            RedLineConstraint(red_line.id, red_line.party, expression)
            for red_line, expression in scenario.compiled_red_lines
        )
        return cls(
            issues=scenario.issue_ids,
            options=tuple(issue.option_ids for issue in scenario.issues),
            parties=party_ids,
            float_tables=tuple(tables),
            reservation=reservation,
            red_lines=red_lines,
            interactions=tuple(interactions),
        )

    # -- shape ----------------------------------------------------------------

    @property
    def radix(self) -> tuple[int, ...]:
        return tuple(len(o) for o in self.options)

    @property
    def size(self) -> int:
        """Number of outcomes (a Python int: it may exceed 2**63)."""
        return math.prod(self.radix)

    @property
    def n_parties(self) -> int:
        return len(self.parties)

    @property
    def is_additive(self) -> bool:
        """True when utilities are sums of per-issue terms (no interactions)."""
        return not self.interactions

    @cached_property
    def tables(self) -> tuple[IntArray, ...]:
        """Per-issue utility tables on the exact integer grid."""
        return tuple(quantize(t) for t in self.float_tables)

    @property
    def quantized_reservation(self) -> IntArray:
        return quantize(self.reservation)

    # -- outcomes ---------------------------------------------------------------

    def decode(self, indices: npt.ArrayLike) -> IntArray:
        """Outcome numbers → option-index rows (k × n_issues)."""
        rest = np.asarray(indices, dtype=np.int64).copy()
        columns = np.empty((rest.shape[0], len(self.issues)), dtype=np.int64)
        for i in range(len(self.issues) - 1, -1, -1):
            rest, columns[:, i] = np.divmod(rest, self.radix[i])
        return columns

    def outcome_ids(self, row: Sequence[int] | npt.NDArray[np.int64]) -> dict[str, str]:
        """One option-index row as ``{issue_id: option_id}``."""
        return {
            issue: self.options[i][int(o)] for i, (issue, o) in enumerate(zip(self.issues, row, strict=True))
        }

    def chunks(self, chunk_size: int = 1 << 20) -> Iterator[IntArray]:
        """Option-index rows of every outcome, ``chunk_size`` at a time."""
        for start in range(0, self.size, chunk_size):
            stop = min(start + chunk_size, self.size)
            yield self.decode(np.arange(start, stop, dtype=np.int64))

    def _interaction_sum(self, outcomes: IntArray, values: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """Sum of interaction terms per outcome and party; ``values`` holds one per term."""
        total = np.zeros((outcomes.shape[0], self.n_parties), dtype=values.dtype)
        for term, value in zip(self.interactions, values, strict=True):
            hit = np.ones(outcomes.shape[0], dtype=bool)
            for issue, option in term.options:
                hit &= outcomes[:, issue] == option
            total[hit, term.party] += value
        return total

    def utilities(self, outcomes: npt.ArrayLike) -> FloatArray:
        """Float utilities (k × n_parties), summed in issue order."""
        rows = np.asarray(outcomes, dtype=np.int64)
        total = np.zeros((rows.shape[0], self.n_parties))
        for i, table in enumerate(self.float_tables):
            total += table[rows[:, i]]
        if self.interactions:
            total += self._interaction_sum(rows, np.array([t.value for t in self.interactions]))
        return total

    def quantized_utilities(self, outcomes: npt.ArrayLike, issues: Sequence[int] | None = None) -> IntArray:
        """Utilities on the exact integer grid (k × n_parties).

        With ``issues``, only those issues' terms are summed (interaction terms
        are always included, so they must involve only these issues).
        """
        rows = np.asarray(outcomes, dtype=np.int64)
        total = np.zeros((rows.shape[0], self.n_parties), dtype=np.int64)
        for i in range(len(self.issues)) if issues is None else issues:
            total += self.tables[i][rows[:, i]]
        if self.interactions:
            total += self._interaction_sum(rows, quantize([t.value for t in self.interactions]))
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
