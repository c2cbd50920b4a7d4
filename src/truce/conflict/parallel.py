"""Large conflicts: a stability concept for every decision maker at once, on threads.

The stability of the states for one DM is independent of that for another,
and the vectorised kernels spend their time in numpy loops that release the
GIL, so for large conflicts the first request for one DM computes all DMs on
a small thread pool and keeps the others' results on the
:class:`~truce.conflict.moves.MoveGraph` (whose lazily built layers are
prepared before the threads start).
"""

from __future__ import annotations

import ctypes
import functools
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from truce.arrays import BoolArray
from truce.conflict.moves import MoveGraph

__all__ = ["PARALLEL_STATES", "all_dms_at_once", "release_free_memory"]

Concept = Callable[[MoveGraph, int], BoolArray]

#: Conflicts with at least this many states are analysed on several threads.
PARALLEL_STATES = 1 << 16


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None on other C libraries."""
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):  # no such symbol, or no C library handle
        return None
    return trim


def release_free_memory() -> None:
    """Give the pages of freed arrays back to the system (glibc only; elsewhere nothing).

    glibc keeps memory freed by worker threads in their own arenas, and after
    a large block is freed it serves blocks of that size from the heap
    instead of fresh mappings, so the freed scratch arrays of one concept
    would stay resident through the next ones (about 100 MiB at 2^20 states
    with two threads).  ``malloc_trim(0)`` returns the whole free pages of
    every arena, as Dask's workers do for the same reason.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _trimmed(function: Concept, moves: MoveGraph, dm: int) -> BoolArray:
    """``function(moves, dm)``, then the freed scratch memory goes back to the system."""
    result = function(moves, dm)
    release_free_memory()
    return result


def _workers(moves: MoveGraph) -> int:
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(available or 1, moves.model.n_dms)


def all_dms_at_once(function: Concept) -> Concept:
    """Wrap a per-DM stability function to run all DMs on threads for large conflicts."""

    @functools.wraps(function)
    def wrapper(moves: MoveGraph, dm: int) -> BoolArray:
        workers = _workers(moves)
        if moves.model.n_states < PARALLEL_STATES or workers < 2:
            return function(moves, dm)
        key = (function.__qualname__, dm)
        if key not in moves.memo:
            moves.prepare()
            with ThreadPoolExecutor(max_workers=workers) as pool:
                results = list(pool.map(lambda d: _trimmed(function, moves, d),
                                        range(moves.model.n_dms)))
            for d, result in enumerate(results):  # kept bit-packed: an eighth of the memory
                moves.memo[(function.__qualname__, d)] = np.packbits(result)
        unpacked: BoolArray = np.unpackbits(moves.memo[key], count=moves.model.n_states).astype(bool)
        return unpacked

    return wrapper
