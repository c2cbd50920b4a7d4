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

Prints, per phase (moves, each concept, status quo), the CPU seconds and the
peak resident memory while it ran, and the whole analysis's wall and CPU
time with one and two threads; when 2^20 is among the sizes, whether the
target (4 s wall and 300 MiB peak, one thread and two) was met in this run.

Run: .venv/bin/python benchmarks/conflict.py [--max-bits 20] [--repeat 3] [--options-per-dm 2]
(``--quick``: 2^6 to 2^10 states once, to check the script runs)
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.table import Table

from truce.conflict import STABILITY_CONCEPTS, DecisionMaker, GraphModel, MoveGraph, Option
from truce.conflict.status_quo import status_quo_reach

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.conflict import gmcr_oracle as oracle

ORACLE_MAX_BITS = 8
#: The target: a full analysis of 2^20 states within 4 s wall and 300 MiB peak, with one
#: thread and with two (on the 2-core development machine with nothing else running).
TARGET_BITS, TARGET_SECONDS, TARGET_MIB = 20, 4.0, 300.0


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


def _reset_peak() -> bool:
    """Reset the process's peak resident memory (Linux ``clear_refs``); False if unsupported."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _resident_peak_mib() -> float:
    """Peak resident memory since the last :func:`_reset_peak` (since start if never reset)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _peak_mib()


def _every_dm(function: Callable[[MoveGraph, int], object], moves: MoveGraph) -> None:
    for dm in range(moves.model.n_dms):
        function(moves, dm)


def time_engine(model: GraphModel) -> dict[str, dict[str, float]]:
    """Wall seconds, CPU seconds and peak resident MiB of each phase of a full analysis.

    ``moves`` = the improvement masks or tables.  CPU time counts every
    thread of the process, so with two busy threads it exceeds wall time.
    The peak of a phase is the process's peak resident memory while it ran
    (the model and earlier phases' caches included), measured by resetting
    the kernel's high-water mark at the start of the phase where Linux
    allows it (else the peak since the process started).
    """
    phases: dict[str, dict[str, float]] = {}

    def run(name: str, work: Callable[[], object]) -> None:
        _reset_peak()
        cpu, wall = time.process_time(), time.perf_counter()
        work()
        phases[name] = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                        "peak": _resident_peak_mib()}

    moves = MoveGraph(model)
    run("moves", moves.prepare)
    for key, concept in STABILITY_CONCEPTS.items():
        run(key, functools.partial(_every_dm, concept.function, moves))
    run("status quo", lambda: status_quo_reach(moves, 0))
    total = {field: sum(phase[field] for phase in phases.values()) for field in ("wall", "cpu")}
    total["peak"] = max(phase["peak"] for phase in phases.values())
    phases["total"] = total
    return phases


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(bits: int, per_dm: int, seed: int, threads: int) -> None:
    """One measurement in this process: print the phases and the model's memory as JSON."""
    if threads == 1 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    model = make_model(bits, per_dm, np.random.default_rng([seed, bits]))
    before = _resident_peak_mib()
    load = os.getloadavg()[0]
    phases = time_engine(model)
    print(json.dumps({"phases": phases, "before": before, "dms": model.n_dms,
                      "states": model.n_states, "load": load}))


def measure(bits: int, args: argparse.Namespace, threads: int) -> dict[str, Any]:
    """Best of ``args.repeat`` fresh processes, phase by phase (least time, least peak)."""
    runs = []
    for _ in range(args.repeat):
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(bits), "--threads", str(threads),
             "--options-per-dm", str(args.options_per_dm), "--seed", str(args.seed)],
            check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out))
    best = {name: {field: min(run["phases"][name][field] for run in runs)
                   for field in ("wall", "cpu", "peak")}
            for name in runs[0]["phases"]}
    return {"phases": best, "before": min(run["before"] for run in runs),
            "dms": runs[0]["dms"], "states": runs[0]["states"],
            "spread": max(run["phases"]["total"]["wall"] for run in runs),
            "load": [min(run["load"] for run in runs), max(run["load"] for run in runs)]}


def _load_range(*measured: dict[str, Any]) -> str:
    loads = [load for m in measured for load in m["load"]]
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


PHASES = ["moves", *STABILITY_CONCEPTS, "status quo"]


def _phase_table(repeat: int) -> Table:
    table = Table(title="Graph-model analysis, one thread: CPU seconds / peak resident MiB "
                  f"per phase (best of {repeat} processes)", title_justify="left")
    for column in ["states", "DMs", *(p if p == "status quo" else p.upper() for p in PHASES),
                   "model MiB", "load"]:
        table.add_column(column, justify="right")
    return table


def _total_table(repeat: int) -> Table:
    table = Table(title=f"Whole analysis (seconds, best of {repeat} processes)",
                  title_justify="left")
    for column in ["states", "wall, 1 thread", "(worst run)", "CPU, 1 thread",
                   "peak MiB, 1 thread", "wall, 2 threads", "CPU, 2 threads",
                   "peak MiB, 2 threads", "load", "oracle", "oracle / truce"]:
        table.add_column(column, justify="right")
    return table


def _target_line(one: dict[str, float], two: dict[str, float]) -> str:
    """Whether this run met the target at 2^20 states (a wall time under load says little)."""
    verdicts = []
    for label, total in (("1 thread", one), ("2 threads", two)):
        met = total["wall"] <= TARGET_SECONDS and total["peak"] <= TARGET_MIB
        verdicts.append(f"{label}: {total['wall']:.2f} s, {total['peak']:.0f} MiB "
                        f"({'met' if met else 'not met'})")
    return (f"Target at 2^{TARGET_BITS} states: {TARGET_SECONDS:.0f} s wall and "
            f"{TARGET_MIB:.0f} MiB peak.  " + "; ".join(verdicts) + ".")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-bits", type=int, default=8)
    parser.add_argument("--max-bits", type=int, default=20)
    parser.add_argument("--options-per-dm", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true",
                        help="2^6 to 2^10 states, one process each (checks the script runs)")
    parser.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.options_per_dm, args.seed, args.threads)
        return
    oracle_max = ORACLE_MAX_BITS
    if args.quick:
        args.min_bits, args.max_bits, args.repeat, oracle_max = 6, 10, 1, 6
    console = Console(width=200)
    phases, totals = _phase_table(args.repeat), _total_table(args.repeat)
    target = ""
    for bits in range(args.min_bits, args.max_bits + 1, 2):
        one = measure(bits, args, threads=1)
        two = measure(bits, args, threads=2)
        p1, p2 = one["phases"], two["phases"]
        states = f"2^{bits} = {one['states']:,}"
        phases.add_row(states, str(one["dms"]),
                       *(f"{p1[p]['cpu']:.2f} / {p1[p]['peak']:.0f}" for p in PHASES),
                       f"{one['before']:.0f}", _load_range(one))
        oracle_time = None
        if bits <= oracle_max:
            model = make_model(bits, args.options_per_dm, np.random.default_rng([args.seed, bits]))
            oracle_time = time_oracle(model, args.options_per_dm)
        totals.add_row(
            states, f"{p1['total']['wall']:.3f}", f"{one['spread']:.3f}",
            f"{p1['total']['cpu']:.2f}", f"{p1['total']['peak']:.0f}",
            f"{p2['total']['wall']:.3f}", f"{p2['total']['cpu']:.2f}",
            f"{p2['total']['peak']:.0f}", _load_range(one, two),
            "—" if oracle_time is None else f"{oracle_time:.2f}",
            "—" if oracle_time is None else f"{oracle_time / p1['total']['wall']:.0f}×")
        console.print(f"done 2^{bits}", style="dim")
        if bits == TARGET_BITS:
            target = _target_line(p1["total"], p2["total"])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    totals.caption = (
        f"seed {args.seed}; {args.options_per_dm} options per DM, all combinations feasible, "
        "random ranks.  1 thread: one process pinned to one core; 2 threads: from 2^16 "
        "states GMR, SMR, SEQ and SIM run the DMs on a thread pool.  CPU: process CPU "
        "seconds (all threads).  Peak MiB: the process's peak resident memory, the model "
        "included ('model MiB': after building the model, before the analysis; a phase's "
        "peak is the high-water mark while it ran).  Load: least and greatest 1-minute load "
        f"average seen when a measuring process started; {load:.1f} when done, on "
        f"{os.cpu_count()} cores.  No peer GMCR tool is installable from PyPI, so the ratio "
        "is against truce's own brute-force textbook oracle (tests/conflict/gmcr_oracle.py).")
    totals.caption_justify = "left"
    console.print(phases)
    console.print(totals)
    if args.min_bits <= TARGET_BITS <= args.max_bits and not (TARGET_BITS - args.min_bits) % 2:
        console.print(target)


if __name__ == "__main__":
    main()
