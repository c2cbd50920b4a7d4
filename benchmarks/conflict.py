"""Time a full graph-model stability analysis against the number of states.

Conflicts with 2^8 ... 2^20 states: every option combination feasible, the
options split over decision makers (two options each, so 2^20 states has
ten DMs), random preference ranks from a seeded generator.  Times each
stability concept and the status-quo search.  Prints a table; never asserts.
From 2^16 states GMR, SMR, SEQ and SIM run all DMs at once on a thread pool
(truce.conflict.parallel), so their column is the time for all DMs together
(the first of them also pays for preparing the shared move tables).

No peer tool is installable from PyPI (GMCR+ / gmcr-py is distributed only as
source on GitHub, GMCR II as a Windows program), so ratios are against our own
brute-force textbook oracle (tests/conflict/gmcr_oracle.py) on the sizes it can
handle in reasonable time.

Run: .venv/bin/python benchmarks/conflict.py [--max-bits 20] [--options-per-dm 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

from truce.conflict import STABILITY_CONCEPTS, DecisionMaker, GraphModel, MoveGraph, Option
from truce.conflict.status_quo import status_quo_reach

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.conflict import gmcr_oracle as oracle

ORACLE_MAX_BITS = 8


def make_model(bits: int, per_dm: int, rng: np.random.Generator) -> GraphModel:
    sizes = [per_dm] * (bits // per_dm) + ([bits % per_dm] if bits % per_dm else [])
    dms = tuple(
        DecisionMaker(f"DM{d + 1}", tuple(Option(f"o{d}_{k}") for k in range(size)))
        for d, size in enumerate(sizes)
    )
    n = 1 << bits
    ranks = rng.integers(0, n, size=(len(dms), n), dtype=np.int64)
    return GraphModel(name=f"random-{bits}", decision_makers=dms,
                      codes=np.arange(n, dtype=np.int64),
                      state_ids=np.arange(1, n + 1, dtype=np.int64), ranks=ranks, status_quo=0)


def time_engine(model: GraphModel) -> dict[str, float]:
    times: dict[str, float] = {}
    start = time.perf_counter()
    moves = MoveGraph(model)
    for dm in range(model.n_dms):
        moves.improvements(dm)
    times["moves"] = time.perf_counter() - start
    for key, concept in STABILITY_CONCEPTS.items():
        t0 = time.perf_counter()
        for dm in range(model.n_dms):
            concept.function(moves, dm)
        times[key] = time.perf_counter() - t0
    t0 = time.perf_counter()
    status_quo_reach(moves, 0)
    times["status quo"] = time.perf_counter() - t0
    times["total"] = time.perf_counter() - start
    return times


def time_oracle(model: GraphModel, per_dm: int) -> float:
    masks = [((1 << len(dm.options)) - 1) << (per_dm * d) for d, dm in enumerate(model.decision_makers)]
    case = oracle.RawCase(model.codes.tolist(), masks, 0, 0, model.ranks.tolist())
    start = time.perf_counter()
    for key in STABILITY_CONCEPTS:
        for dm in range(model.n_dms):
            for s in range(model.n_states):
                oracle.stable(case, key, dm, s)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-bits", type=int, default=8)
    parser.add_argument("--max-bits", type=int, default=20)
    parser.add_argument("--options-per-dm", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    console = Console()
    table = Table(title="Graph-model stability analysis time (seconds)", title_justify="left")
    columns = ["states", "DMs", "moves", *(k.upper() for k in STABILITY_CONCEPTS),
               "status quo", "total", "oracle", "oracle / truce"]
    for column in columns:
        table.add_column(column, justify="right")
    for bits in range(args.min_bits, args.max_bits + 1, 2):
        model = make_model(bits, args.options_per_dm, rng)
        times = time_engine(model)
        oracle_time = time_oracle(model, args.options_per_dm) if bits <= ORACLE_MAX_BITS else None
        table.add_row(
            f"2^{bits} = {model.n_states:,}", str(model.n_dms), f"{times['moves']:.3f}",
            *(f"{times[k]:.3f}" for k in STABILITY_CONCEPTS),
            f"{times['status quo']:.3f}", f"{times['total']:.3f}",
            "—" if oracle_time is None else f"{oracle_time:.2f}",
            "—" if oracle_time is None else f"{oracle_time / times['total']:.0f}×",
        )
        console.print(f"done 2^{bits}", style="dim")
    table.caption = (
        f"seed {args.seed}; {args.options_per_dm} options per DM, all combinations feasible, "
        "random ranks.  No peer GMCR tool is installable from PyPI, so the ratio is against "
        "truce's own brute-force textbook oracle (tests/conflict/gmcr_oracle.py).")
    table.caption_justify = "left"
    console.print(table)


if __name__ == "__main__":
    main()
