"""The graph model's picture and GraphML file: legend within the picture, booleans as GraphML has them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
import numpy as np

from truce.conflict import DecisionMaker, GraphModel, Option, analyze_conflict
from truce.conflict.result import ConflictResult
from truce.report.conflict_graph import conflict_graphml, conflict_svg

SVG = "{http://www.w3.org/2000/svg}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
#: A generous average character width of a sans-serif font, in font sizes.
CHARACTER_WIDTH = 0.6


def _prisoners(names: tuple[str, str] = ("P1", "P2")) -> ConflictResult:
    model = GraphModel(
        name="prisoners",
        decision_makers=tuple(DecisionMaker(name, (Option("Defect"),)) for name in names),
        codes=np.arange(4, dtype=np.int64), state_ids=np.arange(1, 5, dtype=np.int64),
        ranks=np.array([[3, 4, 1, 2], [3, 1, 4, 2]]), status_quo=0,
    )
    return analyze_conflict(model)


def test_every_legend_line_fits_within_the_picture() -> None:
    long_name = "The Government of the Republic and its allied militias in the northern provinces " * 2
    root = ET.fromstring(conflict_svg(_prisoners((long_name, "P2"))))
    width, height = float(root.get("width", 0)), float(root.get("height", 0))
    texts = list(root.iter(f"{SVG}text"))
    assert any("darker green" in (t.text or "") for t in texts)
    for text in texts:
        if text.get("text-anchor") == "middle":
            continue
        size = float(text.get("font-size", 0))
        extent = float(text.get("x", 0)) + len(text.text or "") * CHARACTER_WIDTH * size
        assert extent <= width, text.text
        assert float(text.get("y", 0)) <= height


def test_graphml_booleans_are_lower_case_and_read_back_as_booleans() -> None:
    text = conflict_graphml(_prisoners())
    root = ET.fromstring(text)
    boolean_keys = {k.get("id") for k in root.iter(f"{GRAPHML}key") if k.get("attr.type") == "boolean"}
    assert boolean_keys, "status_quo, eq_<concept> and improvement are booleans"
    values = {d.text for d in root.iter(f"{GRAPHML}data") if d.get("key") in boolean_keys}
    assert values == {"true", "false"}
    graph = nx.parse_graphml(text)
    assert graph.nodes["4"]["eq_nash"] is True and graph.nodes["1"]["eq_nash"] is False
    assert graph.nodes["1"]["status_quo"] is True
