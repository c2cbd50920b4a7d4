"""Time a full graph-model stability analysis against the number of states.

Conflicts with 2^8 ... 2^20 states: every option combination feasible, the
options split over decision makers (two options each, so 2^20 states has
ten DMs), random preference ranks from a seeded generator.  Times each
stability concept and the status-quo search, single-threaded (the process
pinned to one core) and with two threads (from 2^16 states GMR, SMR, SEQ and
SIM then run the DMs on a thread pool, truce.conflict.parallel), and records
the peak memory of the analysis.  Each size and thread setting runs in a
fresh process ``--repeat`` times (best time and least peak kept), so the
machine's other load shows as spread, not as a bias towards one setting.
Prints a table; never asserts.

No peer tool is installable from PyPI (GMCR+ / gmcr-py is distributed only as
source on GitHub, GMCR II as a Windows program), so ratios are against our own
brute-force textbook oracle (tests/conflict/gmcr_oracle.py) on the sizes it can
handle in reasonable time.

Run: .venv/bin/python benchmarks/conflict.py [--max-bits 20] [--repeat 3] [--options-per-dm 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
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
    ranks = np.empty((len(dms), n), dtype=np.int64)
    for row in ranks:  # row by row: no temporary the size of the whole table
        row[:] = rng.integers(0, n, size=n)
    return GraphModel(name=f"random-{bits}", decision_makers=dms,
                      codes=np.arange(n, dtype=np.int64),
                      state_ids=np.arange(1, n + 1, dtype=np.int64), ranks=ranks, status_quo=0)


def time_engine(model: GraphModel) -> tuple[dict[str, float], float]:
    """Wall seconds per phase of a full analysis, and the CPU seconds of all of it.

    ``moves`` = the improvement masks or tables.  CPU time counts every
    thread of the process, so with two busy threads it exceeds wall time.
    """
    times: dict[str, float] = {}
    cpu = time.process_time()
    start = time.perf_counter()
    moves = MoveGraph(model)
    moves.prepare()
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
    return times, time.process_time() - cpu


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(bits: int, per_dm: int, seed: int, threads: int) -> None:
    """One measurement in this process: print times and peak memory as JSON."""
    if threads == 1 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    model = make_model(bits, per_dm, np.random.default_rng([seed, bits]))
    before = _peak_mib()
    load = os.getloadavg()[0]
    times, cpu = time_engine(model)
    print(json.dumps({"times": times, "cpu": cpu, "peak": _peak_mib(), "before": before,
                      "dms": model.n_dms, "states": model.n_states, "load": load}))


def measure(bits: int, args: argparse.Namespace, threads: int) -> dict[str, object]:
    """Best of ``args.repeat`` fresh processes."""
    runs = []
    for _ in range(args.repeat):
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(bits), "--threads", str(threads),
             "--options-per-dm", str(args.options_per_dm), "--seed", str(args.seed)],
            check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out))
    best = {key: min(run["times"][key] for run in runs) for key in runs[0]["times"]}
    return {"times": best, "peak": min(run["peak"] for run in runs),
            "before": min(run["before"] for run in runs), "dms": runs[0]["dms"],
            "states": runs[0]["states"], "spread": max(run["times"]["total"] for run in runs),
            "cpu": min(run["cpu"] for run in runs),
            "load": [min(run["load"] for run in runs), max(run["load"] for run in runs)]}


def _load_range(*measured: dict[str, object]) -> str:
    loads = [load for m in measured for load in m["load"]]  # type: ignore[attr-defined]
    return f"{min(loads):.1f}-{max(loads):.1f}"


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
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.options_per_dm, args.seed, args.threads)
        return
    console = Console(width=230)
    table = Table(title="Graph-model stability analysis time (seconds, best of "
                  f"{args.repeat} processes)", title_justify="left")
    columns = ["states", "DMs", "moves", *(k.upper() for k in STABILITY_CONCEPTS),
               "status quo", "total, 1 thread", "(worst run)", "CPU, 1 thread",
               "total, 2 threads", "CPU, 2 threads", "peak MiB (model)", "peak MiB, 2 threads",
               "load", "oracle", "oracle / truce"]
    for column in columns:
        table.add_column(column, justify="right")
    for bits in range(args.min_bits, args.max_bits + 1, 2):
        one = measure(bits, args, threads=1)
        two = measure(bits, args, threads=2)
        times = one["times"]
        assert isinstance(times, dict)
        oracle_time = None
        if bits <= ORACLE_MAX_BITS:
            model = make_model(bits, args.options_per_dm, np.random.default_rng([args.seed, bits]))
            oracle_time = time_oracle(model, args.options_per_dm)
        table.add_row(
            f"2^{bits} = {one['states']:,}", str(one["dms"]), f"{times['moves']:.3f}",
            *(f"{times[k]:.3f}" for k in STABILITY_CONCEPTS),
            f"{times['status quo']:.3f}", f"{times['total']:.3f}", f"{one['spread']:.3f}",
            f"{one['cpu']:.2f}", f"{two['times']['total']:.3f}",  # type: ignore[index]
            f"{two['cpu']:.2f}", f"{one['peak']:.0f} ({one['before']:.0f})", f"{two['peak']:.0f}",
            _load_range(one, two),
            "—" if oracle_time is None else f"{oracle_time:.2f}",
            "—" if oracle_time is None else f"{oracle_time / times['total']:.0f}×",
        )
        console.print(f"done 2^{bits}", style="dim")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    table.caption = (
        f"seed {args.seed}; {args.options_per_dm} options per DM, all combinations feasible, "
        "random ranks.  Columns up to 'total, 1 thread': one process pinned to one core.  "
        "CPU: process CPU seconds of the best run (all threads).  Peak MiB: the "
        "process's peak resident memory (in brackets: after building the model, before "
        "the analysis).  Load: least and greatest 1-minute load average seen when a "
        f"measuring process started.  Load average when done: {load:.1f} on "
        f"{os.cpu_count()} cores.  No peer GMCR tool is installable from PyPI, so the ratio "
        "is against truce's own brute-force textbook oracle (tests/conflict/gmcr_oracle.py).")
    table.caption_justify = "left"
    console.print(table)


if __name__ == "__main__":
    main()
