"""Interaction terms of an outcome space: which outcomes carry each term, and what they add.

A term belongs to one party and adds its value to that party's utility when
every one of its options is chosen; an outcome's utility is the sum of its
per-issue terms plus the values of the terms it carries.  The value of a term
is a float, an exact integer, a grid integer or one draw per sample: the
functions here take the values and only decide which outcomes get them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from truce.arrays import AnyArray, BoolArray, IntArray
from truce.model.estimate import exact_number

__all__ = ["InteractionTerm", "interaction_hits", "interaction_sum"]


@dataclass(frozen=True)
class InteractionTerm:
    """A pairwise (or higher) term of one party: ``value`` when all ``options`` are chosen."""

    party: int
    options: tuple[tuple[int, int], ...]  # (issue index, option index)
    value: float
    exact: Fraction | None = None
    """The rational ``value`` stands for; None means ``exact_number(value)``."""

    @property
    def exact_value(self) -> Fraction:
        """The rational number of the term's value."""
        return self.exact if self.exact is not None else exact_number(self.value)


def interaction_hits(terms: Sequence[InteractionTerm], rows: IntArray) -> BoolArray:
    """Whether each outcome (option-index rows, outcomes × issues) carries each term: terms × outcomes."""
    hits = np.ones((len(terms), rows.shape[0]), dtype=bool)
    for k, term in enumerate(terms):
        for issue, option in term.options:
            hits[k] &= rows[:, issue] == option
    return hits


def interaction_sum(
    terms: Sequence[InteractionTerm], rows: IntArray, values: AnyArray, n_parties: int
) -> AnyArray:
    """What the terms add to each party's utility of each outcome (outcomes × parties).

    ``values`` holds one value per term, in any dtype (floats, exact or grid integers).
    """
    total = np.zeros((rows.shape[0], n_parties), dtype=values.dtype)
    for term, value, hit in zip(terms, values, interaction_hits(terms, rows), strict=True):
        total[hit, term.party] += value
    return total
