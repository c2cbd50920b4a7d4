"""Mediation and simulation pages: runs started from the page, their results as the engines compute them."""

from __future__ import annotations

from html import unescape
from typing import Any

import yaml
from fastapi.testclient import TestClient

from tests.model.test_scenario import BASE
from tests.web.conftest import FLAGSHIP
from tests.web.test_pages import _token
from truce.model.scenario import Scenario

Z = 1.959963984540054  # two-sided 95 % normal quantile


def _start(client: TestClient, path: str, **fields: str) -> tuple[int, dict[str, Any]]:
    started = client.post(path, data={"csrf_token": _token(client), **fields}, follow_redirects=False)
    assert started.status_code == 303, started.text
    run_id = int(started.headers["location"].rsplit("/", 1)[1])
    client.app.state.jobs.futures[run_id].result(timeout=600)
    page = client.get(f"/runs/{run_id}.json").json()
    assert page["run"]["status"] == "succeeded", page["run"]["error"]
    return run_id, page


def _toy(client: TestClient) -> None:
    added = client.post(
        "/scenarios",
        files={"file": ("toy.yaml", yaml.safe_dump(BASE).encode(), "text/yaml")},
        data={"csrf_token": _token(client)},
    )
    assert added.status_code == 200


def _without_provenance(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "provenance"}


def test_a_mediation_started_from_the_page_shows_p_accept_per_party_with_intervals(
    client: TestClient,
) -> None:
    from truce.mediation.wording import explanation_sentence
    from truce.store.replay import mediation_run

    _toy(client)
    run_id, run = _start(client, "/scenarios/toy/mediations", samples="400", top="3")
    stored = run["run"]["result"]
    engine = mediation_run(Scenario.model_validate(BASE), seed=0, parameters={"samples": 400, "top": 3})
    assert _without_provenance(stored) == _without_provenance(engine.to_json())
    section = run["section"]
    assert len(section["proposals"]) == len(stored["proposals"]) > 0
    for shown, computed in zip(section["proposals"], stored["proposals"], strict=True):
        # in the scenario's words: its labels (the toy's are its ids) and its red lines quoted
        assert shown["explanation"] == [explanation_sentence(Scenario.model_validate(BASE), e)
                                        for e in computed["explanation"]]
        for party in ("a", "b"):
            p, (low, high) = shown["p_accept"][party]["p"], shown["p_accept"][party]["ci"]
            assert p == computed["p_accept"][party] and low <= p <= high
            if p == 1:  # Wilson's interval of n successes in n has the closed form n / (n + z²)
                assert abs(low - 400 / (400 + Z * Z)) < 1e-12 and high == 1
            if p == 0:
                assert low == 0 and abs(high - Z * Z / (400 + Z * Z)) < 1e-12
    figure = section["figure"]
    assert [t["name"] for t in figure["data"]] == ["a", "b", "every party"]
    assert figure["data"][0]["y"] == [p["p_accept"]["a"]["p"] for p in section["proposals"]]

    page = client.get("/scenarios/toy/mediation.json").json()
    assert page["latest"]["id"] == run_id and page["section"] == section
    html = client.get("/scenarios/toy/mediation").text
    assert "P(all accept) [95 %]" in html and 'id="mediation-plot"' in html
    assert section["proposals"][0]["explanation"][0] in unescape(html)
    assert "analysts&#39; estimates" in html
    other = client.get("/scenarios/toy/mediation", params={"variant": "tough"}).text
    assert "No finished mediation of tough is stored yet." in other


def test_a_closed_zone_shows_what_reopens_it_and_the_cli_caveats(client: TestClient) -> None:
    variant = client.get(f"/scenarios/{FLAGSHIP}.json").json()["scenario"]["variants"][-1]["id"]
    _, run = _start(client, f"/scenarios/{FLAGSHIP}/mediations", samples="100", top="2", variant=variant)
    assert run["run"]["variant"] == variant
    section = run["section"]
    assert section["zone"]["p_nonempty"] == 0 and section["reopen"]
    assert all(s.startswith("dropping red line") or "reservation" in s for s in section["reopen"])
    assert section["caveats"][: len(run["run"]["result"]["findings"])] == run["run"]["result"]["findings"]
    html = client.get(f"/scenarios/{FLAGSHIP}/mediation", params={"variant": variant}).text
    assert "what reopens it" in html and section["texts"][0]["name"] in html
    from truce.io.scenario_file import load_scenario

    scenario = load_scenario(FLAGSHIP).with_variant(variant)
    for issue_id, option_id in run["run"]["result"]["proposals"][0]["outcome"].items():
        issue = scenario.issue(issue_id)
        assert issue is not None
        label = next(o.label or o.id for o in issue.options if o.id == option_id)
        assert section["proposals"][0]["outcome"][issue.name or issue_id] == label
        assert f"<li>{issue.name or issue_id}: {label}</li>".replace("'", "&#39;") in html


def test_bad_mediation_forms_are_refused_before_a_run_starts(client: TestClient) -> None:
    before = len(client.get("/runs.json").json()["runs"])
    for fields, message in [
        ({"samples": "0"}, "samples '0' is not a whole number from 1 to 20,000"),
        ({"samples": "1e9"}, "samples '1e9'"),
        ({"top": "99"}, "top '99'"),
        ({"variant": "nope"}, "nope"),
    ]:
        response = client.post(
            f"/scenarios/{FLAGSHIP}/mediations", data={"csrf_token": _token(client), **fields}
        )
        assert response.status_code == 400 and message in response.text.replace("&#39;", "'"), fields
    assert len(client.get("/runs.json").json()["runs"]) == before


def test_a_simulation_of_a_variant_shows_rates_rounds_and_frequent_agreements(client: TestClient) -> None:
    _toy(client)
    run_id, run = _start(client, "/scenarios/toy/simulations", runs="5", variant="tough")
    assert run["run"]["variant"] == "tough"
    section = run["section"]
    assert section["agreement_ci"][0] <= section["agreement_rate"] <= section["agreement_ci"][1]
    assert len(section["figure"]["data"][0]["y"]) == len(section["by_strategy"])
    page = client.get("/scenarios/toy/simulation.json", params={"variant": "tough"}).json()
    assert page["latest"]["id"] == run_id
    html = client.get("/scenarios/toy/simulation", params={"variant": "tough"}).text
    assert 'id="simulation-plot"' in html and "rounds to agreement" in html
    if section["outcomes"]:
        assert "Most frequent agreements" in html
