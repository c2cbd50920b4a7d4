"""Peer side of ``benchmarks/simulation.py``: NegMAS's SAO mechanism with its time-based negotiators.

Runs inside a separate environment where NegMAS is installed (it is AGPL and
never a dependency of truce); our own code, calling only NegMAS's public API.
Reads a JSON job from the command line::

    {"folder": "path/to/genius/folder", "runs": 20, "n_steps": 100,
     "pairs": [["boulware", "conceder"], ...]}

and prints one JSON document: per pair the wall time of all runs, the number
of agreements, the mean agreement utility of each party and the mean number
of steps to agreement.  Utility functions are rebuilt with GENIUS semantics
(see ``peer_negmas.py``).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peer_negmas import _genius_ufuns


def _pair(folder: Path, names: list[str], runs: int, n_steps: int) -> dict[str, Any]:
    from negmas import BoulwareTBNegotiator, ConcederTBNegotiator, LinearTBNegotiator
    from negmas.sao import SAOMechanism

    classes = {
        "boulware": BoulwareTBNegotiator,
        "conceder": ConcederTBNegotiator,
        "linear": LinearTBNegotiator,
    }
    ufuns, _outcomes = _genius_ufuns(folder)
    outcome_space = ufuns[0].outcome_space
    agreements, steps, utilities = 0, [], [[], []]
    start = time.perf_counter()
    for _ in range(runs):
        mechanism = SAOMechanism(outcome_space=outcome_space, n_steps=n_steps)
        for name, ufun in zip(names, ufuns, strict=True):
            mechanism.add(classes[name](), preferences=ufun)
        mechanism.run()
        if mechanism.agreement is not None:
            agreements += 1
            steps.append(mechanism.state.step)
            for p, ufun in enumerate(ufuns):
                utilities[p].append(float(ufun(mechanism.agreement)))
    seconds = time.perf_counter() - start
    return {
        "pair": names,
        "runs": runs,
        "seconds": seconds,
        "agreements": agreements,
        "mean_steps": sum(steps) / len(steps) if steps else None,
        "utility": [sum(u) / len(u) if u else None for u in utilities],
    }


def main() -> None:
    import negmas

    job = json.loads(sys.argv[1])
    folder = Path(job["folder"])
    results = [_pair(folder, list(pair), int(job["runs"]), int(job["n_steps"])) for pair in job["pairs"]]
    json.dump({"negmas_version": negmas.__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
