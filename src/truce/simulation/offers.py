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
from functools import cached_property

import numpy as np

from truce.arrays import BoolArray, FloatArray, Int32Array, IntArray
from truce.model.elements import CONSTRAINT_PARTY
from truce.model.outcomes import OutcomeSpace

__all__ = ["OfferLadder", "ladder_candidates"]


_OWN_SCALE = float(2**24)
_OTHER_BITS = 21
_OTHER_MAX = 2**_OTHER_BITS - 1
_ROW_SHIFT = 47


def _own_grid(utility: FloatArray, *, up: bool) -> IntArray:
    scaled = np.clip(utility, -1.0, 2.99)
    scaled += 1.0
    scaled *= _OWN_SCALE
    (np.ceil if up else np.floor)(scaled, out=scaled)
    return scaled.astype(np.int64)


@dataclass(frozen=True)
class AllowedIndex:
    """Where the next allowed outcome is, per row and sorted position.

    An index has a row per row of its ladder, or, for a ladder shared by
    every run, a row per pattern of red lines that hold (sampled red-line
    belief), with ``run_row`` giving each run's row.  Positions are int32
    (half the bytes of int64: the tables a chunk reads every turn stay in
    cache longer).
    """

    next: Int32Array  # rows x (M + 1); M means none
    best: Int32Array  # rows: sorted position of the best allowed outcome, -1 if none
    worst: Int32Array  # rows: sorted position of the worst allowed outcome, -1 if none
    ok: BoolArray  # rows x M: whether the candidate at each sorted position is allowed
    run_row: IntArray | None = None  # the index row of each run; None: the ladder's row

    @cached_property
    def before(self) -> IntArray:
        """Allowed candidates before each position (rows x (M + 1), flattened with row offsets).

        Only a random tie-break reads it, so it is built on first use.
        """
        n_rows, m = self.ok.shape
        before = np.zeros((n_rows, m + 1), dtype=np.int64)
        np.cumsum(self.ok, axis=1, out=before[:, 1:])
        before += np.arange(n_rows, dtype=np.int64)[:, None] * (m + 1)
        return before.ravel()

    def rows_of(self, runs: IntArray, ladder_rows: IntArray) -> IntArray:
        """The index row of each of ``runs`` (whose ladder rows are ``ladder_rows``)."""
        return ladder_rows if self.run_row is None else self.run_row[runs]


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
        self.rows, self.size = own.shape
        # the tie-break part of the key, computed once when every row shares it
        low = np.rint(np.atleast_2d(others) * _OTHER_MAX)
        np.clip(low, 0, _OTHER_MAX, out=low)
        low = _OTHER_MAX - low.astype(np.int64)
        keys = _own_grid(own, up=False)
        keys <<= _OTHER_BITS
        keys |= low
        order = np.argsort(keys, axis=1, kind="stable")
        self.own: FloatArray = np.take_along_axis(own, order, axis=1)
        flat = np.take_along_axis(keys, order, axis=1)
        flat += np.arange(self.rows, dtype=np.int64)[:, None] << _ROW_SHIFT
        self.order: Int32Array = order.astype(np.int32)
        self._flat: IntArray = flat.ravel()

    def allowed(self, mask: BoolArray, run_row: IntArray | None = None) -> AllowedIndex:
        """Index the candidates a party may offer.

        ``mask`` marks the allowed candidates: ``M``, or ``R x M`` with a row
        per pattern of red lines, ``run_row`` then giving each run's row.
        """
        m = self.size
        mask = np.atleast_2d(mask)
        if self.rows > 1 and run_row is not None:
            mask, run_row = mask[run_row], None  # one ladder row per run already: one index row per run
        n_rows = max(self.rows, mask.shape[0])
        if mask.shape[0] == 1 and self.rows > 1:
            ok = mask[0][self.order]  # one mask for every row: a gather, no broadcast copy
        else:
            ok = np.take_along_axis(
                np.broadcast_to(mask, (n_rows, m)), np.broadcast_to(self.order, (n_rows, m)), axis=1
            )
        nxt = np.full((n_rows, m + 1), m, dtype=np.int32)
        np.copyto(nxt[:, :m], np.arange(m, dtype=np.int32), where=ok)
        reverse = nxt[:, ::-1]
        np.minimum.accumulate(reverse, axis=1, out=reverse)
        any_ok = nxt[:, 0] < m
        last = np.where(any_ok, m - 1 - np.argmax(ok[:, ::-1], axis=1), -1)
        # the best allowed outcome: the first of the top tie group in own utility (best for the others)
        rows = np.arange(n_rows, dtype=np.int64)
        ladder_rows = rows if self.rows > 1 else np.zeros_like(rows)
        top = self._flat[ladder_rows * m + np.maximum(last, 0)] >> _OTHER_BITS << _OTHER_BITS
        first = np.searchsorted(self._flat, top, side="left") - ladder_rows * m
        best = np.where(last >= 0, nxt[rows, first], -1).astype(np.int32)
        worst = np.where(any_ok, nxt[:, 0], -1).astype(np.int32)
        return AllowedIndex(nxt, best, worst, ok, run_row)

    def _row(self, runs: IntArray) -> IntArray:
        return runs if self.rows > 1 else np.zeros_like(runs)

    def utility_at(self, runs: IntArray, positions: Int32Array) -> FloatArray:
        """Own utility at sorted ``positions`` (``nan`` where the position is -1)."""
        value = self.own[self._row(runs), np.maximum(positions, 0)]
        return np.where(positions >= 0, value, np.nan)

    def bounds(self, runs: IntArray, index: AllowedIndex) -> tuple[FloatArray, FloatArray]:
        """Own utility of the best and of the worst allowed candidate (``nan`` when none is allowed)."""
        rows = index.rows_of(runs, self._row(runs))
        return self.utility_at(runs, index.best[rows]), self.utility_at(runs, index.worst[rows])

    def offer(
        self, runs: IntArray, target: FloatArray, index: AllowedIndex, rng: np.random.Generator | None = None
    ) -> IntArray:
        """Candidate closest above ``target`` per run among allowed ones (-1 when none is allowed).

        When no allowed outcome reaches the target, the party's best allowed
        outcome.  Ties in own utility go to the best for the others or, given
        ``rng``, to one of the tied candidates drawn uniformly.
        """
        rows = self._row(runs)
        index_rows = index.rows_of(runs, rows)
        query = _own_grid(target, up=True)
        query <<= _OTHER_BITS
        query += rows << _ROW_SHIFT
        position = np.searchsorted(self._flat, query, side="left") - rows * self.size
        np.minimum(position, self.size, out=position)
        position = index.next[index_rows, position]
        position = np.where(position < self.size, position, index.best[index_rows])
        if rng is not None:
            draw = np.asarray(rng.random(runs.shape[0]), dtype=np.float64)
            position = self._tied(rows, index_rows, position, index, draw)
        return np.where(position >= 0, self.order[rows, np.maximum(position, 0)], -1).astype(np.int64)

    def _tied(
        self,
        rows: IntArray,
        index_rows: IntArray,
        position: Int32Array,
        index: AllowedIndex,
        draw: FloatArray,
    ) -> Int32Array:
        """A uniformly drawn allowed candidate of the tie group starting at ``position``."""
        m = self.size
        safe = np.maximum(position, 0)
        group = self._flat[rows * m + safe] >> _OTHER_BITS << _OTHER_BITS
        end = np.searchsorted(self._flat, group + (1 << _OTHER_BITS), side="left") - rows * m
        offset = index_rows * (m + 1)
        first = index.before[offset + safe]
        count = index.before[offset + end] - first
        pick = first + np.minimum((draw * count).astype(np.int64), np.maximum(count - 1, 0))
        # the position holding the pick-th allowed candidate of the row
        chosen = np.searchsorted(index.before, pick + 1, side="left") - offset - 1
        return np.where(position >= 0, chosen, position).astype(np.int32)


def ladder_candidates(
    spaces: Sequence[OutcomeSpace], limit: int, uncertain: frozenset[str] = frozenset()
) -> IntArray:
    """Outcome numbers parties may offer when the space is larger than ``limit``.

    The union over the given spaces (one per phase) and parties of the
    point-estimate offer ladder: at each of ``limit / parties`` evenly spaced levels of the
    party's own utility, the outcome best for the others among those at or
    above the level that cross none of the party's red lines (nor any of the
    scenario's constraints).  These are the offers a party with the
    point-estimate utilities would make.  A party with red lines in
    ``uncertain`` (which hold in some runs only) gets a second ladder, with
    only its other red lines.
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
            lines = [r for r in phase_space.red_lines if r.party in (party, CONSTRAINT_PARTY)]
            for red_line in lines:
                line = (red_line.id, red_line.expression.text)
                if line not in red_line_masks:
                    red_line_masks[line] = red_line.expression.evaluate(columns)
            certain = [r for r in lines if r.id not in uncertain]
            for kept in (lines, certain) if len(certain) < len(lines) else (lines,):
                allowed = np.ones(space.size, dtype=bool)
                for red_line in kept:
                    allowed &= red_line_masks[(red_line.id, red_line.expression.text)]
                chosen.extend(_ladder(key, p, u, allowed, levels, orders, done))
    return np.unique(np.concatenate(chosen)) if chosen else np.arange(min(limit, space.size), dtype=np.int64)


def _ladder(
    key: bytes,
    p: int,
    u: FloatArray,
    allowed: BoolArray,
    levels: int,
    orders: dict[tuple[bytes, int], IntArray],
    done: set[tuple[bytes, int, bytes]],
) -> list[IntArray]:
    """Party ``p``'s offer ladder over the ``allowed`` outcomes (none when one was built already)."""
    seen = (key, p, np.packbits(allowed).tobytes())
    if seen in done:
        return []
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
    return [order[picks]]


def _suffix_argmax(score: FloatArray) -> IntArray:
    reversed_score = score[::-1]
    running = np.maximum.accumulate(reversed_score)
    # index (in reversed order) of the first occurrence of each running maximum
    is_new = np.concatenate([[True], running[1:] > running[:-1]])
    last_new = np.maximum.accumulate(np.where(is_new, np.arange(len(score)), 0))
    return np.asarray(len(score) - 1 - last_new[::-1], dtype=np.int64)
