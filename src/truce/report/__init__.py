"""Reports: one self-contained HTML file per scenario, and the drawings of results.

Engines compute; this package draws: the frontier and zone plot (plotly
figures), the graph model's state graph (SVG, GraphML), and the HTML report
that puts them together with red lines worded by :mod:`truce.model.wording`
and the summary of :func:`truce.analysis.summary.summarize`.
"""

from truce.report.conflict_graph import conflict_graph, conflict_graphml, conflict_svg
from truce.report.html import ReportInputs, render_report, report_context

__all__ = [
    "ReportInputs",
    "conflict_graph",
    "conflict_graphml",
    "conflict_svg",
    "render_report",
    "report_context",
]
