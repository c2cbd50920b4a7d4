"""Size limits of the analysis: memory of the exact frontier, spaces enumerated whole.

The issue-by-issue frontier (Nemhauser & Ullmann 1969) stays small on real
preferences (Beier & Vöcking 2004), but not on degenerate ones: when parties'
preferences are exactly opposed every outcome is Pareto-optimal, and four
numeric issues of 1,000 levels give a frontier of 10^12 outcomes.  Before each
merge the engine calls :func:`check_frontier_merge`, which estimates the memory
the merge needs from the current frontier and the next issue's undominated
options, and raises a :class:`~truce.errors.TruceError` giving that size and
what to do instead of letting numpy fail on a huge allocation.

The limit is :data:`DEFAULT_FRONTIER_MEMORY_GIB` unless a caller (the CLI's
``--frontier-memory``) sets another for a block of work with
:func:`frontier_memory_limit`.  Analyses that pass over every outcome once
(what reopens an empty zone, which options the zone leaves open) stop at
:data:`REOPEN_LIMIT` outcomes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from truce.errors import TruceError

__all__ = [
    "DEFAULT_FRONTIER_MEMORY_GIB",
    "REOPEN_LIMIT",
    "check_frontier_merge",
    "frontier_memory_limit",
    "merge_bytes",
]

DEFAULT_FRONTIER_MEMORY_GIB = 4.0
"""Largest frontier merge, in GiB, computed when no other limit is set."""

REOPEN_LIMIT = 2_000_000
"""Largest space whose reservation-value cuts are computed (one enumeration pass)."""

_GIB = 1 << 30
_limit_gib: ContextVar[float] = ContextVar("frontier_memory_gib", default=DEFAULT_FRONTIER_MEMORY_GIB)


@contextmanager
def frontier_memory_limit(gib: float) -> Iterator[None]:
    """Within the block, allow frontier merges of up to ``gib`` GiB."""
    if not gib > 0:
        raise TruceError(f"the frontier memory limit must be positive, got {gib:g} GiB")
    token = _limit_gib.set(gib)
    try:
        yield
    finally:
        _limit_gib.reset(token)


def merge_bytes(candidates: int, n_issues: int, n_parties: int) -> int:
    """Memory of one merge of ``candidates`` outcomes: their option rows and utilities
    (8-byte integers) and the sort and mask arrays the pruning uses (about 64 bytes each)."""
    return candidates * (8 * (n_issues + n_parties) + 64)


def check_frontier_merge(
    issues: Sequence[str], issue: int, n_parties: int, frontier_size: int, options: int
) -> None:
    """Refuse a merge of ``frontier_size`` outcomes with ``options`` options of ``issues[issue]``
    whose estimated memory exceeds the limit.

    Raises
    ------
    TruceError
        With the number of candidate outcomes, their estimated size and what to do.
    """
    candidates = frontier_size * options
    need = merge_bytes(candidates, len(issues), n_parties)
    limit = _limit_gib.get()
    if need <= limit * _GIB:
        return
    raise TruceError(
        f"the Pareto frontier is too large to compute exactly: adding issue {issues[issue]!r} "
        f"({options:,} undominated options) to the {frontier_size:,} frontier outcomes before it "
        f"gives {candidates:,} candidate outcomes, about {need / _GIB:,.1f} GiB, more than the "
        f"limit of {limit:g} GiB (the parties' preferences leave almost every outcome undominated)",
        hint="give numeric issues fewer levels, or raise the limit with "
        f"--frontier-memory {max(1, -(-need // _GIB))} if the machine has that much memory",
    )
