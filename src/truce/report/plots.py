"""Plotly figures as plain dicts, and plotly.js from the installed ``plotly`` package.

Figures are built as ``{"data": [...], "layout": {...}}`` so that the report
and the web app can embed them as JSON; the page draws them with the
plotly.js bundle that ships inside the Python package (no network).
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from truce.errors import TruceError

if TYPE_CHECKING:
    from truce.analysis.overview import Analysis

__all__ = ["ZONE_SAMPLE", "frontier_figure", "plotly_js"]

#: Outcomes drawn at random (seeded) as the cloud behind the frontier.
ZONE_SAMPLE = 2_000
SOLUTION_SYMBOLS = {"nash": "star", "kalai_smorodinsky": "diamond", "egalitarian": "square",
                    "utilitarian": "triangle-up"}


def plotly_js() -> str:
    """The minified plotly.js bundled with the installed ``plotly`` package."""
    try:
        return (resources.files("plotly") / "package_data" / "plotly.min.js").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        raise TruceError("plotly is not installed", hint="pip install 'truce[report]'") from None


def _hover(analysis: Analysis, rows: np.ndarray, utilities: np.ndarray) -> list[str]:
    parties = analysis.space.parties
    texts = []
    for row, u in zip(rows, utilities, strict=True):
        package = "<br>".join(f"{k}: {v}" for k, v in analysis.space.outcome_ids(row).items())
        texts.append(", ".join(f"{p} {x:.3f}" for p, x in zip(parties, u, strict=True)) + "<br>" + package)
    return texts


def frontier_figure(analysis: Analysis, *, seed: int = 0) -> dict[str, Any]:
    """The Pareto frontier, the agreement zone, reservation values, solutions and proposals.

    Plotted in the utilities of the first two negotiating parties; the grey
    cloud is a seeded random sample of :data:`ZONE_SAMPLE` outcomes, coloured
    by whether they lie in the zone.
    """
    from truce.analysis.zone import in_zone

    space = analysis.space
    if space.n_parties < 2:
        raise TruceError("a frontier plot needs two negotiating parties")
    x_party, y_party = space.parties[0], space.parties[1]
    rng = np.random.default_rng(seed)
    count = min(ZONE_SAMPLE, space.size)
    if space.size > count:
        indices = rng.choice(space.size, size=count, replace=False)
    else:
        indices = np.arange(space.size)
    rows = space.decode(indices)
    utilities = space.utilities(rows)
    inside = in_zone(space, rows)
    traces: list[dict[str, Any]] = []
    for mask, name, colour in ((~inside, "outcomes outside the zone", "#c9c9c9"),
                               (inside, "outcomes in the agreement zone", "#9ecae1")):
        traces.append({"type": "scatter", "mode": "markers", "name": f"{name} (sample)",
                       "x": utilities[mask, 0].round(4).tolist(), "y": utilities[mask, 1].round(4).tolist(),
                       "marker": {"size": 4, "color": colour}, "hoverinfo": "skip"})
    frontier = analysis.frontier
    order = np.argsort(frontier.utilities[:, 0])
    traces.append({"type": "scatter", "mode": "lines+markers", "name": "Pareto frontier",
                   "x": frontier.utilities[order, 0].round(4).tolist(),
                   "y": frontier.utilities[order, 1].round(4).tolist(),
                   "text": _hover(analysis, frontier.outcomes[order], frontier.utilities[order]),
                   "hovertemplate": "%{text}<extra>frontier</extra>", "line": {"color": "#08519c"}})
    for name, solution in analysis.solutions.items():
        if solution is None:
            continue
        traces.append({"type": "scatter", "mode": "markers", "name": name.replace("_", "–"),
                       "x": [round(float(solution.utility[0]), 4)],
                       "y": [round(float(solution.utility[1]), 4)],
                       "text": _hover(analysis, solution.outcome[None, :], solution.utility[None, :]),
                       "hovertemplate": "%{text}<extra>" + name + "</extra>",
                       "marker": {"size": 13, "symbol": SOLUTION_SYMBOLS.get(name, "circle")}})
    for proposal in analysis.proposals:
        (x0, y0), (x1, y1) = proposal.low[:2].round(4).tolist(), proposal.high[:2].round(4).tolist()
        box = {"x": [x0, x1, x1, x0, x0], "y": [y0, y0, y1, y1, y0], "fill": "toself", "opacity": 0.35}
        traces.append({"type": "scatter", "mode": "markers" if proposal.complete else "lines",
                       "name": f"proposal: {proposal.name}",
                       **({"x": [x0], "y": [y0]} if proposal.complete else box),
                       "marker": {"size": 10, "symbol": "x"},
                       "hovertemplate": f"{proposal.name} ({proposal.confidence}"
                                        + ("" if proposal.complete else "; box: worst to best completion")
                                        + ")<extra></extra>"})
    reservation = space.reservation
    shapes = [{"type": "line", "x0": float(reservation[0]), "x1": float(reservation[0]), "y0": 0, "y1": 1,
               "line": {"dash": "dash", "color": "#a50f15"}},
              {"type": "line", "y0": float(reservation[1]), "y1": float(reservation[1]), "x0": 0, "x1": 1,
               "line": {"dash": "dash", "color": "#a50f15"}}]
    layout = {"title": {"text": f"Frontier and agreement zone ({count:,} of {space.size:,} outcomes sampled, "
                                f"seed {seed}; dashed: reservation values)"},
              "xaxis": {"title": {"text": f"utility of {x_party}"}, "range": [0, 1.02]},
              "yaxis": {"title": {"text": f"utility of {y_party}"}, "range": [0, 1.02]},
              "shapes": shapes, "hovermode": "closest", "height": 560, "legend": {"orientation": "h"}}
    return {"data": traces, "layout": layout}
