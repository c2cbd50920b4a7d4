"""Pareto-frontier time of truce against NegMAS, measured in the same run.

Usage::

    .venv/bin/python benchmarks/frontier.py [--no-peer] [--repeat 3]

Domains: the shared GENIUS/ANAC domains in ``../shared/data/genius`` (when
present), seeded random additive 2-party domains of 10^4, 10^5 and 10^6
outcomes written as GENIUS XML to a temporary folder (so both tools read the
same files), and, truce alone, 10^9 and 10^12 outcomes (9 and 12 issues of
10 options).  Both times exclude reading the files: truce's covers building
the utility tables (``OutcomeSpace.from_scenario``) and ``pareto_frontier``;
NegMAS's covers ``negmas.preferences.ops.pareto_frontier`` on the enumerated
outcomes.  Each time is the best of ``--repeat`` runs (default 5), for NegMAS as
for truce.

NegMAS (AGPL) is never a dependency of truce: the environment variable
``TRUCE_NEGMAS_PYTHON`` names the Python of a venv that has it; without it,
NegMAS is installed on first use into ``benchmarks/.venv-peer``.  It is driven
through ``benchmarks/peer_negmas.py`` in a subprocess.  Frontiers are compared
as multisets of utility vectors within 1e-9, on the outcomes every party rates
at least its reservation value (NegMAS's frontier covers only those), and, up
to 10^6 outcomes, with the exact oracle of the tests (``tests/oracle.py``).
The table is printed as Markdown.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' oracle

from tests.oracle import sorted_zone_frontier
from truce.analysis import pareto_frontier
from truce.io.genius import read_genius_folder
from truce.model.outcomes import OutcomeSpace

HERE = Path(__file__).resolve().parent
PEER_VENV = HERE / ".venv-peer"
PEER_SCRIPT = HERE / "peer_negmas.py"
SHARED_GENIUS = HERE.parent.parent / "shared" / "data" / "genius"
TOLERANCE = 1e-9
PEER_TIMEOUT = 3600
ORACLE_LIMIT = 1_000_000


@dataclass
class Row:
    domain: str
    outcomes: int
    frontier: int
    truce: float
    negmas: float | None = None
    identical: bool | None = None
    exact: bool | None = None
    note: str = ""


# -- synthetic domains ----------------------------------------------------------


def write_synthetic(folder: Path, n_issues: int, n_options: int, seed: int) -> Path:
    """A random additive 2-party GENIUS domain (evaluations in (0, 1], best = 1)."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    items = [[f"v{j}" for j in range(n_options)] for _ in range(n_issues)]
    issues = "\n".join(
        f'<issue index="{i + 1}" name="issue{i}" type="discrete" etype="discrete" vtype="discrete">'
        + "".join(f'<item index="{j + 1}" value="{v}"/>' for j, v in enumerate(values))
        + "</issue>"
        for i, values in enumerate(items)
    )
    (folder / "Synthetic-domain.xml").write_text(
        f'<negotiation_template><utility_space number_of_issues="{n_issues}">'
        f'<objective index="0" name="root" type="objective" etype="objective">{issues}'
        "</objective></utility_space></negotiation_template>\n"
    )
    for party in (1, 2):
        weights = rng.dirichlet(np.ones(n_issues))
        body = []
        for i, values in enumerate(items):
            evaluation = rng.uniform(0.0, 1.0, n_options)
            evaluation /= evaluation.max()
            body.append(
                f'<issue index="{i + 1}" name="issue{i}" type="discrete" etype="discrete" vtype="discrete">'
                + "".join(
                    f'<item index="{j + 1}" value="{v}" evaluation="{e!r}"/>'
                    for j, (v, e) in enumerate(zip(values, evaluation.tolist(), strict=True))
                )
                + "</issue>"
            )
        body += [f'<weight index="{i + 1}" value="{w!r}"/>' for i, w in enumerate(weights.tolist())]
        (folder / f"Synthetic-prof{party}.xml").write_text(
            '<utility_space><objective index="0" name="root" type="objective" etype="objective">'
            + "".join(body)
            + '</objective><discount_factor value="1.0"/><reservation value="0.0"/></utility_space>\n'
        )
    return folder


# -- truce ---------------------------------------------------------------------------


def time_truce(folder: Path, repeat: int) -> tuple[float, np.ndarray, int, bool | None]:
    """Best time, rational frontier utilities, number of outcomes, whether the exact oracle agrees."""
    scenario = read_genius_folder(folder).scenario
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        space = OutcomeSpace.from_scenario(scenario)
        frontier = pareto_frontier(space)
        best = min(best, time.perf_counter() - start)
    rational = (frontier.utilities >= space.reservation).all(axis=1)
    exact = None
    if space.size <= ORACLE_LIMIT:
        expected = np.array([[float(u) for u in us] for _, us in sorted_zone_frontier(scenario)])
        exact = same_frontier(frontier.utilities[rational], expected.reshape(-1, space.n_parties))
    return best, frontier.utilities[rational], space.size, exact


# -- NegMAS in its own environment -----------------------------------------------


def peer_python() -> Path | None:
    """``TRUCE_NEGMAS_PYTHON``, or the peer venv's python, created (with NegMAS) on first use."""
    if os.environ.get("TRUCE_NEGMAS_PYTHON"):
        return Path(os.environ["TRUCE_NEGMAS_PYTHON"])
    python = PEER_VENV / "bin" / "python"
    if python.exists():
        return python
    base = shutil.which("python3") or sys.executable
    print(f"Creating {PEER_VENV.relative_to(HERE.parent)} and installing negmas ...", file=sys.stderr)
    try:
        subprocess.run([base, "-m", "venv", str(PEER_VENV)], check=True)
        subprocess.run([str(PEER_VENV / "bin" / "pip"), "install", "-q", "negmas"], check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"NegMAS could not be installed ({exc}); truce's numbers only.", file=sys.stderr)
        shutil.rmtree(PEER_VENV, ignore_errors=True)
        return None
    return python


def time_negmas(python: Path, folder: Path, repeat: int) -> tuple[float, np.ndarray, str]:
    job = json.dumps({"folders": [str(folder)], "repeat": repeat})
    done = subprocess.run(
        [str(python), str(PEER_SCRIPT), job],
        capture_output=True,
        text=True,
        timeout=PEER_TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    document = json.loads(done.stdout)
    result = document["results"][0]
    utilities = np.asarray(result["utilities"], dtype=np.float64).reshape(-1, 2)
    return float(result["seconds"]), utilities, str(document["negmas_version"])


def same_frontier(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal as multisets of utility vectors, within 1e-9."""
    if a.shape != b.shape:
        return False
    if len(a) == 0:
        return True
    a = a[np.lexsort(a.T[::-1])]
    b = b[np.lexsort(b.T[::-1])]
    return bool(np.all(np.abs(a - b) <= TOLERANCE))


# -- the run -------------------------------------------------------------------------


def run(args: argparse.Namespace) -> list[Row]:
    python = None if args.no_peer else peer_python()
    version = ""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="truce-bench-") as tmp:
        cases: list[tuple[str, Path, bool]] = []
        if SHARED_GENIUS.is_dir():
            cases += [(p.name, p, True) for p in sorted(SHARED_GENIUS.iterdir()) if p.is_dir()]
        for n_issues in (4, 5, 6):
            folder = write_synthetic(Path(tmp) / f"additive-{n_issues}", n_issues, 10, seed=n_issues)
            cases.append((f"synthetic additive, {n_issues} issues × 10", folder, True))
        for n_issues in (9, 12):
            folder = write_synthetic(Path(tmp) / f"additive-{n_issues}", n_issues, 10, seed=n_issues)
            cases.append((f"synthetic additive, {n_issues} issues × 10", folder, False))
        for name, folder, with_peer in cases:
            seconds, utilities, size, exact = time_truce(folder, args.repeat)
            row = Row(name, size, len(utilities), seconds, exact=exact)
            print(f"truce  {name}: {seconds:.4f} s, frontier {len(utilities)}", file=sys.stderr)
            if with_peer and python is not None:
                try:
                    row.negmas, peer_utilities, version = time_negmas(python, folder, args.repeat)
                    row.identical = same_frontier(utilities, peer_utilities)
                    print(f"negmas {name}: {row.negmas:.4f} s", file=sys.stderr)
                except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
                    row.note = f"NegMAS failed: {exc}"
            elif with_peer:
                row.note = "NegMAS not available"
            else:
                row.note = "truce only"
            rows.append(row)
    print_table(rows, version)
    return rows


def _seconds(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 1000:.2f} ms" if value < 1 else f"{value:.2f} s"


def _ratio(value: float) -> str:
    return f"{value:.2f}×" if value < 10 else f"{value:,.0f}×"


def print_table(rows: list[Row], negmas_version: str) -> None:
    print()
    print(
        f"Pareto frontier, 2 parties; Python {platform.python_version()}, numpy {np.__version__}, "
        f"NegMAS {negmas_version or 'not run'}; {platform.processor() or platform.machine()}; "
        "best of runs, loading excluded."
    )
    print()
    print("| domain | outcomes | frontier points | truce | NegMAS | NegMAS / truce | identical frontier "
          "| exact oracle |")
    print("|---|---:|---:|---:|---:|---:|:---:|:---:|")
    for r in rows:
        ratio = "–" if r.negmas is None else _ratio(r.negmas / r.truce)
        same, exact = ({True: "yes", False: "**no**", None: "–"}[v] for v in (r.identical, r.exact))
        note = f" ({r.note})" if r.note else ""
        print(
            f"| {r.domain}{note} | {r.outcomes:,} | {r.frontier:,} | {_seconds(r.truce)} | "
            f"{_seconds(r.negmas)} | {ratio} | {same} | {exact} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-peer", action="store_true", help="Time truce only.")
    parser.add_argument("--repeat", type=int, default=5, help="Runs per measurement (best is kept).")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
