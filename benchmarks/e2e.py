"""End to end: ``truce analyze FOLDER --json`` against a NegMAS script, whole processes.

For each GENIUS domain, three programs are timed from start to exit, interleaved
round by round so that load on the machine hits them alike, and the median of
``--repeat`` rounds (at least 5) is reported:

- truce, one process: ``truce analyze FOLDER --json`` (a GENIUS folder is a scenario);
- truce, two steps: ``truce import genius FOLDER -o X.yaml`` then ``truce analyze X.yaml --json``;
- NegMAS: ``peer_negmas_e2e.py FOLDER`` (load the domain, Pareto frontier, Nash,
  Kalai-Smorodinsky, egalitarian and utilitarian points), as often as truce.

Domains: CameraC, CarB, Wholesaler and EnergyB (and the other folders) from
``../shared/data/genius`` where present (the table says which are absent), and
seeded synthetic 2-party additive domains of 10^4 and 10^6 outcomes written as
GENIUS XML.  Every timed domain is also checked: truce's frontier (restricted,
as NegMAS's, to outcomes every party rates at least its reservation value) must
equal NegMAS's as a multiset of utility vectors within 1e-9.

NegMAS is AGPL and never installed in truce's environment: point the
environment variable ``TRUCE_NEGMAS_PYTHON`` at the Python of a separate venv
with ``negmas`` installed (e.g. ``python3 -m venv ../negmas-venv &&
../negmas-venv/bin/pip install negmas``).  Without it the script says so and
times truce alone.  Prints a table; never asserts.

Run: .venv/bin/python benchmarks/e2e.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from frontier import same_frontier, write_synthetic

HERE = Path(__file__).resolve().parent
SHARED_GENIUS = HERE.parents[1] / "shared" / "data" / "genius"
WANTED = ("CameraC", "CarB", "Wholesaler", "EnergyB")
TRUCE = [sys.executable, "-m", "truce"]


def _wall(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=HERE)
    return time.perf_counter() - start, done.stdout


def _truce_frontier(document: str) -> np.ndarray:
    analysis = json.loads(document)
    points = [p["utility"] for p in analysis["frontier"]]
    return np.asarray(points, dtype=float).reshape(-1, len(analysis["parties"]))


def domains(work: Path) -> tuple[list[tuple[str, Path]], list[str]]:
    """The domains to time, and the wanted shared ones that are absent."""
    found = []
    shared = sorted(p for p in SHARED_GENIUS.iterdir() if p.is_dir()) if SHARED_GENIUS.is_dir() else []
    missing = [name for name in WANTED if not (SHARED_GENIUS / name).is_dir()]
    found.extend((p.name, p) for p in shared)
    for k, issues in ((4, 4), (6, 6)):
        found.append((f"synthetic 10^{k}", write_synthetic(work / f"synthetic{k}", issues, 10, seed=k)))
    return found, missing


def time_domain(folder: Path, peer: str | None, repeat: int, work: Path) -> dict[str, object]:
    """Median wall times of the three programs, interleaved; frontier check."""
    yaml_out = work / f"{folder.name}.yaml"
    times: dict[str, list[float]] = {"one": [], "two": [], "negmas": []}
    document = peer_document = ""
    for _ in range(repeat):
        seconds, document = _wall([*TRUCE, "analyze", str(folder), "--json"])
        times["one"].append(seconds)
        first, _ = _wall([*TRUCE, "import", "genius", str(folder), "-o", str(yaml_out), "--force"])
        second, _ = _wall([*TRUCE, "analyze", str(yaml_out), "--json"])
        times["two"].append(first + second)
        if peer is not None:
            try:
                seconds, peer_document = _wall([peer, str(HERE / "peer_negmas_e2e.py"), str(folder)])
            except subprocess.CalledProcessError as exc:
                lines = (exc.stderr or "").strip().splitlines()
                print(f"NegMAS failed on {folder.name}: {lines[-1] if lines else exc}", file=sys.stderr)
                peer = None
                continue
            times["negmas"].append(seconds)
    row: dict[str, object] = {key: statistics.median(v) for key, v in times.items() if v}
    row["outcomes"] = json.loads(document)["outcomes"]
    if peer is not None and peer_document:
        theirs = np.asarray(json.loads(peer_document)["frontier"], dtype=float)
        row["same"] = same_frontier(_truce_frontier(document), theirs)
    return row


def _cell(value: float | None, unit: str) -> str:
    return "–" if value is None else f"{value:.3f}{unit}"


def _ratio(theirs: float | None, ours: float) -> str:
    return "–" if theirs is None else f"{theirs / ours:.2f}×"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    repeat = max(args.repeat, 5)
    peer = os.environ.get("TRUCE_NEGMAS_PYTHON")
    if peer is None:
        print("TRUCE_NEGMAS_PYTHON is not set: timing truce alone (see the docstring).", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        found, missing = domains(work)
        print("| domain | outcomes | truce, one process | truce, import + analyze | NegMAS script "
              "| NegMAS / truce (one) | NegMAS / truce (two) | same frontier |\n"
              "|---|---:|---:|---:|---:|---:|---:|:---:|")
        for name, folder in found:
            row = time_domain(folder, peer, repeat, work)
            one, two = float(row["one"]), float(row["two"])  # type: ignore[arg-type]
            theirs = None if "negmas" not in row else float(row["negmas"])  # type: ignore[arg-type]
            same = "–" if "same" not in row else ("yes" if row["same"] else "NO")
            print(f"| {name} | {row['outcomes']:,} | {one:.3f} s | {two:.3f} s | "
                  f"{_cell(theirs, ' s')} | {_ratio(theirs, one)} | {_ratio(theirs, two)} | {same} |",
                  flush=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nMedian of {repeat} interleaved rounds; whole processes, start-up included.  Load average "
          f"when done: {load:.1f} on {os.cpu_count()} cores."
          + (f"  Not present in ../shared/data/genius: {', '.join(missing)}." if missing else ""))


if __name__ == "__main__":
    main()
