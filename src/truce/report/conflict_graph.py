"""The graph of states and moves: as a networkx graph, GraphML text, or a self-contained SVG.

Functions return text; writing files is the caller's job.  networkx is
imported inside the functions that need it so that ``import truce`` stays fast.
"""

from __future__ import annotations

import math
import re
import textwrap
from html import escape
from typing import TYPE_CHECKING, Any

from truce.conflict.moves import MoveGraph
from truce.conflict.result import ConflictResult
from truce.errors import ConflictModelError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["SVG_STATE_LIMIT", "conflict_graph", "conflict_graphml", "conflict_svg"]

#: Largest number of states drawn as a picture.
SVG_STATE_LIMIT = 256
#: Largest number of states exported as a graph.
GRAPH_STATE_LIMIT = 200_000
DM_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
              "#17becf", "#bcbd22", "#7f7f7f")


def _edges(result: ConflictResult) -> list[tuple[int, int, int, bool]]:
    """All unilateral moves as ``(from_index, to_index, dm, is_improvement)``."""
    moves = MoveGraph(result.model)
    out: list[tuple[int, int, int, bool]] = []
    for dm in range(result.model.n_dms):
        src, dst = moves.pairs(dm)
        ranks = result.model.ranks[dm]
        better = ranks[dst] > ranks[src]
        out.extend(zip(src.tolist(), dst.tolist(), [dm] * len(src), better.tolist(), strict=True))
    return out


def conflict_graph(result: ConflictResult) -> nx.MultiDiGraph:
    """A networkx multigraph: one node per state, one edge per unilateral move.

    Node attributes: ``pattern``, ``label``, ``status_quo`` and, per concept,
    ``eq_<concept>`` (equilibrium) and ``stable_<concept>`` (names of the DMs
    for whom the state is stable).  Edge attributes: ``dm`` and
    ``improvement``.
    """
    import networkx as nx

    model = result.model
    if model.n_states > GRAPH_STATE_LIMIT:
        raise ConflictModelError(
            f"{model.n_states} states are too many to export as a graph",
            hint=f"graphs are exported up to {GRAPH_STATE_LIMIT} states")
    graph = nx.MultiDiGraph(name=model.name)
    equilibria = {c: result.equilibrium_mask(c) for c in result.concepts}
    for k in range(model.n_states):
        attributes: dict[str, Any] = {
            "pattern": model.pattern(k),
            "label": model.label(k) or "",
            "status_quo": k == model.status_quo,
        }
        for concept in result.concepts:
            attributes[f"eq_{concept}"] = bool(equilibria[concept][k])
            attributes[f"stable_{concept}"] = ", ".join(
                name for d, name in enumerate(model.dm_names) if result.stable[concept][d, k])
        graph.add_node(int(model.state_ids[k]), **attributes)
    for a, b, dm, better in _edges(result):
        graph.add_edge(int(model.state_ids[a]), int(model.state_ids[b]),
                       dm=model.dm_names[dm], improvement=better)
    return graph


_BOOLEAN_KEY = re.compile(r'<key id="(\w+)"[^>]*attr\.type="boolean"')


def conflict_graphml(result: ConflictResult) -> str:
    """GraphML text of :func:`conflict_graph`; booleans are written ``true``/``false``.

    The GraphML primer gives booleans as XML Schema booleans, which networkx
    writes as Python's ``True``/``False``; other readers (yEd, igraph, Gephi)
    expect the lower-case forms.
    """
    import networkx as nx

    text = "\n".join(nx.generate_graphml(conflict_graph(result))) + "\n"
    for key in _BOOLEAN_KEY.findall(text):
        text = re.sub(f'(<data key="{key}">)(True|False)(</data>)',
                      lambda m: m.group(1) + m.group(2).lower() + m.group(3), text)
    return text


def _fill(count: int, total: int) -> str:
    """Darker green for states that are equilibria under more concepts."""
    if count == 0:
        return "#ffffff"
    share = count / max(total, 1)
    green = int(235 - 135 * share)
    return f"#{int(220 - 180 * share):02x}{green:02x}{int(220 - 180 * share):02x}"


#: Average width of a character of the legend's sans-serif font, in font sizes (for wrapping).
CHARACTER_WIDTH = 0.6
LEGEND_FONT = 12


def _legend(result: ConflictResult, width: float, top: float) -> tuple[list[str], float]:
    """The legend (one line per decision maker, then the key, wrapped to ``width``) and its bottom."""
    model = result.model
    parts = [f'<text x="20" y="{top}" font-size="13" font-weight="bold">Moves</text>']
    per_line = max(20, int((width - 40) / (CHARACTER_WIDTH * LEGEND_FONT)))
    y = top
    for dm in range(model.n_dms):
        colour = DM_COLOURS[dm % len(DM_COLOURS)]
        for k, line in enumerate(textwrap.wrap(model.dm_names[dm], per_line - 7) or [""]):
            y += 18
            if k == 0:
                parts.append(f'<line x1="20" y1="{y - 4}" x2="50" y2="{y - 4}" stroke="{colour}" '
                             'stroke-width="2"/>')
            parts.append(f'<text x="58" y="{y}" font-size="{LEGEND_FONT}">{escape(line)}</text>')
    key = ("solid = unilateral improvement, dashed = other move; thick outline = status quo; "
           f"darker green = equilibrium under more of {', '.join(c.upper() for c in result.concepts)}")
    for line in textwrap.wrap(key, per_line):
        y += 18
        parts.append(f'<text x="20" y="{y}" font-size="{LEGEND_FONT}">{escape(line)}</text>')
    return parts, y


def _arrows(result: ConflictResult, position: list[tuple[float, float]], node_r: float) -> list[str]:
    """One arc per unilateral move, coloured by decision maker, bent to its right."""
    model = result.model
    parts = []
    for a, b, dm, better in _edges(result):
        (x1, y1), (x2, y2) = position[a], position[b]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        # bend each arc to its right so that a -> b and b -> a stay apart
        bend = 0.12 * length
        mx, my = (x1 + x2) / 2 - uy * bend, (y1 + y2) / 2 + ux * bend
        sx, sy = x1 + ux * node_r, y1 + uy * node_r
        ex, ey = x2 - ux * (node_r + 2), y2 - uy * (node_r + 2)
        colour = DM_COLOURS[dm % len(DM_COLOURS)]
        dash = "" if better else ' stroke-dasharray="4 3" stroke-opacity="0.5"'
        width = 1.6 if better else 1.0
        parts.append(
            f'<path d="M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}" fill="none" '
            f'stroke="{colour}" stroke-width="{width}"{dash} marker-end="url(#arrow{dm})">'
            f"<title>{escape(model.dm_names[dm])}: {model.state_ids[a]} to {model.state_ids[b]}"
            f"{' (improvement)' if better else ''}</title></path>")
    return parts


def _states(result: ConflictResult, position: list[tuple[float, float]], node_r: float) -> list[str]:
    """One numbered circle per state, shaded by its equilibria, with a tooltip."""
    model = result.model
    counts = [sum(bool(result.equilibrium_mask(c)[k]) for c in result.concepts)
              for k in range(model.n_states)]
    parts = []
    for k, (x, y) in enumerate(position):
        outline = 3.5 if k == model.status_quo else 1.2
        tip = [f"state {model.state_ids[k]} {model.pattern(k)}"]
        if model.label(k):
            tip.append(str(model.label(k)))
        eqs = [c.upper() for c in result.concepts if result.equilibrium_mask(c)[k]]
        if eqs:
            tip.append("equilibrium: " + ", ".join(eqs))
        if k == model.status_quo:
            tip.append("status quo")
        parts.append(
            f'<g><title>{escape(" | ".join(tip))}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{node_r:.1f}" '
            f'fill="{_fill(counts[k], len(result.concepts))}" '
            f'stroke="#222" stroke-width="{outline}"/>'
            f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" '
            f'font-size="{max(8.0, node_r * 0.8):.0f}">{model.state_ids[k]}</text></g>')
    return parts


def conflict_svg(result: ConflictResult, *, title: str | None = None) -> str:
    """A self-contained SVG picture of states (circle layout) and moves.

    States are numbered nodes, shaded by how many concepts make them an
    equilibrium; the status quo has a thick outline.  Moves are arrows
    coloured by decision maker: solid for unilateral improvements, dashed
    otherwise.  The legend below wraps within the picture's width.
    """
    model = result.model
    n = model.n_states
    if n > SVG_STATE_LIMIT:
        raise ConflictModelError(
            f"{n} states are too many to draw", hint=f"pictures are drawn up to {SVG_STATE_LIMIT} "
            "states; export GraphML instead")
    size = 640 if n <= 40 else 900
    cx, cy = size / 2, size / 2 + 30
    radius = size / 2 - 60
    node_r = max(7.0, min(20.0, 2.6 * radius / max(n, 1)))
    position = [
        (cx + radius * math.cos(2 * math.pi * k / n - math.pi / 2),
         cy + radius * math.sin(2 * math.pi * k / n - math.pi / 2))
        for k in range(n)
    ]
    legend, bottom = _legend(result, size, size + 40)
    height = bottom + 14
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {height:.0f}" '
        f'width="{size}" height="{height:.0f}" font-family="Helvetica, Arial, sans-serif">',
        f"<title>{escape(title or model.name)}</title>",
        "<defs>",
    ]
    for dm in range(model.n_dms):
        colour = DM_COLOURS[dm % len(DM_COLOURS)]
        parts.append(
            f'<marker id="arrow{dm}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" '
            f'markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
            f'fill="{colour}"/></marker>')
    parts.append("</defs>")
    parts.append(f'<rect width="{size}" height="{height:.0f}" fill="#ffffff"/>')
    parts.append(f'<text x="{size / 2}" y="24" text-anchor="middle" font-size="16" '
                 f'font-weight="bold">{escape(title or model.name)}</text>')
    parts += _arrows(result, position, node_r) + _states(result, position, node_r) + legend
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
