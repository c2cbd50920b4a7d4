"""The agreement zone under uncertainty: how likely it is to exist, and how large it is.

In each sampled utility model the zone is the set of outcomes every party
accepts (:meth:`~truce.model.uncertainty.TableSample.acceptance`).  Its size
is counted exactly per sample: by enumeration for small spaces, and for two
parties with additive utilities by meet in the middle (Horowitz & Sahni
1974), counting the pairs of half-outcomes whose utilities reach both
reservation values with the analysis engine's dominance count
(:func:`~truce.analysis.zone_count.count_dominating_pairs`).  Other large
spaces are estimated from a uniform sample of outcomes (``exact`` is False).
Probabilities carry Wilson score intervals (Wilson 1927).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from truce.analysis.zone_count import balanced_halves, count_dominating_pairs
from truce.arrays import IntArray
from truce.model.uncertainty import TableSample
from truce.stats import proportion

__all__ = ["UncertainZone", "zone_under_uncertainty"]

ENUMERATION_LIMIT = 1 << 16
"""Spaces up to this size are enumerated in every sample."""
HALF_LIMIT = 1 << 16
"""Largest half enumerated by the two-party count."""
ESTIMATE_OUTCOMES = 1 << 14


@dataclass(frozen=True)
class UncertainZone:
    """Zone statistics over ``samples`` sampled models.

    ``sizes`` holds the zone size in each sample (exact when ``exact``,
    otherwise estimated from ``ESTIMATE_OUTCOMES`` uniform outcomes).
    """

    samples: int
    p_nonempty: float
    p_nonempty_ci: tuple[float, float]
    size_median: float
    size_90: tuple[float, float]
    exact: bool
    sizes: IntArray


def _halves(sample: TableSample) -> tuple[list[int], list[int]] | None:
    space = sample.space
    if space.n_parties != 2 or space.interactions:
        return None
    constrained = sorted({space.issues.index(i) for r in space.red_lines for i in r.expression.issues})
    halves = balanced_halves(space, constrained, HALF_LIMIT)
    return None if halves is None else (constrained + halves[0], halves[1])


def _half_rows(radix: tuple[int, ...], issues: list[int]) -> IntArray:
    rows = np.zeros((math.prod(radix[i] for i in issues), len(radix)), dtype=np.int64)
    if issues:
        grid = np.unravel_index(np.arange(rows.shape[0]), tuple(radix[i] for i in issues))
        rows[:, issues] = np.stack(grid, axis=1)
    return rows


def _split_sizes(sample: TableSample, half_a: list[int], half_b: list[int]) -> IntArray:
    space = sample.space
    rows_a, rows_b = _half_rows(space.radix, half_a), _half_rows(space.radix, half_b)
    masks = space.red_line_masks(rows_a)  # red lines name only issues of half A
    sizes = np.zeros(sample.size, dtype=np.int64)
    for s in range(sample.size):
        a = sum(
            (sample.tables[i][s][rows_a[:, i]] for i in half_a), np.zeros((len(rows_a), 2), dtype=np.int64)
        )
        b = sum(
            (sample.tables[i][s][rows_b[:, i]] for i in half_b), np.zeros((len(rows_b), 2), dtype=np.int64)
        )
        allowed = (masks | ~sample.red_lines[s][None, :]).all(axis=1)
        sizes[s] = count_dominating_pairs(a[allowed], b, sample.quantized_reservation[s])
    return sizes


def _enumerated_sizes(sample: TableSample, rows: IntArray) -> IntArray:
    sizes = np.zeros(sample.size, dtype=np.int64)
    step = max(1, (1 << 22) // max(1, len(rows) * sample.space.n_parties))
    for lo in range(0, sample.size, step):
        part = sample.window(lo, lo + step)
        sizes[lo : lo + part.size] = part.acceptance(rows).all(axis=2).sum(axis=1)
    return sizes


def zone_under_uncertainty(sample: TableSample, rng: np.random.Generator | None = None) -> UncertainZone:
    """P(zone non-empty), median and 90 % interval of its size, over the samples of ``sample``.

    ``rng`` draws the outcomes that estimate the size of large spaces that
    cannot be counted exactly (default: seed 0).
    """
    space = sample.space
    exact = True
    if space.size <= ENUMERATION_LIMIT:
        sizes = _enumerated_sizes(sample, space.decode(np.arange(space.size)))
    elif (halves := _halves(sample)) is not None:
        sizes = _split_sizes(sample, *halves)
    else:
        exact = False
        generator = rng if rng is not None else np.random.default_rng(0)
        rows = np.stack([generator.integers(0, r, ESTIMATE_OUTCOMES) for r in space.radix], axis=1)
        sizes = np.rint(_enumerated_sizes(sample, rows) * (space.size / ESTIMATE_OUTCOMES)).astype(np.int64)
    n = sample.size
    p_nonempty, ci = proportion(int((sizes > 0).sum()), n)
    return UncertainZone(
        samples=n,
        p_nonempty=p_nonempty,
        p_nonempty_ci=ci,
        size_median=float(np.median(sizes)) if n else 0.0,
        size_90=(float(np.quantile(sizes, 0.05)), float(np.quantile(sizes, 0.95))) if n else (0.0, 0.0),
        exact=exact,
        sizes=sizes,
    )
