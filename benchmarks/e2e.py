"""End to end: ``truce analyze FOLDER --json`` against a NegMAS script, whole processes.

For each GENIUS domain, three programs are timed from start to exit, interleaved
round by round so that load on the machine hits them alike, and the median of
``--repeat`` rounds (at least 5) is reported:

- truce, one process: ``truce analyze FOLDER --json`` (a GENIUS folder is a scenario);
- truce, two steps: ``truce import genius FOLDER -o X.yaml`` then ``truce analyze X.yaml --json``;
- NegMAS: ``peer_negmas_e2e.py FOLDER`` (load the domain, Pareto frontier, Nash,
  Kalai-Smorodinsky, egalitarian and utilitarian points), as often as truce;
- the libraries alone, in the same rounds: a bare Python importing numpy,
  pydantic and typer (what ``truce analyze`` imports before any of truce's
  code runs) and one importing pydantic and typer (``truce import genius``
  needs no numpy).  NegMAS's time over theirs is the ceiling: the largest
  ratio any program built on these libraries could reach.

Domains: CameraC, CarB, Wholesaler and EnergyB (and the other folders) from
``../shared/data/genius`` where present (the table says which are absent), and
seeded synthetic 2-party additive domains of 10^4 and 10^6 outcomes written as
GENIUS XML.  Every timed domain is checked twice.  Against the exact oracle of
the tests (``tests/oracle.py``, rational arithmetic from the definitions, no
code shared with the engines): truce's frontier within the zone must be the
same set of outcomes, with utilities within 1e-9 of the exact ones.  Against
NegMAS: its frontier (which covers the outcomes every party rates at least its
reservation value) must equal truce's as a multiset of utility vectors within 1e-9.

A program that runs longer than ``--timeout`` seconds (default 600) is stopped,
and its domain is reported as not finished, with that reason, instead of
holding up the table; so is a program that fails.  truce's sources are
byte-compiled before timing (an installed package is; ``PYTHONDONTWRITEBYTECODE``
would otherwise make every process compile them again).

NegMAS is AGPL and never installed in truce's environment: point the
environment variable ``TRUCE_NEGMAS_PYTHON`` at the Python of a separate venv
with ``negmas`` installed (e.g. ``python3 -m venv ../negmas-venv &&
../negmas-venv/bin/pip install negmas``).  Without it the script says so and
times truce alone.  Prints a table; never asserts.

Run: .venv/bin/python benchmarks/e2e.py [--repeat 5] [--quick] [--timeout 600]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from frontier import same_frontier, write_synthetic

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the tests' oracle

from tests.oracle import sorted_zone_frontier  # noqa: E402
from truce.io.genius import read_genius_folder  # noqa: E402

SHARED_GENIUS = HERE.parents[1] / "shared" / "data" / "genius"
WANTED = ("CameraC", "CarB", "Wholesaler", "EnergyB")
TRUCE = [sys.executable, "-m", "truce"]
LIBRARIES = {"libraries (analyze)": [sys.executable, "-c", "import numpy, pydantic.main, typer"],
             "libraries (import)": [sys.executable, "-c", "import pydantic.main, typer"]}
TOLERANCE = 1e-9


class NotFinished(Exception):
    """A timed program failed or ran past the time limit."""


@dataclass
class Row:
    """Times (seconds, one per round) and checks of one domain."""

    name: str
    outcomes: int | None = None
    times: dict[str, list[float]] = field(
        default_factory=lambda: {"one": [], "two": [], "negmas": [], **{name: [] for name in LIBRARIES}})
    oracle: bool | None = None
    negmas: bool | None = None
    notes: list[str] = field(default_factory=list)

    def median(self, key: str) -> float | None:
        return statistics.median(self.times[key]) if self.times[key] else None


def _wall(command: list[str], timeout: float, label: str) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=HERE, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise NotFinished(f"{label} ran past the {timeout:g} s limit") from None
    except subprocess.CalledProcessError as exc:
        lines = (exc.stderr or "").strip().splitlines()
        raise NotFinished(f"{label} failed: {lines[-1] if lines else exc}") from None
    return time.perf_counter() - start, done.stdout


def domains(work: Path, quick: bool) -> tuple[list[tuple[str, Path]], list[str]]:
    """The domains to time, and the wanted shared ones that are absent."""
    shared = sorted(p for p in SHARED_GENIUS.iterdir() if p.is_dir()) if SHARED_GENIUS.is_dir() else []
    missing = [name for name in WANTED if not (SHARED_GENIUS / name).is_dir()]
    found = [(p.name, p) for p in shared]
    for k in (4,) if quick else (4, 6):
        found.append((f"synthetic 10^{k}", write_synthetic(work / f"synthetic{k}", k, 10, seed=k)))
    return found, missing


def _truce_round(folder: Path, row: Row, timeout: float, yaml_out: Path) -> str:
    seconds, document = _wall([*TRUCE, "analyze", str(folder), "--json"], timeout, "truce")
    first, _ = _wall([*TRUCE, "import", "genius", str(folder), "-o", str(yaml_out), "--force"], timeout,
                     "truce import")
    second, _ = _wall([*TRUCE, "analyze", str(yaml_out), "--json"], timeout, "truce (YAML)")
    row.times["one"].append(seconds)
    row.times["two"].append(first + second)
    for name, command in LIBRARIES.items():
        row.times[name].append(_wall(command, timeout, name)[0])
    return document


def time_domain(name: str, folder: Path, peer: str | None, args: argparse.Namespace, work: Path) -> Row:
    """Interleaved rounds of the three programs, then both frontier checks."""
    row = Row(name)
    document = peer_document = ""
    for _ in range(args.repeat):
        try:
            document = _truce_round(folder, row, args.timeout, work / f"{folder.name}.yaml")
        except NotFinished as exc:
            row.notes.append(f"not finished: {exc}")
            return row
        if peer is not None:
            try:
                seconds, peer_document = _wall([peer, str(HERE / "peer_negmas_e2e.py"), str(folder)],
                                               args.timeout, "NegMAS")
                row.times["negmas"].append(seconds)
            except NotFinished as exc:
                row.notes.append(f"NegMAS not finished: {exc}")
                peer = None
    analysis = json.loads(document)
    row.outcomes = analysis["outcomes"]
    row.oracle = matches_oracle(folder, analysis)
    if peer_document:
        theirs = np.asarray(json.loads(peer_document)["frontier"], dtype=float)
        row.negmas = same_frontier(_utilities(analysis), theirs)
    return row


def _utilities(analysis: dict[str, object]) -> np.ndarray:
    points = [p["utility"] for p in analysis["frontier"]]  # type: ignore[attr-defined]
    return np.asarray(points, dtype=float).reshape(-1, len(analysis["parties"]))  # type: ignore[arg-type]


def matches_oracle(folder: Path, analysis: dict[str, object]) -> bool:
    """truce's frontier within the zone is the exact oracle's: same outcomes, utilities within 1e-9."""
    exact = sorted_zone_frontier(read_genius_folder(folder).scenario)
    expected = {tuple(o.values()): [float(u) for u in utilities] for o, utilities in exact}
    found = {tuple(p["outcome"].values()): p["utility"] for p in analysis["frontier"]}  # type: ignore[attr-defined]
    return found.keys() == expected.keys() and all(
        np.allclose(found[k], expected[k], rtol=0, atol=TOLERANCE) for k in found
    )


def _seconds(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f} s"


def _ratio(theirs: float | None, ours: float | None) -> str:
    return "–" if theirs is None or ours is None else f"{theirs / ours:.2f}×"


def _check(value: bool | None) -> str:
    return "–" if value is None else ("yes" if value else "NO")


def print_row(row: Row) -> None:
    """One Markdown table row; notes (what did not finish and why) after the table."""
    one, two, theirs = row.median("one"), row.median("two"), row.median("negmas")
    analyze, load = row.median("libraries (analyze)"), row.median("libraries (import)")
    both = None if analyze is None or load is None else analyze + load
    outcomes = "–" if row.outcomes is None else f"{row.outcomes:,}"
    print(f"| {row.name} | {outcomes} | {_seconds(one)} | {_seconds(two)} | {_seconds(theirs)} | "
          f"{_ratio(theirs, one)} | {_ratio(theirs, two)} | {_ratio(theirs, analyze)} | "
          f"{_ratio(theirs, both)} | {_check(row.oracle)} | {_check(row.negmas)} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds per domain (at least 5)")
    parser.add_argument("--quick", action="store_true", help="leave out the 10^6 synthetic domain")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds one program may run")
    args = parser.parse_args()
    args.repeat = max(args.repeat, 5)
    peer = os.environ.get("TRUCE_NEGMAS_PYTHON")
    if peer is None:
        print("TRUCE_NEGMAS_PYTHON is not set: timing truce alone (see the docstring).", file=sys.stderr)
    compileall.compile_dir(HERE.parent / "src" / "truce", quiet=1)
    load_before = os.getloadavg()[0]
    notes = []
    with tempfile.TemporaryDirectory() as tmp:
        found, missing = domains(Path(tmp), args.quick)
        print("| domain | outcomes | truce, one process | truce, import + analyze | NegMAS script "
              "| NegMAS / truce (one) | NegMAS / truce (two) | ceiling (one) | ceiling (two) | exact oracle "
              "| same as NegMAS |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|:---:|")
        for name, folder in found:
            row = time_domain(name, folder, peer, args, Path(tmp))
            print_row(row)
            notes += [f"{name}: {note}" for note in row.notes]
    load_after = os.getloadavg()[0]
    print(f"\nMedian of {args.repeat} interleaved rounds; whole processes, start-up included.  Ceiling: "
          "NegMAS's time over that of a bare Python importing the libraries truce's processes import "
          "(numpy, pydantic, typer; no numpy for import genius), the most any program on them could reach.  "
          "Load average "
          f"{load_before:.1f} at the start and {load_after:.1f} at the end, on {os.cpu_count()} cores."
          + (f"  Not present in ../shared/data/genius: {', '.join(missing)}." if missing else ""))
    for note in notes:
        print(f"- {note}")


if __name__ == "__main__":
    main()
