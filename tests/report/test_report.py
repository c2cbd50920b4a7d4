"""The HTML report: self-contained, with every section, numbers that match the analysis."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.model.test_scenario import BASE
from truce.analysis import analyze
from truce.model.scenario import Scenario
from truce.report import ReportInputs, render_report
from truce.report.plots import frontier_figure


def _scenario(**extra: object) -> Scenario:
    data = copy.deepcopy(BASE)
    data.update(extra)
    return Scenario.model_validate(data)


@pytest.mark.parametrize(("expression", "sentence"), [
    ('x != "hi"', "b: x must not be hi"),
    ("x >= mid", "b: x must not be lo"),
    ("x in [lo]", "b: x must be lo"),
    ('x == "lo" or y == "q"', "b: not x: mid together with y: p; not x: hi together with y: p"),
])
def test_red_lines_and_constraints_read_as_the_cli_words_them(expression: str, sentence: str) -> None:
    from truce.report.sections import scenario_section

    scenario = _scenario(red_lines=[{"id": "r", "party": "b", "expression": expression}],
                         constraints=[{"id": "c", "expression": expression, "description": "why"}])
    section = scenario_section(scenario)
    assert [r["sentence"] for r in section["red_lines"]] == [sentence]
    constraint = "Compatibility constraint: " + sentence.removeprefix("b: ")
    assert [c["sentence"] for c in section["constraints"]] == [constraint]
    html = render_report(ReportInputs(scenario))
    assert sentence in html and constraint in html and "Compatibility constraints" in html


def test_report_opens_with_the_summary_and_the_cli_caveat() -> None:
    from truce.analysis.summary import CAVEAT, summarize

    scenario = _scenario()
    summary = summarize(analyze(scenario))
    html = render_report(ReportInputs(scenario))
    shown = html.replace("&#39;", "'")
    assert f"<p>{summary.headline}</p>" in shown and f"Caveat: {CAVEAT}" in shown
    # the summary, the caveats under the title, under the solutions and under the variants' diffs
    assert shown.count(CAVEAT) == 4
    assert summary.closing and summary.proposed
    concessions = [c for p in summary.proposed for c in p.concessions]
    for line in (*summary.closing, *concessions, "x: lo; mid (2 of 3)"):
        assert f"<li>{line}</li>" in shown
    for package in summary.proposed:
        values = ", ".join(f"{p} {u:.3f}" for p, u in package.utilities)
        assert f"<li>{package.title} ({values})<ul>" in shown
    assert shown.index('id="summary"') < shown.index('id="scenario"')


def test_frontier_figure_holds_every_frontier_point_with_its_package() -> None:
    analysis = analyze(_scenario())
    figure = frontier_figure(analysis)
    (frontier,) = [t for t in figure["data"] if t["name"] == "Pareto frontier"]
    assert len(frontier["x"]) == len(analysis.frontier)
    assert sorted(zip(frontier["x"], frontier["y"], strict=True)) == sorted(
        (round(u[0], 4), round(u[1], 4)) for u in analysis.frontier.utilities.tolist())
    assert all("x: " in text and "y: " in text for text in frontier["text"])
    sample = sum(len(t["x"]) for t in figure["data"] if t["name"].endswith("(sample)"))
    assert sample == 6  # all outcomes of a 3 × 2 space


def test_report_is_one_self_contained_file_with_every_section() -> None:
    html = render_report(ReportInputs(_scenario()))
    assert not re.search(r"<(script|img|iframe)[^>]+src=[\"']?https?:", html)
    assert not re.search(r"<link[^>]+href=", html)
    assert "Plotly.newPlot" in html and len(html) > 1_000_000  # plotly.js inlined
    for heading in ("Scenario: toy", "Frontier and agreement zone", "Bargaining solutions",
                    "Variants and what each step changed", "Timeline", "Caveats."):
        assert heading in html
    assert "b: x must not be hi" in html
    (figure,) = re.findall(r'<script type="application/json" id="frontier-plot-data">(.*?)</script>', html)
    assert json.loads(figure)["layout"]["xaxis"]["title"]["text"] == "utility of a"
    assert "3 of 6 outcomes" in html  # the zone of the toy scenario, counted by hand in tests/test_cli.py


def test_report_cli_writes_the_file_and_reports_mistakes(tmp_path: Path) -> None:
    source = tmp_path / "toy.yaml"
    source.write_text(yaml.safe_dump(BASE), encoding="utf-8")
    out = tmp_path / "r.html"
    run = subprocess.run([sys.executable, "-m", "truce", "report", str(source), "-o", str(out),
                          "--variant", "tough", "--json"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"report": str(out.resolve())}
    assert "variant tough" in out.read_text(encoding="utf-8")
    again = subprocess.run([sys.executable, "-m", "truce", "report", str(source), "-o", str(out)],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "already exists" in again.stderr
    bad = subprocess.run([sys.executable, "-m", "truce", "report", str(source), "--variant", "nope",
                          "-o", str(tmp_path / "r2.html")], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "nope" in bad.stderr and "Traceback" not in bad.stderr


def test_stored_simulation_and_mediation_runs_appear_with_the_cli_caveats(tmp_path: Path) -> None:
    from truce.report.run_sections import MEDIATION_CAVEAT
    from truce.simulation import simulate
    from truce.store import Workspace
    from truce.store.replay import mediation_run

    scenario = _scenario()
    workspace = Workspace.open(str(tmp_path / "w.db"))
    version = workspace.add_scenario(scenario)
    with workspace.record_run("simulation", scenario_version=version, seed=0) as simulated:
        result = simulate(scenario, runs=5, seed=0, rounds=20)
        simulated.result = result.to_json()
    with workspace.record_run("mediation", scenario_version=version, seed=0) as mediated:
        mediation = mediation_run(scenario, parameters={"samples": 300, "top": 2})
        mediated.result = mediation.to_json()
    stored = [workspace.run(simulated.id), workspace.run(mediated.id)]
    html = render_report(ReportInputs(scenario, runs=stored))
    assert f"{result.runs:,} simulated negotiations" in html
    assert "Simulated concession behaviour is not a forecast" in html
    assert f"Mediation run {mediated.id} on toy v1" in html and "P(all accept) [95 %]" in html
    assert MEDIATION_CAVEAT.replace("'", "&#39;") in html
    for k, proposal in enumerate(mediation.proposals, 1):
        row = "".join(f"<li>{i}: {o}</li>" for i, o in proposal.outcome.items())  # the toy names no labels
        low, high = proposal.ci
        assert f"<td>{k}</td><td>{proposal.p_accept_all:.3f} [{low:.3f}, {high:.3f}]</td>" in html
        assert row in html
        assert all(e.sentence.replace("'", "&#39;") in html for e in proposal.explanation)
    for run_id in (simulated.id, mediated.id):
        pattern = rf'<script type="application/json" id="run-{run_id}-plot-data">(.*?)</script>'
        (figure,) = re.findall(pattern, html)
        assert json.loads(figure)["data"]


def test_stored_analysis_diff_and_news_runs_appear_in_the_report(tmp_path: Path) -> None:
    import html as markup

    from truce.analysis.diff import diff_scenarios
    from truce.analysis.summary import CAVEAT, summarize
    from truce.store import Workspace

    scenario = _scenario()
    workspace = Workspace.open(str(tmp_path / "w.db"))
    version = workspace.add_scenario(scenario)
    analysis = analyze(scenario.with_variant("tough"))
    summary = summarize(analysis)
    with workspace.record_run("analysis", scenario_version=version, variant="tough") as analysed:
        analysed.result = {**analysis.to_json(), "summary": summary.to_json()}
    diff = diff_scenarios(scenario, scenario.with_variant("tough"))
    with workspace.record_run("diff", scenario_version=version, parameters={"variant": "tough"}) as compared:
        compared.result = diff.to_json()
    article = {"id": "a.txt", "publication_date": "2024-08-19", "sentences": [{"text": "s"}],
               "events": [{"sentence_index": 0, "event_type": "ACCEPT", "source": "b", "target": None,
                           "trigger": "accepted", "issue": "x", "date": "2024-08-18"}]}
    with workspace.record_run("news") as ingested:
        ingested.result = {"articles": [article]}
    runs = [workspace.run(r.id) for r in (analysed, compared, ingested)]
    shown = markup.unescape(render_report(ReportInputs(scenario, runs=runs)))
    assert f"Analysis run {analysed.id} on toy v1" in shown and f"<p>{summary.headline}</p>" in shown
    before, after = diff.zone_change
    assert f"<td>agreement zone (outcomes)</td><td>{before}</td><td>{after}</td>" in shown
    assert shown.count(CAVEAT) >= 6  # the report's own four, the stored analysis and the stored diff
    assert "a.txt (2024-08-19): 1 events in 1 sentences" in shown
    row = "<td>0</td><td>ACCEPT</td><td>b</td><td>—</td><td>accepted</td><td>x</td><td>2024-08-18</td>"
    assert row in shown
