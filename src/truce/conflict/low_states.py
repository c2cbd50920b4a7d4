"""Settle SIM pairs by scanning the states the focal DM ranks lowest.

A UI ``s -> s1`` of DM i is simultaneously sanctioned (Fang, Hipel & Kilgour
1993, *Interactive Decision Making*, ch. 5) when the other DMs,
each staying or taking one of its UIs from ``s``, reach a state x with
``rank_i(x) <= rank_i(s)``.  When every option combination is a state, the
states so reached form a *box*: i's options as in ``s1``, and each other DM's
options in the set ``{s_k} ∪ {s_k XOR f : f a UI of k from s}``.  Instead of
growing the joint moves (the box has up to ``4**9`` states with ten DMs of
two options), a pair can be settled by walking, in rank order, the states of
i's slice ranked no higher than ``s`` and asking whether one lies in the box.
With one bit per (DM, setting of its options) a state's settings form a
64-bit word, the box is a mask, and membership is one AND: a walk costs a few
nanoseconds a state, a grown joint move tens of nanoseconds.  Each pair takes
the cheaper route by its own counts: the walk when the states to walk are at
most :data:`WALK_FACTOR` times the box (the same trade-off as choosing
between two sides of a join, by their sizes).

Only the states ranked no higher than a cap are listed (at most
:data:`LISTED_STATES`), so the walk needs no full sort of the ranks.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from truce.arrays import BoolArray, FloatArray, IntArray
from truce.conflict.moves import MoveGraph

__all__ = ["LISTED_STATES", "WALK_FACTOR", "LowStateWalk"]

AnyInt = IntArray | npt.NDArray[np.int32] | npt.NDArray[np.intp]
#: A pair walks when its states to walk are at most this many times its box.
WALK_FACTOR = 16
#: At most about this many low states are listed per focal DM.
LISTED_STATES = 1 << 17
#: Entries gathered at once by a walk round (bounds its scratch memory).
WALK_CHUNK = 1 << 18
#: Window widths of the walk's rounds: the first, doubling up to the last.
WALK_FIRST_WIDTH, WALK_MAX_WIDTH = 64, 4096


def _one_hot_slots(moves: MoveGraph, others: list[int]) -> list[tuple[int, int, int]] | None:
    """Per other DM: (shift of its options, settings mask, first bit); None past 63 bits."""
    model = moves.model
    slots: list[tuple[int, int, int]] = []
    offset = 0
    for k in others:
        mask = model.dm_masks[k]
        shift = max(0, (mask & -mask).bit_length() - 1)  # a DM without options: one setting
        settings = mask >> shift
        if settings & (settings + 1):  # not contiguous bits
            return None
        slots.append((shift, settings, offset))
        offset += settings + 1
    return slots if offset <= 63 else None


def _boxes(moves: MoveGraph, others: list[int], slots: list[tuple[int, int, int]],
           src: IntArray) -> tuple[npt.NDArray[np.uint64], FloatArray]:
    """Per pair source ``s``: the one-hot mask of its box and the box's size."""
    mask = np.zeros(len(src), dtype=np.uint64)
    size = np.ones(len(src), dtype=np.float64)
    one = np.uint64(1)
    for k, (shift, settings, offset) in zip(others, slots, strict=True):
        own = (src >> shift) & settings
        mask |= one << (own + offset).astype(np.uint64)
        count = np.ones(len(src), dtype=np.float64)
        for layer in moves.layers_of(k, improvements=True):
            ok = layer.valid_at(src)
            bit = one << ((own ^ (layer.flip >> shift)) + offset).astype(np.uint64)
            mask |= bit * ok
            count += ok
        size *= count
    return mask, size


class LowStateWalk:
    """The states of one focal DM ranked no higher than a cap, per slice of its options, in rank order.

    ``words[j]`` is the one-hot word of the j-th listed state (one bit per
    other DM and setting of its options).  Built once per focal DM and used
    by :meth:`settle` for every batch of pairs.

    Parameters
    ----------
    moves
        The graph's moves; the other DMs' unilateral improvements are read from it.
    dm
        Index of the focal decision maker.
    others
        Indices of the other decision makers.
    ranks
        The focal DM's rank of every state (higher is preferred).
    thresholds
        The ranks of the source states of the pairs to settle; no state ranked
        above the highest of them is listed.
    """

    def __init__(self, moves: MoveGraph, dm: int, others: list[int], ranks: AnyInt,
                 thresholds: AnyInt) -> None:
        self.moves, self.others, self.ranks = moves, others, ranks
        self.slots = _one_hot_slots(moves, others)
        own_mask = moves.model.dm_masks[dm]
        self.own_mask, self.own_shift = own_mask, max(0, (own_mask & -own_mask).bit_length() - 1)
        self.cap = _rank_cap(ranks, thresholds) if len(thresholds) else None
        if self.slots is None or self.cap is None:
            return
        listed = np.flatnonzero(ranks <= self.cap)
        part = (listed & own_mask) >> self.own_shift
        pieces: list[AnyInt] = []
        self.bounds: dict[int, tuple[int, int]] = {}
        offset = 0
        for value in np.unique(part).tolist():
            piece = listed[part == value]
            piece = piece[np.argsort(ranks[piece], kind="stable")]
            self.bounds[value] = (offset, offset + len(piece))
            offset += len(piece)
            pieces.append(piece)
        listed = np.concatenate(pieces) if pieces else listed
        self.listed_ranks = ranks[listed]
        words = np.zeros(len(listed) + WALK_MAX_WIDTH, dtype=np.uint64)
        words[len(listed):] = np.iinfo(np.uint64).max  # padding, never in a box
        one = np.uint64(1)
        body = words[:len(listed)]
        for shift, settings, offset in self.slots:
            body |= one << (((listed >> shift) & settings) + offset).astype(np.uint64)
        self.words = words

    def settle(self, src: IntArray, dst: IntArray) -> tuple[BoolArray, BoolArray]:
        """Walk the pairs ``(src, dst)`` for which it is cheaper than growing joint moves.

        Returns which pairs were walked and which of them are sanctioned; the
        others are left to the joint-move search.
        """
        done = np.zeros(len(src), dtype=bool)
        sanctioned = np.zeros(len(src), dtype=bool)
        if self.slots is None or self.cap is None or len(src) == 0:
            return done, sanctioned
        threshold = self.ranks[src]
        part = (dst & self.own_mask) >> self.own_shift
        start = np.zeros(len(src), dtype=np.int64)
        count = np.zeros(len(src), dtype=np.int64)
        for value in np.unique(part).tolist():
            if value not in self.bounds:
                continue
            lo, hi = self.bounds[value]
            chosen = part == value
            start[chosen] = lo
            count[chosen] = np.searchsorted(self.listed_ranks[lo:hi], threshold[chosen], side="right")
        candidates = np.flatnonzero(threshold <= self.cap)
        box, size = _boxes(self.moves, self.others, self.slots, src[candidates])
        pick = count[candidates] <= WALK_FACTOR * size
        walk, box = candidates[pick], box[pick]
        found = _walk(self.words, start[walk], count[walk], ~box)
        sanctioned[walk[found]] = True
        done[walk] = True
        return done, sanctioned


def _rank_cap(ranks: AnyInt, threshold: AnyInt) -> int:
    """Highest rank to list: the pairs' highest threshold, or lower to list few states."""
    stride = max(1, len(ranks) // 16384)
    sample = np.sort(ranks[::stride])
    within = sample[min(len(sample) - 1, LISTED_STATES // stride)]
    return int(min(int(threshold.max()), int(within)))


def _walk(words: npt.NDArray[np.uint64], start: AnyInt, count: AnyInt,
          outside: npt.NDArray[np.uint64]) -> BoolArray:
    """Whether any of ``words[start:start + count]`` has no bit of ``outside``, per pair.

    In rounds of doubling width, so pairs with an early hit leave early; a
    round copies each pair's window as one row of a sliding-window view.
    ``words`` ends with :data:`WALK_MAX_WIDTH` entries that are in no box.
    """
    found = np.zeros(len(start), dtype=bool)
    active = np.flatnonzero(count > 0)
    low, width = 0, WALK_FIRST_WIDTH
    while len(active):
        windows = sliding_window_view(words, width)
        steps = np.arange(width)
        block = max(1, WALK_CHUNK // width)
        for begin in range(0, len(active), block):
            chunk = active[begin:begin + block]
            got = windows[start[chunk] + low]
            got &= outside[chunk, None]
            rest = count[chunk] - low
            short = np.flatnonzero(rest < width)
            if len(short):  # past a pair's count lie states ranked above its threshold
                got[short] |= (steps >= rest[short, None]).astype(np.uint64)
            found[chunk] = got.min(axis=1) == 0
        low += width
        width = min(2 * width, WALK_MAX_WIDTH)
        active = active[~found[active] & (count[active] > low)]
    return found
