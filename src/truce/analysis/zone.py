"""The agreement zone: outcomes every negotiating party prefers to no deal.

An outcome is in the zone when it crosses no red line and gives every party at
least its reservation value (Raiffa 1982, the zone of possible agreement).  A
red line *binds* when dropping it alone would enlarge the zone; the gain is the
number of outcomes it excludes that would otherwise be in the zone.  A red
line that no outcome satisfies is reported as a finding, not an error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import product
from typing import TYPE_CHECKING, Literal

import numpy as np

from truce.analysis.frontier import ENUMERATION_LIMIT
from truce.analysis.zone_count import HALF_LIMIT, two_party_zone
from truce.arrays import BoolArray
from truce.errors import TruceError
from truce.model.outcomes import OutcomeSpace

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = [
    "AgreementZone",
    "BindingRedLine",
    "ZoneEstimate",
    "agreement_zone",
    "estimate_zone_share",
    "in_zone",
    "unsatisfiable_red_lines",
]


@dataclass(frozen=True)
class ZoneEstimate:
    """Share of the space in the zone, estimated from uniform samples.

    ``low``/``high`` bound a 95 % Wilson score interval (Wilson 1927); the
    seed makes the estimate reproducible.
    """

    share: float
    low: float
    high: float
    samples: int
    seed: int


@dataclass(frozen=True)
class BindingRedLine:
    """A red line whose removal alone would add ``gain`` outcomes to the zone."""

    id: str
    party: str
    expression: str
    gain: int


@dataclass(frozen=True)
class AgreementZone:
    """Size of the agreement zone and the red lines that close it.

    ``size`` is ``None`` when the space is too large to count exactly; then
    ``binding`` is empty, ``exact`` is False and ``estimate`` gives the share
    of the space in the zone from a seeded sample.
    """

    size: int | None
    total: int
    binding: tuple[BindingRedLine, ...]
    unsatisfiable: tuple[str, ...]
    exact: bool
    estimate: ZoneEstimate | None = None


def in_zone(
    space: OutcomeSpace, outcomes: npt.ArrayLike, reservation: npt.ArrayLike | None = None
) -> BoolArray:
    """Which outcomes are in the agreement zone (exactly; ``reservation`` overrides the parties')."""
    rows = np.asarray(outcomes, dtype=np.int64)
    floor = space.integer_reservation if reservation is None else space.reservation_floor(reservation)
    rational = (space.integer_utilities(rows) >= floor).all(axis=1)
    return np.asarray(rational & space.respects_red_lines(rows))


def unsatisfiable_red_lines(space: OutcomeSpace) -> tuple[str, ...]:
    """Ids of the red lines no outcome satisfies (enumerating only the issues each one names)."""
    found = []
    for red_line in space.red_lines:
        issues = [space.issues.index(i) for i in red_line.expression.issues]
        combos = np.array(list(product(*(range(space.radix[i]) for i in issues))), dtype=np.int64)
        columns = {space.issues[i]: combos[:, k] for k, i in enumerate(issues)}
        if not red_line.expression.evaluate(columns).any():
            found.append(red_line.id)
    return tuple(found)


def _binding(space: OutcomeSpace, gains: Sequence[int]) -> tuple[BindingRedLine, ...]:
    found = [
        BindingRedLine(r.id, r.party, r.expression.text, int(g))
        for r, g in zip(space.red_lines, gains, strict=True)
        if g > 0
    ]
    return tuple(sorted(found, key=lambda b: -b.gain))


def agreement_zone(
    space: OutcomeSpace,
    *,
    method: Literal["auto", "split", "enumerate"] = "auto",
    chunk_size: int = 1 << 20,
    limit: int = ENUMERATION_LIMIT,
    progress: Callable[[int, int], None] | None = None,
    seed: int = 0,
) -> AgreementZone:
    """Count the agreement zone exactly and find the binding red lines.

    Two parties: meet in the middle (:mod:`truce.analysis.zone_count`), exact
    for spaces far beyond enumeration.  Otherwise (``method="enumerate"``,
    or when the halves are too large) one chunked pass over the space, exact
    up to ``limit`` outcomes; beyond that ``size`` is None and a seeded
    sample estimates the share.  ``progress(done, total)`` is called after
    each chunk of the enumeration.
    """
    total = space.size
    unsatisfiable = unsatisfiable_red_lines(space)
    if method != "enumerate":
        split = two_party_zone(space)
        if split is not None:
            size, gains = split
            return AgreementZone(size, total, _binding(space, gains), unsatisfiable, exact=True)
        if method == "split":
            raise TruceError(
                "the meet-in-the-middle count needs two parties and halves of at most "
                f"{HALF_LIMIT:,} combinations",
                hint="use method='enumerate'",
            )
    if total > limit:
        estimate = estimate_zone_share(space, np.random.default_rng(seed), seed=seed)
        return AgreementZone(None, total, (), unsatisfiable, exact=False, estimate=estimate)
    n_lines = len(space.red_lines)
    floor = space.integer_reservation
    size = 0
    line_gains = np.zeros(n_lines, dtype=np.int64)
    for rows in space.chunks(chunk_size):
        rational = (space.integer_utilities(rows) >= floor).all(axis=1)
        masks = space.red_line_masks(rows)[rational]
        violated = (~masks).sum(axis=1)
        size += int((violated == 0).sum())
        only = violated == 1  # crossing exactly one red line: that line alone keeps it out
        if n_lines and only.any():
            line_gains += np.bincount(np.argmax(~masks[only], axis=1), minlength=n_lines)
        if progress is not None:
            progress(int(rows.shape[0]), total)
    return AgreementZone(size, total, _binding(space, line_gains.tolist()), unsatisfiable, exact=True)


def estimate_zone_share(
    space: OutcomeSpace, rng: np.random.Generator, *, samples: int = 1 << 20, seed: int = 0
) -> ZoneEstimate:
    """Estimate the share of outcomes in the zone from ``samples`` uniform draws."""
    rows = np.stack([rng.integers(0, n, size=samples) for n in space.radix], axis=1).astype(np.int64)
    hits = int(in_zone(space, rows).sum())
    z = 1.959963984540054
    p = hits / samples
    centre = (p + z * z / (2 * samples)) / (1 + z * z / samples)
    half = z * np.sqrt(p * (1 - p) / samples + z * z / (4 * samples * samples)) / (1 + z * z / samples)
    return ZoneEstimate(p, float(max(0.0, centre - half)), float(min(1.0, centre + half)), samples, seed)
