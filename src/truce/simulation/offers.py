"""Which outcomes a party offers: the offer space and per-party offer ladders.

A time-dependent negotiator offers "the outcome closest above its aspiration
level" (Faratin, Sierra & Jennings 1998).  For many runs at once this is a
search in each party's outcomes sorted by its own utility: one
``searchsorted`` per step for all runs.  Ties in own utility are broken by
the others' estimated utility (best for them first), which is what an
opponent-aware bidding strategy does in the BOA framework (Baarslag et al.
2014).

Own utilities are compared on a grid of ``2**-24`` (an offer may skip an
outcome less than 6e-8 above the aspiration level); they are packed with the
others' utility into one 47-bit integer key, and with a per-run row number
above it when every run has its own utilities (sampled preferences), so one
flat ``searchsorted`` serves every run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from truce.model.outcomes import OutcomeSpace
from truce.simulation.arrays import BoolArray, FloatArray, IntArray

__all__ = ["OfferLadder", "ladder_candidates"]


_OWN_SCALE = float(2**24)
_OTHER_BITS = 21
_OTHER_MAX = 2**_OTHER_BITS - 1
_ROW_SHIFT = 47


def _own_grid(utility: FloatArray, *, up: bool) -> IntArray:
    scaled = (np.clip(utility, -1.0, 2.99) + 1.0) * _OWN_SCALE
    return (np.ceil(scaled) if up else np.floor(scaled)).astype(np.int64)


@dataclass(frozen=True)
class AllowedIndex:
    """Where the next allowed outcome is, per row and sorted position."""

    next: IntArray  # rows x (M + 1); M means none
    best: IntArray  # rows: sorted position of the best allowed outcome, -1 if none
    worst: IntArray  # rows: sorted position of the worst allowed outcome, -1 if none


class OfferLadder:
    """One party's candidate outcomes sorted by its own utility, per row of runs.

    Parameters
    ----------
    own
        Own utility of each candidate, ``rows x M`` (one row shared by every
        run, or one row per run).
    others
        The others' estimated mean utility of each candidate (``M`` or ``rows x M``),
        the tie-break.
    """

    def __init__(self, own: FloatArray, others: FloatArray) -> None:
        own = np.atleast_2d(own)
        others = np.broadcast_to(np.atleast_2d(others), own.shape)
        low = _OTHER_MAX - np.clip(np.rint(others * _OTHER_MAX), 0, _OTHER_MAX).astype(np.int64)
        keys = (_own_grid(own, up=False) << _OTHER_BITS) | low
        self.order: IntArray = np.argsort(keys, axis=1, kind="stable")
        self.own: FloatArray = np.take_along_axis(own, self.order, axis=1)
        sorted_keys = np.take_along_axis(keys, self.order, axis=1)
        self.rows, self.size = own.shape
        self._flat = (sorted_keys + (np.arange(self.rows, dtype=np.int64)[:, None] << _ROW_SHIFT)).ravel()

    def allowed(self, mask: BoolArray) -> AllowedIndex:
        """Index the candidates a party may offer (``mask`` over candidates)."""
        m = self.size
        ok = mask[self.order]
        positions = np.where(ok, np.arange(m), m)
        nxt = np.minimum.accumulate(positions[:, ::-1], axis=1)[:, ::-1]
        nxt = np.concatenate([nxt, np.full((self.rows, 1), m)], axis=1)
        last = np.where(ok.any(axis=1), m - 1 - np.argmax(ok[:, ::-1], axis=1), -1)
        # the best allowed outcome: the first of the top tie group in own utility (best for the others)
        rows = np.arange(self.rows, dtype=np.int64)
        top = self._flat[rows * m + np.maximum(last, 0)] >> _OTHER_BITS << _OTHER_BITS
        first = np.searchsorted(self._flat, top, side="left") - rows * m
        best = np.where(last >= 0, nxt[rows, first], -1)
        worst = np.where(nxt[:, 0] < m, nxt[:, 0], -1)
        return AllowedIndex(nxt, best, worst)

    def _row(self, runs: IntArray) -> IntArray:
        return runs if self.rows > 1 else np.zeros_like(runs)

    def utility_at(self, runs: IntArray, positions: IntArray) -> FloatArray:
        """Own utility at sorted ``positions`` (``nan`` where the position is -1)."""
        value = self.own[self._row(runs), np.maximum(positions, 0)]
        return np.where(positions >= 0, value, np.nan)

    def offer(self, runs: IntArray, target: FloatArray, index: AllowedIndex) -> IntArray:
        """Candidate closest above ``target`` per run among allowed ones (-1 when none is allowed).

        When no allowed outcome reaches the target, the party's best allowed outcome.
        """
        rows = self._row(runs)
        query = (_own_grid(target, up=True) << _OTHER_BITS) + (rows << _ROW_SHIFT)
        position = np.searchsorted(self._flat, query, side="left") - rows * self.size
        position = index.next[rows, np.minimum(position, self.size)]
        position = np.where(position < self.size, position, index.best[rows])
        return np.where(position >= 0, self.order[rows, np.maximum(position, 0)], -1)


def ladder_candidates(spaces: Sequence[OutcomeSpace], limit: int) -> IntArray:
    """Outcome numbers parties may offer when the space is larger than ``limit``.

    The union over the given spaces (one per phase) and parties of the
    point-estimate offer ladder: at each of ``limit / parties`` evenly spaced levels of the
    party's own utility, the outcome best for the others among those at or
    above the level that cross none of the party's red lines.  These are the
    offers a party with the point-estimate utilities would make.
    """
    space = spaces[0]
    rows = space.decode(np.arange(space.size, dtype=np.int64))
    columns = {issue: rows[:, i] for i, issue in enumerate(space.issues)}
    levels = max(2, limit // space.n_parties)
    utilities: dict[bytes, FloatArray] = {}
    orders: dict[tuple[bytes, int], IntArray] = {}
    red_line_masks: dict[tuple[str, str], BoolArray] = {}
    done: set[tuple[bytes, int, bytes]] = set()
    chosen: list[IntArray] = []
    for phase_space in spaces:
        # phases often differ only in red lines or reservation values: reuse what they share
        key = b"".join(t.tobytes() for t in phase_space.float_tables)
        if key not in utilities:
            utilities[key] = phase_space.utilities(rows)
        u = utilities[key]
        for p, party in enumerate(space.parties):
            allowed = np.ones(space.size, dtype=bool)
            for red_line in phase_space.red_lines:
                if red_line.party == party:
                    line = (red_line.id, red_line.expression.text)
                    if line not in red_line_masks:
                        red_line_masks[line] = red_line.expression.evaluate(columns)
                    allowed &= red_line_masks[line]
            seen = (key, p, np.packbits(allowed).tobytes())
            if seen in done:
                continue
            done.add(seen)
            if (key, p) not in orders:
                orders[(key, p)] = np.argsort(u[:, p], kind="stable")
            order = orders[(key, p)]
            own = u[order, p]
            others = u[:, 1 - p] if u.shape[1] == 2 else u.sum(axis=1) - u[:, p]
            score = np.where(allowed[order], others[order], -np.inf)
            # suffix argmax: best-for-others outcome at or above each sorted position
            best_from = _suffix_argmax(score)
            grid = np.linspace(own[0], own[-1], levels)
            start = np.searchsorted(own, grid, side="left").clip(0, len(order) - 1)
            picks = best_from[start]
            picks = picks[np.isfinite(score[picks])]
            chosen.append(order[picks])
    return np.unique(np.concatenate(chosen)) if chosen else np.arange(min(limit, space.size), dtype=np.int64)


def _suffix_argmax(score: FloatArray) -> IntArray:
    reversed_score = score[::-1]
    running = np.maximum.accumulate(reversed_score)
    # index (in reversed order) of the first occurrence of each running maximum
    is_new = np.concatenate([[True], running[1:] > running[:-1]])
    last_new = np.maximum.accumulate(np.where(is_new, np.arange(len(score)), 0))
    return np.asarray(len(score) - 1 - last_new[::-1], dtype=np.int64)
