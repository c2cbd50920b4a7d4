"""Coarse rank buckets and a bit-rotated state order, for whole-array sanction tests.

Two tools for the tests that compare a DM's ranks at ``s`` and at ``s XOR f``
for every state at once, when every option combination is a state:

- :func:`rank_buckets` maps a rank row to one byte per state, monotone in the
  rank.  A byte array of 2^20 states fits a 2 MiB L2 cache where the ``int32``
  ranks do not, so the comparisons run about twice as fast.  A lower bucket
  means a lower rank; equal buckets decide nothing unless the ranks span at
  most 255 values (then the bucket is the rank itself, and the test is exact).
- :class:`BitLayout` stores the arrays with the lower half of the option bits
  moved to the top.  Flipping option bit ``b`` permutes runs of ``2**b``
  consecutive states, and numpy's loops over runs of one to a few elements are
  ten to thirty times slower than over long runs; in the rotated order the
  low bits become high ones, so every flip is cheap in one of the two orders.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["BUCKETS", "BitLayout", "rank_buckets"]

#: Number of rank buckets; the byte value 255 is left free to mean "no move".
BUCKETS = 255
#: States converted at once.
CHUNK = 1 << 16


def rank_buckets(ranks: npt.NDArray[np.integer[Any]]) -> tuple[npt.NDArray[np.uint8], bool]:
    """One byte per state, non-decreasing in ``ranks``, and whether it is exact.

    ``bucket(x) < bucket(s)`` implies ``rank(x) < rank(s)``.  When the ranks
    span at most :data:`BUCKETS` values the bucket is ``rank - min`` and
    ``bucket(x) <= bucket(s)`` is exactly ``rank(x) <= rank(s)`` (returned
    flag True); otherwise the buckets are equal-width slices of the rank range.
    """
    low, high = int(ranks.min()), int(ranks.max())
    span = high - low + 1
    if span <= BUCKETS:
        return (ranks - low).astype(np.uint8), True
    # float arithmetic cannot overflow and stays monotone; clip the rounding at the top;
    # in chunks, so no float copy of the whole row is made
    out = np.empty(len(ranks), dtype=np.uint8)
    scaled = np.empty(min(len(ranks), CHUNK), dtype=np.float64)
    for begin in range(0, len(ranks), CHUNK):
        part = ranks[begin:begin + CHUNK]
        work = scaled[:len(part)]
        np.subtract(part, float(low), out=work)
        work *= BUCKETS / span
        np.minimum(work, BUCKETS - 1, out=work)
        out[begin:begin + len(part)] = work
    return out, False


class BitLayout:
    """A state order: identity, or the lower ``low`` of ``bits`` option bits rotated to the top.

    In the rotated order the state with code ``s`` sits at
    ``(s >> low) | ((s & (2**low - 1)) << (bits - low))``: the transpose of
    the ``(2**(bits - low), 2**low)`` matrix of the states.

    Parameters
    ----------
    bits
        Number of option bits of a state code (``2**bits`` states).
    low
        Number of lowest bits rotated to the top; 0 for the identity order.
    """

    def __init__(self, bits: int, low: int) -> None:
        self.bits = bits
        self.low = low

    def position(self, flip: int) -> int:
        """The option bits ``flip`` as bits of this order's positions."""
        if not self.low:
            return flip
        part = (1 << self.low) - 1
        return (flip >> self.low) | ((flip & part) << (self.bits - self.low))

    def shortest_run(self, flip: int) -> int:
        """Lowest position bit that ``flip`` moves (longer runs of untouched states are faster)."""
        moved = self.position(flip)
        return (moved & -moved).bit_length() - 1

    def to(self, array: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """``array`` (one entry per state code) in this order, a contiguous copy unless identity."""
        if not self.low:
            return array
        matrix = array.reshape(1 << (self.bits - self.low), 1 << self.low)
        return np.ascontiguousarray(matrix.T).reshape(-1)

    def back(self, array: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """The inverse of :meth:`to`."""
        if not self.low:
            return array
        matrix = array.reshape(1 << self.low, 1 << (self.bits - self.low))
        return np.ascontiguousarray(matrix.T).reshape(-1)

    def flipped(self, cube: npt.NDArray[Any], flip: int) -> npt.NDArray[Any]:
        """A view of ``cube`` (shape ``(2,) * bits``, in this order) at ``s XOR flip``."""
        moved = self.position(flip)
        axes = tuple(self.bits - 1 - j for j in range(self.bits) if moved >> j & 1)
        return np.flip(cube, axis=axes)
