"""Reports: one self-contained HTML file per scenario, and the drawings of results.

Engines compute; this package draws: the frontier and zone plot (plotly
figures), the graph model's state graph (SVG, GraphML), red lines as
sentences, and the HTML report that puts them together.
"""

from truce.report.conflict_graph import conflict_graph, conflict_graphml, conflict_svg
from truce.report.html import ReportInputs, render_report, report_context
from truce.report.sentences import red_line_sentence

__all__ = [
    "ReportInputs",
    "conflict_graph",
    "conflict_graphml",
    "conflict_svg",
    "red_line_sentence",
    "render_report",
    "report_context",
]
