"""Simultaneous sanctioning (SIM): the others answer a unilateral improvement at once.

Fang, Hipel & Kilgour (1993), *Interactive Decision Making: The Graph Model
for Conflict Resolution*, ch. 5 (simultaneous stability): a state s is SIM
stable for DM i when for every unilateral improvement s -> s1 of i some
other DMs (at least one) can each take one of their own unilateral
improvements from s at the same time, and the combined option changes give a
feasible state x that i does not prefer to s.

The joint moves form a product (each other DM stays or takes one of its UIs
from s), searched for all pairs (s, s1) at once: first every single other
DM's UIs (when every option combination is a state, as whole-array
comparisons of i's rank cube with its views flipped along the moved bits),
then growing joint moves DM by DM for the few pairs left.  Letting every DM "stay" includes the
joint move in which nobody moves, which gives x = s1, never a sanction, so
the "at least one moves" condition needs no check.  With moves derived from
options every layer flips a fixed set of the mover's own option bits, so a
joint move is a plain XOR of those sets; when every option combination is a
state (state index = option code) no code lookup is needed either.
"""

from __future__ import annotations

from typing import cast

import numpy as np
import numpy.typing as npt

from truce.arrays import BoolArray, IntArray
from truce.conflict.buckets import BitLayout, rank_buckets
from truce.conflict.layers import MoveLayer, xor_permute
from truce.conflict.low_states import LowStateWalk
from truce.conflict.moves import MoveGraph

__all__ = ["simultaneous_sanctioning"]

AnyInt = npt.NDArray[np.int32] | IntArray
#: The suffix bound is used once the later movers control at most this many options.
BOUND_BITS = 10
#: UI pairs whose joint moves are grown together.
GROW_BLOCK = 4096
#: Pairs from states in the lowest of these rank buckets skip the two-mover pass (the
#: lowest bucket can only be settled by an equal one, which decides nothing).
TWO_MOVER_LOW_BUCKETS = 1


class _JointSearch:
    """Partial joint moves for the UI pairs ``(src, dst)`` of one DM; marks sanctions."""

    def __init__(self, moves: MoveGraph, dm: int, src: IntArray, dst: IntArray) -> None:
        model = moves.model
        self.model = model
        self.src, self.dst = src, dst
        self.identity = moves.identity_codes
        ranks = model.ranks[dm]
        narrow = model.n_states < 2**31 and bool(ranks.min() >= -(2**31)) and bool(
            ranks.max() < 2**31)
        # int32 rank values halve the memory traffic of their gathers; everything
        # used as an index (pairs, states, codes) stays native width, with which
        # numpy gathers about twice as fast as with int32 indices
        self.ranks = ranks.astype(np.int32) if narrow else ranks
        self.threshold = self.ranks[self.src]
        #: byte rank buckets of the open product's passes (set by them)
        self.buckets: npt.NDArray[np.uint8] = np.zeros(0, dtype=np.uint8)
        self.exact = False
        self.codes = model.codes
        self.sanctioned = np.zeros(len(self.src), dtype=bool)
        self._suffix: dict[tuple[int, ...], tuple[AnyInt, list[IntArray]]] = {}

    def suffix_minimum(self, later: list[int], codes: AnyInt) -> AnyInt:
        """At each code, i's least rank over all settings of the ``later`` DMs' options.

        Only with identity codes (every combination a state): a lower bound
        of what any joint move completed by those DMs can reach.  The minima
        are kept once per setting of the other options (not per code), found
        by gathering the code's other option bits ten at a time.
        """
        key = tuple(later)
        if key not in self._suffix:
            model = self.model
            bits = model.n_options
            cube = self.ranks.reshape([2] * bits)  # axis j <-> option bits-1-j
            dropped = sum(model.dm_masks[k] for k in later)
            axes = tuple(bits - 1 - j for j in range(bits) if dropped >> j & 1)
            reduced = cube.min(axis=axes).reshape(-1)
            self._suffix[key] = (reduced, _compress_tables(((1 << bits) - 1) & ~dropped, bits))
        reduced, tables = self._suffix[key]
        index = tables[0][codes & 1023]
        for part, table in enumerate(tables[1:], start=1):
            index += table[(codes >> (10 * part)) & 1023]
        bound: AnyInt = reduced[index]
        return bound

    def extend(self, pair: AnyInt, combined: AnyInt, layer: MoveLayer
               ) -> tuple[AnyInt, AnyInt] | None:
        """Add one move (a layer of another DM) to partial joint moves ``combined``.

        Marks the pairs whose joint move then reaches a feasible state not
        preferred to s, and returns the extended ``(pair, code)`` arrays.
        """
        at = self.src[pair]
        flip = layer.flip
        keep = np.flatnonzero(layer.valid_at(at))
        if len(keep) == 0:
            return None
        p = pair[keep]
        if flip:  # moves from options: the mover's own bits, untouched so far
            joint = combined[keep] ^ flip
        else:
            t_codes = self.codes[layer.targets(at[keep])]
            changed = self.codes[at[keep]] ^ t_codes
            joint = (combined[keep] & ~changed) | (t_codes & changed)
        if self.identity:
            hit = self.ranks[joint] <= self.threshold[p]
        else:
            reached = self.model.lookup(joint)
            hit = reached >= 0
            hit[hit] = self.ranks[reached[hit]] <= self.threshold[p[hit]]
        self.sanctioned[p[hit]] = True
        return p, joint


def _compress_tables(kept: int, bits: int) -> list[IntArray]:
    """Tables that map a code's ``kept`` bits, packed in order, to an index (ten bits a table).

    ``sum(table[(code >> 10 * t) & 1023])`` is the number whose bit ``r`` is
    the code's ``r``-th lowest kept bit (a software "parallel bit extract").
    """
    tables: list[IntArray] = []
    values = np.arange(1024, dtype=np.int64)
    below = 0  # kept bits under this table's ten
    for start in range(0, max(bits, 1), 10):
        table = np.zeros(1024, dtype=np.int64)
        rank = below
        for j in range(10):
            if kept >> (start + j) & 1:
                table |= ((values >> j) & 1) << rank
                rank += 1
        tables.append(table)
        below = rank
    return tables


def simultaneous_sanctioning(moves: MoveGraph, dm: int) -> BoolArray:
    """SIM: ``dm``'s UI is blocked by others' UIs from s taken at the same time.

    Fang, Hipel & Kilgour (1993), simultaneous stability: for every s1 in
    R_i^+(s) some other DMs (at least one) each take one of their own UIs from
    s simultaneously, and the combined option changes give a feasible state x
    not preferred to s by i.  Pairs ``(s, s1)`` leave the search as soon as a
    sanction is found; partial combinations that are infeasible are kept
    because a later mover may make them feasible.
    """
    model = moves.model
    stable = np.ones(model.n_states, dtype=bool)
    others = [k for k in range(model.n_dms) if k != dm]
    # most UIs are blocked by a single other DM: settle those first
    buckets, exact = rank_buckets(model.ranks[dm]) if moves.identity_codes else (
        np.zeros(0, dtype=np.uint8), False)
    single = _single_movers(moves, dm, others, buckets, exact)
    src, dst = moves.pairs(dm, improvements=True) if single is None else single
    if len(src) == 0:
        return stable
    search = _JointSearch(moves, dm, src, dst)
    sanctioned = search.sanctioned
    pair: AnyInt = np.arange(len(search.src), dtype=search.src.dtype)
    if single is not None:
        # most of the rest by two other DMs at once
        search.buckets, search.exact = buckets, exact
        pair = _two_movers(moves, others, search, pair)
    else:
        for other in others:
            for layer in moves.layers_of(other, improvements=True):
                if len(pair) == 0:
                    break
                search.extend(pair, search.codes[search.dst[pair]], layer)
                pair = pair[~sanctioned[pair]]
    # the rest: one pair per state first; a state with an unsanctioned UI is
    # unstable, so its other pairs need no search
    _, first = np.unique(search.src[pair], return_index=True)
    leading = np.zeros(len(pair), dtype=bool)
    leading[first] = True
    walk = LowStateWalk(moves, dm, others, search.ranks, search.threshold[pair]) \
        if search.identity else None
    _settle(search, moves, others, walk, pair[leading])
    failed = np.zeros(model.n_states, dtype=bool)
    failed[search.src[pair[leading]][~sanctioned[pair[leading]]]] = True
    rest = pair[~leading]
    _settle(search, moves, others, walk, rest[~failed[search.src[rest]]])
    stable[search.src[~sanctioned]] = False
    return stable


def _settle(search: _JointSearch, moves: MoveGraph, others: list[int],
            walk: LowStateWalk | None, pair: AnyInt) -> None:
    """Settle ``pair`` exactly: by walking i's low states where cheaper, else by joint moves."""
    if walk is not None and len(pair):
        walked, found = walk.settle(search.src[pair], search.dst[pair])
        search.sanctioned[pair[found]] = True
        pair = pair[~walked]
    _grow(search, moves, others, pair)


def _grow(search: _JointSearch, moves: MoveGraph, others: list[int], pair: AnyInt) -> None:
    """Search the joint moves of ``pair`` DM by DM, :data:`GROW_BLOCK` pairs at a time.

    The partial joint moves of a block multiply with each DM; blocks keep
    them (and their memory) small.
    """
    for begin in range(0, len(pair), GROW_BLOCK):
        _grow_block(search, moves, others, pair[begin:begin + GROW_BLOCK])


def _grow_block(search: _JointSearch, moves: MoveGraph, others: list[int], pair: AnyInt
                ) -> None:
    """Search the joint moves of ``pair`` DM by DM ("nobody moved yet" included)."""
    model = moves.model
    sanctioned = search.sanctioned
    combined: AnyInt = search.codes[search.dst[pair]]
    for position, other in enumerate(others):
        if len(pair) == 0:
            break
        last = position == len(others) - 1
        grown_pairs: list[AnyInt] = [pair]
        grown_codes: list[AnyInt] = [combined]
        for layer in moves.layers_of(other, improvements=True):
            grown = search.extend(pair, combined, layer)
            if grown is not None and not last:
                grown_pairs.append(grown[0])
                grown_codes.append(grown[1])
        if last:
            break
        pair = cast(AnyInt, np.concatenate(grown_pairs))
        combined = cast(AnyInt, np.concatenate(grown_codes))
        open_ = ~sanctioned[pair]
        later = others[position + 1:]
        if search.identity and sum(model.dm_masks[k].bit_count() for k in later) <= BOUND_BITS:
            # branch and bound: can the later movers still sanction?
            open_ &= search.suffix_minimum(later, combined) <= search.threshold[pair]
        pair, combined = pair[open_], combined[open_]


def _single_movers(moves: MoveGraph, dm: int, others: list[int],
                   buckets: npt.NDArray[np.uint8], exact: bool) -> tuple[IntArray, IntArray] | None:
    """Sanctions by one other DM's UI, for all pairs at once; the pairs left open.

    Only when every option combination is a state (index = code) and all
    moves come from options: then i's UI layer g takes s to s XOR g, another
    DM's UI layer f is a set of states s, and the joint move is s XOR g XOR f,
    so ``rank_i(s ^ g ^ f)`` is i's rank array permuted by g and then viewed
    flipped along the bits of f (no gather).  For each g the least such rank
    over every other DM's UIs from s is a running minimum of whole byte arrays
    (:func:`~truce.conflict.buckets.rank_buckets`: a layer's non-moves count as
    the byte 255, above every bucket), each flip taken in the state order
    where it moves long runs (:class:`~truce.conflict.buckets.BitLayout`).
    A pair is settled where that least bucket is below s's (or not above it
    when the buckets are the ranks, ``exact``); returns the pairs ``(s, s1)``
    left for the exact passes, or None where the shortcut does not apply.
    """
    model = moves.model
    mine = moves.flips(dm, improvements=True)
    if not moves.identity_codes or 0 in mine or any(
            0 in moves.flips(k, improvements=True) for k in others):
        return None
    bits = model.n_options
    layouts = (BitLayout(bits, 0), BitLayout(bits, bits // 2))
    theirs = [layer for k in others for layer in moves.layers_of(k, improvements=True)]
    least = [_least_bucket(buckets, mine, layout,
                           [layer for layer in theirs if _order_of(layouts, layer.flip) is layout])
             for layout in layouts]
    compare = np.less_equal if exact else np.less
    sources: list[IntArray] = []
    targets: list[IntArray] = []
    for index, layer in enumerate(moves.layers_of(dm, improvements=True)):
        done = compare(np.minimum(least[0][index], least[1][index]), buckets)
        src = np.flatnonzero(np.greater(layer.valid, done))  # a UI, not settled
        sources.append(src)
        targets.append(src ^ layer.flip)
    if not sources:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(sources), np.concatenate(targets)


def _order_of(layouts: tuple[BitLayout, ...], flip: int) -> BitLayout:
    """The layout in which flipping ``flip`` moves the longest runs of states."""
    return max(layouts, key=lambda layout: layout.shortest_run(flip))


def _least_bucket(buckets: npt.NDArray[np.uint8], mine: list[int], layout: BitLayout,
                  layers: list[MoveLayer]) -> list[npt.NDArray[np.uint8]]:
    """Per UI flip g of the focal DM, the least bucket at ``s ^ g ^ f`` over ``layers``' moves.

    Computed in ``layout``'s order and returned in code order (255: no move).
    """
    if not layers:
        return [np.full(len(buckets), 255, dtype=np.uint8) for _ in mine]
    bits = layout.bits
    shape = (2,) * bits
    ordered = layout.to(buckets)
    moved = [np.ascontiguousarray(xor_permute(ordered, layout.position(g))).reshape(shape)
             for g in mine]
    least = [np.full(shape, 255, dtype=np.uint8) for _ in mine]
    scratch = np.empty(shape, dtype=np.uint8)
    for layer in layers:
        excluded = layer.excluded_bytes(layout).reshape(shape)
        for g_moved, g_least in zip(moved, least, strict=True):
            np.bitwise_or(layout.flipped(g_moved, layer.flip), excluded, out=scratch)
            np.minimum(g_least, scratch, out=g_least)
    return [layout.back(g_least.reshape(-1)) for g_least in least]


def _two_movers(moves: MoveGraph, others: list[int], search: _JointSearch, pair: AnyInt
                ) -> AnyInt:
    """Sanctions by two other DMs' UIs taken together, for the pairs left by one; the rest.

    Same conditions as :func:`_single_movers` (joint moves are XORs of flips,
    state index = code).  Each combination of two layers of different DMs is
    one vectorised test over the open pairs; the open set is compacted as it
    shrinks.  It compares rank buckets (a byte table that stays in cache;
    equal buckets settle nothing unless they are exact).
    """
    layers = [(k, layer) for k in others for layer in moves.layers_of(k, improvements=True)]
    values = search.buckets
    compare = np.less_equal if search.exact else np.less
    # pairs from the states i ranks lowest are seldom sanctioned by two movers (and never
    # from the lowest bucket unless exact); the walk of low states settles them cheaply
    low = values[search.src[pair]] < (0 if search.exact else TWO_MOVER_LOW_BUCKETS)
    skipped, pair = pair[low], pair[~low]
    at = search.src[pair]
    base = search.dst[pair]
    threshold = values[at]
    valid = [layer.valid_at(at) for _, layer in layers]
    open_ = np.ones(len(pair), dtype=bool)
    size = len(pair)
    # scratch arrays reused by every test (fresh ones would be mapped and faulted in)
    hit, below = np.empty(size, dtype=bool), np.empty(size, dtype=bool)
    moved, reached = np.empty_like(base), np.empty_like(threshold)
    for a, (k_a, layer_a) in enumerate(layers):
        for b in range(a + 1, len(layers)):
            k_b, layer_b = layers[b]
            if k_a == k_b:
                continue
            np.logical_and(valid[a], valid[b], out=hit)
            np.bitwise_xor(base, layer_a.flip ^ layer_b.flip, out=moved)
            np.take(values, moved, out=reached)
            compare(reached, threshold, out=below)
            hit &= below
            np.greater(open_, hit, out=open_)  # open and not hit
        left = int(np.count_nonzero(open_))
        if left < size * 7 // 8:  # compact
            search.sanctioned[pair[~open_]] = True
            keep = np.flatnonzero(open_)
            pair, at, base, threshold = pair[keep], at[keep], base[keep], threshold[keep]
            valid = [v[keep] for v in valid]
            open_ = np.ones(left, dtype=bool)
            hit, below, moved, reached = hit[:left], below[:left], moved[:left], reached[:left]
            size = left
    search.sanctioned[pair[~open_]] = True
    return np.concatenate([skipped, pair[open_]])
