"""Peer side of ``benchmarks/frontier.py``: time NegMAS's Pareto frontier on GENIUS folders.

Runs inside ``benchmarks/.venv-peer`` (NegMAS installed there, never in truce's
environment).  Our own code, calling only NegMAS's public API.  Reads a JSON
job from the command line::

    {"folders": ["path/to/genius/folder", ...], "repeat": 3}

and prints one JSON document: per folder the best frontier time in seconds
(loading excluded), the frontier utilities and the NegMAS version; with
``"zone": true`` also the number of outcomes every utility function rates at
least its reserved value (NegMAS's float comparison).

Utility functions are rebuilt with GENIUS semantics (each issue's evaluations
divided by their maximum, weights and reservation values as in the file),
because NegMAS's GENIUS loader keeps raw evaluation numbers.  Discounting is
ignored, as in truce's static analysis.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any


def _genius_ufuns(folder: Path) -> tuple[list[Any], list[Any]]:
    from negmas.inout import Scenario
    from negmas.preferences import LinearAdditiveUtilityFunction

    scenario = Scenario.from_genius_folder(folder, ignore_discount=True)
    if scenario is None:
        raise SystemExit(f"NegMAS could not load {folder}")
    outcome_space = scenario.outcome_space
    issues = outcome_space.issues
    ufuns = []
    for ufun in scenario.ufuns:
        values = []
        for issue, fun in zip(issues, ufun.values, strict=True):
            raw = {v: float(fun(v)) for v in issue.all}
            best = max(raw.values())
            values.append({v: e / best for v, e in raw.items()})
        ufuns.append(
            LinearAdditiveUtilityFunction(
                values=values,
                weights=list(ufun.weights),
                outcome_space=outcome_space,
                reserved_value=ufun.reserved_value,
            )
        )
    return ufuns, list(outcome_space.enumerate_or_sample())


def _frontier(folder: Path, repeat: int, job_zone: bool = False) -> dict[str, Any]:
    from negmas.preferences.ops import pareto_frontier

    ufuns, outcomes = _genius_ufuns(folder)
    best = float("inf")
    utilities: list[Any] = []
    for _ in range(repeat):
        start = time.perf_counter()
        utilities, _indices = pareto_frontier(ufuns, outcomes=outcomes, sort_by_welfare=True)
        best = min(best, time.perf_counter() - start)
    zone = sum(all(float(u(o)) >= u.reserved_value for u in ufuns) for o in outcomes) if job_zone else None
    return {
        "folder": str(folder),
        "seconds": best,
        "n_outcomes": len(outcomes),
        "zone": zone,
        "utilities": [list(map(float, u)) for u in utilities],
    }


def main() -> None:
    import negmas

    job = json.loads(sys.argv[1])
    repeat, zone = int(job.get("repeat", 1)), bool(job.get("zone", False))
    results = [_frontier(Path(folder), repeat, zone) for folder in job["folders"]]
    json.dump({"negmas_version": negmas.__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
