"""Stored runs of every engine command render on their run page, with the caveats the CLI prints."""

from __future__ import annotations

import datetime as dt
import html as markup

from fastapi.testclient import TestClient

from tests.web.conftest import FLAGSHIP
from tests.web.test_pages import _token
from truce.analysis.summary import CAVEAT
from truce.store import Workspace


def _stored(client: TestClient, kind: str, result: dict, **details: object) -> int:
    workspace: Workspace = client.app.state.workspace
    with workspace.record_run(kind, **details) as run:
        run.result = result
    return run.id


def _page(client: TestClient, run_id: int) -> tuple[dict, str]:
    data = client.get(f"/runs/{run_id}.json").json()
    page = client.get(f"/runs/{run_id}")
    assert page.status_code == 200
    return data, markup.unescape(page.text)


def test_diff_and_estimate_runs_render_as_tables_with_their_caveats(client: TestClient) -> None:
    from truce.analysis.diff import diff_scenarios
    from truce.estimation.explain import explain_estimates
    from truce.io.evidence_file import evidence_of_scenario

    workspace: Workspace = client.app.state.workspace
    scenario, evidence = evidence_of_scenario(FLAGSHIP)
    version = workspace.scenario_version(FLAGSHIP)
    report = explain_estimates(evidence, scenario, dt.date(2024, 7, 6))
    estimate_id = _stored(client, "estimate", report.to_json(), scenario_version=version)
    variant = scenario.variants[-1].id
    diff = diff_scenarios(scenario, scenario.with_variant(variant))
    diff_id = _stored(client, "diff", diff.to_json(), scenario_version=version,
                      parameters={"variant": variant})
    listed = [(r["id"], r["kind"]) for r in client.get("/runs.json").json()["runs"]]
    assert (estimate_id, "estimate") in listed and (diff_id, "diff") in listed

    data, text = _page(client, estimate_id)
    assert data["section"]["rule"] == report.rule and report.rule in text
    for party in report.parties:
        assert f"<h3>{party.label}</h3>" in text and party.reservation_reason in text
        assert f"<td>{party.issues[0].issue}</td><td>{party.issues[0].weight}</td>" in text
    data, text = _page(client, diff_id)
    before, after = diff.zone_change
    assert f"<td>agreement zone (outcomes)</td><td>{before}</td><td>{after}</td>" in text
    assert CAVEAT in text and all(change in text for change in diff.changes)
    page = client.get(f"/scenarios/{FLAGSHIP}/diff", params={"after": variant})
    assert CAVEAT in markup.unescape(page.text)
    twin = client.get(f"/scenarios/{FLAGSHIP}/diff.json", params={"after": variant}).json()
    assert twin["diff"]["caveats"] == [CAVEAT]


def test_analysis_and_news_runs_show_the_summary_and_the_events(client: TestClient) -> None:
    started = client.post(f"/scenarios/{FLAGSHIP}/runs", data={"csrf_token": _token(client)},
                          follow_redirects=False)
    run_id = int(started.headers["location"].rsplit("/", 1)[1])
    client.app.state.jobs.futures[run_id].result(timeout=300)
    data, text = _page(client, run_id)
    summary = data["run"]["result"]["summary"]
    assert data["section"]["summary"] == summary and summary["headline"] in text
    assert f"Caveat: {summary['caveat']}" in text and summary["caveat"] == CAVEAT
    assert all(f"<li>{line}</li>" in text for line in summary["closing"])

    article = {"id": "talks.txt", "publication_date": "2024-08-19", "sentences": [{"text": "a"}] * 2,
               "events": [{"sentence_index": 1, "event_type": "REJECT", "source": ["Israel", "Egypt"],
                           "target": "Hamas", "trigger": "rejected", "issue": None, "date": None,
                           "date_text": "Monday"}]}
    news_id = _stored(client, "news", {"articles": [article]})
    data, text = _page(client, news_id)
    assert "talks.txt (2024-08-19): 1 events in 2 sentences" in text
    assert ("<td>1</td><td>REJECT</td><td>Israel + Egypt</td><td>Hamas</td><td>rejected</td><td>—</td>"
            "<td>Monday</td>") in text
