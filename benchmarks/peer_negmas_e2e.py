"""Peer side of ``benchmarks/e2e.py``: a NegMAS script that answers what ``truce analyze`` does.

Runs inside a separate venv with NegMAS (never truce's environment); our own
code calling only NegMAS's public API.  ``python peer_negmas_e2e.py FOLDER``
loads the GENIUS domain, rebuilds the utility functions with GENIUS semantics
(as ``peer_negmas.py``), computes the Pareto frontier and the Nash,
Kalai-Smorodinsky, egalitarian (most even relative gains) and utilitarian
points, and prints the frontier utilities as JSON.  The whole process is what
``e2e.py`` times, start-up included.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from peer_negmas import _genius_ufuns


def main() -> None:
    from negmas.preferences.ops import (
        kalai_points,
        max_relative_welfare_points,
        max_welfare_points,
        nash_points,
        pareto_frontier,
    )

    ufuns, outcomes = _genius_ufuns(Path(sys.argv[1]))
    frontier, _ = pareto_frontier(ufuns, outcomes=outcomes, sort_by_welfare=True)
    solutions = {
        "nash": nash_points(ufuns, frontier, outcomes=outcomes),
        "kalai_smorodinsky": kalai_points(ufuns, frontier, outcomes=outcomes),
        "egalitarian": max_relative_welfare_points(ufuns, frontier, outcomes=outcomes),
        "utilitarian": max_welfare_points(ufuns, frontier, outcomes=outcomes),
    }
    json.dump({"frontier": [list(map(float, u)) for u in frontier],
               "solutions": {k: [list(map(float, p[0])) for p in v] for k, v in solutions.items()}},
              sys.stdout)


if __name__ == "__main__":
    main()
