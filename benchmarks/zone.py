"""Agreement-zone count: meet in the middle vs chunked enumeration, measured in one run.

Seeded random additive 2-party domains (k issues × 10 options, reservation
values 0.45).  The peer is truce's own chunked enumeration of every outcome
(the brute force a count without the split would need); beyond 10^8 outcomes
it is not run.  Prints a Markdown table; nothing is asserted.

    python benchmarks/zone.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import numpy as np

from truce.analysis.zone import agreement_zone
from truce.model.outcomes import OutcomeSpace

T = TypeVar("T")


def domain(issues: int, seed: int = 2024) -> OutcomeSpace:
    rng = np.random.default_rng(seed)
    weights = rng.dirichlet(np.ones(issues), size=2)
    tables = tuple(rng.random((10, 2)) * weights[:, i] for i in range(issues))
    return OutcomeSpace(
        issues=tuple(f"i{i}" for i in range(issues)),
        options=tuple(tuple(f"o{j}" for j in range(10)) for _ in range(issues)),
        parties=("a", "b"),
        float_tables=tables,
        reservation=np.array([0.45, 0.45]),
    )


def timed(run: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = run()
    return result, time.perf_counter() - start


def main() -> None:
    print("| outcomes | zone size | meet in the middle | enumeration | enumeration / split | same count |")
    print("|---:|---:|---:|---:|---:|:---:|")
    for issues in (6, 7, 8, 10, 12):
        space = domain(issues)
        split, t_split = timed(lambda space=space: agreement_zone(space, method="split"))
        if space.size <= 10**8:
            enumerated, t_enum = timed(
                lambda space=space: agreement_zone(space, method="enumerate", limit=10**8)
            )
            same = "yes" if enumerated.size == split.size else "NO"
            peer = f"{t_enum:.2f} s | {t_enum / t_split:,.0f}× | {same}"
        else:
            peer = "– | – | –"
        print(f"| {space.size:,} | {split.size:,} | {t_split:.3f} s | {peer} |")


if __name__ == "__main__":
    main()
