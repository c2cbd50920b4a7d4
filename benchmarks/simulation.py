"""Negotiations per second: truce's vectorised Monte Carlo vs NegMAS's SAO mechanism, same run.

    .venv/bin/python benchmarks/simulation.py                    # everything
    .venv/bin/python benchmarks/simulation.py --quick            # every table, tiny sizes (a check)
    .venv/bin/python benchmarks/simulation.py --flagship-runs 0  # domains only
    .venv/bin/python benchmarks/simulation.py --runs 200 --no-peer --flagship-runs 100000  # CPU/run
    TRUCE_NEGMAS_PYTHON=/path/to/venv/bin/python .venv/bin/python benchmarks/simulation.py

What it measures:

* **Domains**: the GENIUS/ANAC domains in ``../shared/data/genius`` (when
  present) and a seeded random additive 2-party domain of 8 issues × 5
  options (390,625 outcomes), written as GENIUS XML so both tools read the same
  files.  100-round bilateral alternating offers, Boulware (first) against
  Conceder.  truce plays ``--runs`` negotiations in one process (one core);
  NegMAS plays ``--peer-runs`` with ``BoulwareTBNegotiator`` and
  ``ConcederTBNegotiator`` in ``SAOMechanism(n_steps=100)``.  Times include
  everything after the files are read (truce: plan, arrays, play; NegMAS:
  building the mechanism and negotiators, which presort the outcomes).
* **Reference check**: for Boulware, linear and Conceder pairs, agreement
  rate, mean agreement utility of each party and mean rounds to agreement in
  both tools (truce with ``ac_next``), and the largest utility difference.
* **Flagship**: truce alone, ``--flagship-runs`` runs of the Gaza scenario
  from 16 Aug 2024 (two rounds a day, 40 rounds, timeline shocks, sampled
  preferences, Conceder against Conceder) on the local executor with 1 and 2
  workers and on a ``distributed.LocalCluster`` of 2 workers (as Dask starts
  it, and with glibc's mmap threshold raised to 64 MiB in its workers): wall time,
  speed-up over one local worker, CPU per run of the workers and of this
  process (which holds the LocalCluster's scheduler), cores used and the
  load average; then what the idle cluster costs (CPU per second of its
  processes while no task runs), which grows with wall time, not with runs;
  then a control: a pure-Python loop (no memory traffic) in one worker and
  in two at once, the speed-up this machine gives to work no cache limits.

NegMAS (AGPL) runs in its own environment: ``TRUCE_NEGMAS_PYTHON`` if set, else
``benchmarks/.venv-peer`` (created on first use, see ``frontier.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from frontier import SHARED_GENIUS, peer_python, write_synthetic  # noqa: E402
from truce.io.genius import read_genius_folder  # noqa: E402
from truce.io.scenario_file import load_scenario  # noqa: E402
from truce.simulation import build_plan, simulate, simulation_start  # noqa: E402
from truce.simulation.executors import DaskExecutor, LocalExecutor  # noqa: E402

SPECIFIED_DOMAINS = ("CameraC", "CarB")
HEAP_THRESHOLD = 64 << 20
"""glibc's mmap threshold for the second Dask cluster: blocks below it come from the heap."""
"""GENIUS domains the throughput comparison is specified on (others found are measured too)."""
PAIRS = [
    ("boulware", "conceder"),
    ("conceder", "boulware"),
    ("linear", "linear"),
    ("boulware", "linear"),
    ("conceder", "conceder"),
    ("boulware", "boulware"),
]


def _peer() -> Path | None:
    given = os.environ.get("TRUCE_NEGMAS_PYTHON")
    return Path(given) if given else peer_python()


def negmas_runs(python: Path, folder: Path, runs: int, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    job = json.dumps({"folder": str(folder), "runs": runs, "n_steps": 100, "pairs": [list(p) for p in pairs]})
    done = subprocess.run(
        [str(python), str(HERE / "peer_negmas_sao.py"), job],
        capture_output=True,
        text=True,
        timeout=7200,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "NegMAS failed")
    return dict(json.loads(done.stdout))


def truce_runs(folder: Path, runs: int, pair: tuple[str, str]) -> tuple[float, Any]:
    scenario = read_genius_folder(folder).scenario
    a, b = (p.id for p in scenario.negotiators)
    start = time.perf_counter()
    result = simulate(
        scenario, runs=runs, rounds=100, strategies={a: [pair[0]], b: [pair[1]]}, shock_effects=False
    )
    return time.perf_counter() - start, result


def domains(args: argparse.Namespace, tmp: Path) -> list[tuple[str, Path]]:
    found = (
        [(p.name, p) for p in sorted(SHARED_GENIUS.iterdir()) if p.is_dir()] if SHARED_GENIUS.is_dir() else []
    )
    found.append(("synthetic 8 issues × 5", write_synthetic(tmp / "synthetic-8x5", 8, 5, seed=8)))
    return found


def missing_domains() -> list[str]:
    """The GENIUS domains the benchmark is specified on that ``../shared/data/genius`` lacks."""
    return [name for name in SPECIFIED_DOMAINS if not (SHARED_GENIUS / name).is_dir()]


def throughput(args: argparse.Namespace, python: Path | None, cases: list[tuple[str, Path]]) -> None:
    print("| domain | outcomes | truce negotiations/s (1 core) | NegMAS negotiations/s | truce / NegMAS |")
    print("|---|---:|---:|---:|---:|")
    for name, folder in cases:
        seconds, result = truce_runs(folder, args.runs, ("boulware", "conceder"))
        ours = args.runs / seconds
        peer_runs = (
            args.peer_runs if result.provenance["outcome_space"] < 100_000 else max(1, args.peer_runs // 10)
        )
        theirs = None
        if python is not None:
            peer = negmas_runs(python, folder, peer_runs, [("boulware", "conceder")])["results"][0]
            theirs = peer["runs"] / peer["seconds"]
        ratio = "–" if theirs is None else f"{ours / theirs:,.0f}×"
        peer_text = "–" if theirs is None else f"{theirs:,.1f}"
        print(
            f"| {name} | {result.provenance['outcome_space']:,} | {ours:,.0f} | {peer_text} | {ratio} |",
            flush=True,
        )
    for name in missing_domains():
        print(f"\n{name}: not in ../shared/data/genius, not measured (domains are never fetched)")


def reference(python: Path, cases: list[tuple[str, Path]]) -> None:
    print(
        "\n| domain | pair | agreement truce / NegMAS | rounds truce / NegMAS "
        "| utilities truce | utilities NegMAS | max |Δu| |"
    )
    print("|---|---|---|---|---|---|---:|")
    for name, folder in cases:
        peer = negmas_runs(python, folder, 1, PAIRS)["results"]
        for pair, theirs in zip(PAIRS, peer, strict=True):
            _, ours = truce_runs(folder, 1, pair)
            combo = ours.by_strategy[0]
            exact = theirs["utility"]
            agreed = ours.agreements > 0
            utilities = [round(u, 4) for u in combo.utility_mean] if agreed else None
            peer_u = [round(u, 4) for u in theirs["utility"]] if theirs["agreements"] else None
            delta = (
                "–"
                if utilities is None or peer_u is None
                else f"{max(abs(a - b) for a, b in zip(combo.utility_mean, exact, strict=True)):.2g}"
            )
            steps = "–" if ours.mean_steps is None else f"{ours.mean_steps:.0f}"
            peer_steps = "–" if theirs["mean_steps"] is None else f"{theirs['mean_steps']:.0f}"
            print(
                f"| {name} | {pair[0]}–{pair[1]} | {ours.agreement_rate:.0%} / "
                f"{theirs['agreements'] / theirs['runs']:.0%} "
                f"| {steps} / {peer_steps} | {utilities} | {peer_u} | {delta} |",
                flush=True,
            )


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


Row = tuple[str, float, float, float, Any]
"""Executor, wall seconds, CPU seconds of the workers and of this process, result."""


def _timed(label: str, run: Any, worker_cpu: Any) -> Row:
    """Wall seconds, CPU seconds (the workers; this process) and the result of ``run()``."""
    wall, cpu, workers = time.perf_counter(), time.process_time(), worker_cpu()
    result = run()
    mine, theirs = time.process_time() - cpu, worker_cpu() - workers
    return label, time.perf_counter() - wall, theirs, mine, result


def _idle_cost(client: Any, seconds: float) -> str:
    """CPU per wall second of this process (scheduler, client) and each worker while nothing runs."""
    import psutil

    pids = list(client.run(os.getpid).values())
    before = [sum(psutil.Process(pid).cpu_times()[:2]) for pid in pids]
    mine, wall = time.process_time(), time.perf_counter()
    time.sleep(seconds)
    wall = time.perf_counter() - wall
    after = [sum(psutil.Process(pid).cpu_times()[:2]) for pid in pids]
    workers = ", ".join(f"{(a - b) / wall:.3f}" for a, b in zip(after, before, strict=True))
    return (
        f"idle LocalCluster over {wall:.0f} s: {(time.process_time() - mine) / wall:.3f} cores in this "
        f"process (scheduler and client), {workers} in the workers"
    )


def _dask_worker_cpu(client: Any) -> float:
    import psutil

    pids = client.run(os.getpid).values()
    return sum(sum(psutil.Process(pid).cpu_times()[:2]) for pid in pids)


def _interpreter_work(steps: int) -> float:
    """CPU seconds of a pure-Python loop that touches no memory beyond a few objects."""
    start = time.process_time()
    total = 0
    for i in range(steps):
        total += i * i % 7
    return time.process_time() - start


def machine_control(steps: int) -> str:
    """What two processes get from this machine on work that needs no cache: the speed-up ceiling.

    Two units of the loop in one worker, then one unit in each of two
    workers at once: wall-time speed-up and CPU per unit.  Work that touches
    no memory still costs more CPU per unit when both cores are busy where
    the cores share a physical core or a power budget (as virtual CPUs may).
    """
    from concurrent.futures import ProcessPoolExecutor

    found = {}
    for workers in (1, 2):
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_interpreter_work, [steps // 10] * workers))  # start the workers
            wall = time.perf_counter()
            cpu = list(pool.map(_interpreter_work, [steps] * 2))
            found[workers] = (time.perf_counter() - wall, sum(cpu) / 2)
    (one, cpu_one), (two, cpu_two) = found[1], found[2]
    return (
        f"control (a pure-Python loop, no memory traffic): 2 units in 1 worker {one:.2f} s, "
        f"1 unit in each of 2 workers {two:.2f} s, speed-up {one / two:.2f}x; "
        f"CPU per unit {cpu_one:.3f} s alone, {cpu_two:.3f} s two at once ({cpu_two / cpu_one - 1:+.0%})"
    )


def flagship(runs: int, idle_seconds: float) -> None:
    """``runs`` flagship runs on the local executor (1 and 2 workers) and a 2-worker LocalCluster."""
    import dask
    from distributed import Client, LocalCluster

    scenario = load_scenario("gaza-ceasefire-2024")
    start = simulation_start(scenario)  # 16 Aug 2024, the latest text on the table
    common: dict[str, Any] = {
        "runs": runs,
        "rounds": 40,
        "start": start,
        "rounds_per_day": 2.0,
        "strategies": {"israel": ["conceder"], "hamas": ["conceder"]},
        "shock_effects": False,
    }
    chunk = build_plan(scenario, **common).chunk_size
    print(
        f"\nflagship from {start}, {runs:,} runs in chunks of {chunk:,}, {os.cpu_count()} CPUs; "
        f"load average (1, 5, 15 min) before: {_load()}"
    )
    print(
        "| executor | wall s | runs/s | speed-up | CPU µs/run, workers | CPU µs/run, this process "
        "| cores used | agreement rate | load after |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    rows: list[Row] = []
    for workers in (1, 2):
        executor = LocalExecutor(workers)
        label = f"local, {workers} worker{'s' if workers > 1 else ''}"
        rows.append(_timed(label, lambda e=executor: simulate(scenario, executor=e, **common), _children_cpu))
        _flagship_row(runs, rows)
    # Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_ set, which also stops glibc from
    # raising its mmap threshold: every large numpy temporary is then mapped and unmapped anew.
    # The second cluster keeps such blocks on the heap (MALLOC_MMAP_THRESHOLD_, 64 MiB).
    environ = dask.config.get("distributed.nanny.pre-spawn-environ")
    heap = {**environ, "MALLOC_MMAP_THRESHOLD_": HEAP_THRESHOLD}
    for label, spawn in (("Dask LocalCluster, 2 workers", environ),
                         ("Dask LocalCluster, 2 workers, MALLOC_MMAP_THRESHOLD_=64 MiB", heap)):
        with (
            dask.config.set({"distributed.nanny.pre-spawn-environ": spawn}),
            LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            on_dask = DaskExecutor(cluster.scheduler_address)
            rows.append(
                _timed(
                    label,
                    lambda e=on_dask: simulate(scenario, executor=e, **common),
                    lambda c=client: _dask_worker_cpu(c),
                )
            )
            _flagship_row(runs, rows)
            if spawn is environ:
                idle = _idle_cost(client, idle_seconds)
    documents = {json.dumps({k: v for k, v in r[4].to_json().items() if k != "provenance"}) for r in rows}
    print(f"\nthe same result document on every executor: {'yes' if len(documents) == 1 else 'NO'}")
    print(idle)
    print(machine_control(2_000_000 if runs < 100_000 else 20_000_000))


def _flagship_row(runs: int, rows: list[Row]) -> None:
    label, seconds, workers, mine, result = rows[-1]
    base = rows[0][1]
    print(
        f"| {label} | {seconds:.1f} | {runs / seconds:,.0f} | {base / seconds:.2f}× "
        f"| {1e6 * workers / runs:.0f} | {1e6 * mine / runs:.0f} | {(workers + mine) / seconds:.2f} "
        f"| {result.agreement_rate:.4f} | {_load()} |",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20_000, help="truce negotiations per domain")
    parser.add_argument("--peer-runs", type=int, default=20, help="NegMAS negotiations per domain")
    parser.add_argument("--flagship-runs", type=int, default=1_000_000)
    parser.add_argument(
        "--idle-seconds", type=float, default=30.0, help="how long the idle cluster is measured"
    )
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="tiny sizes to check that the script runs: 200 runs per domain, 2 NegMAS runs, "
        "8,192 flagship runs, 3 s idle",
    )
    args = parser.parse_args()
    if args.quick:
        args.runs, args.peer_runs, args.flagship_runs, args.idle_seconds = 200, 2, 8192, 3.0
    python = None if args.no_peer else _peer()
    with tempfile.TemporaryDirectory(prefix="truce-sim-bench-") as tmp:
        cases = domains(args, Path(tmp))
        throughput(args, python, cases)
        if python is not None:
            reference(python, cases)
    if args.flagship_runs:
        flagship(args.flagship_runs, args.idle_seconds)


if __name__ == "__main__":
    main()
