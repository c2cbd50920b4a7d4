"""Every page and its ``.json`` twin; uploads refused with the CLI's message and a 4xx, never a 500."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from tests.model.test_scenario import BASE
from tests.web.conftest import FLAGSHIP

PAGES = ["/", f"/scenarios/{FLAGSHIP}", f"/scenarios/{FLAGSHIP}/frontier", f"/scenarios/{FLAGSHIP}/solutions",
         f"/scenarios/{FLAGSHIP}/diff", f"/scenarios/{FLAGSHIP}/conflict", f"/scenarios/{FLAGSHIP}/timeline",
         f"/scenarios/{FLAGSHIP}/simulation", f"/scenarios/{FLAGSHIP}/mediation", "/runs"]


def _token(client: TestClient) -> str:
    page = client.get("/").text
    token = re.findall(r'name="csrf_token" value="([^"]+)"', page)[0]
    return token


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_json_twin_with_the_data_it_shows(client: TestClient, path: str) -> None:
    html = client.get(path)
    twin = client.get("/.json" if path == "/" else path + ".json")
    assert html.status_code == twin.status_code == 200
    assert html.headers["content-type"].startswith("text/html")
    data = twin.json()
    assert f"<h1>{data['title']}</h1>".replace("&", "&amp;") in html.text


def test_pages_show_the_scenario_and_its_analysis(client: TestClient) -> None:
    scenario = client.get(f"/scenarios/{FLAGSHIP}.json").json()
    assert [p["id"] for p in scenario["scenario"]["parties"]][:2] == ["israel", "hamas"]
    solutions = client.get(f"/scenarios/{FLAGSHIP}/solutions.json").json()["analysis"]
    cli_numbers = client.app.state.workspace  # the same analysis the CLI prints (tests/test_flagship.py)
    assert cli_numbers is not None and solutions["zone_size"] == 61_568 and solutions["outcomes"] == 787_320
    frontier = client.get(f"/scenarios/{FLAGSHIP}/frontier.json").json()["figure"]
    assert any(t["name"] == "Pareto frontier" for t in frontier["data"])
    variants = scenario["scenario"]["variants"]
    diff = client.get(f"/scenarios/{FLAGSHIP}/diff.json",
                      params={"before": variants[0]["id"], "after": variants[-1]["id"]}).json()["diff"]
    assert diff["step"] == f"{variants[0]['id']} → {variants[-1]['id']}"
    conflict = client.get(f"/scenarios/{FLAGSHIP}/conflict.json").json()["conflict"]
    assert conflict["svg"].startswith("<svg") and conflict["equilibria"]["nash"]
    plotly = client.get("/static/plotly.min.js")
    assert plotly.status_code == 200 and b"plotly" in plotly.content[:2000].lower()


def test_unknown_things_are_404_pages_not_500(client: TestClient) -> None:
    for path in ("/scenarios/nope", "/scenarios/nope.json", "/runs/999", "/runs/999.json", "/no/such/page"):
        response = client.get(path)
        assert response.status_code == 404, path
    assert client.get("/runs/999.json").json()["error"].startswith("no run 999 in the workspace")
    bad_variant = client.get(f"/scenarios/{FLAGSHIP}/solutions.json", params={"variant": "nope"})
    assert bad_variant.status_code == 400 and "nope" in bad_variant.json()["error"]


def _upload(client: TestClient, name: str, content: bytes) -> tuple[int, str]:
    response = client.post("/scenarios", files={"file": (name, content, "application/x-yaml")},
                           data={"csrf_token": _token(client)})
    return response.status_code, response.text


BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
    for p, c in zip("abcdefgh", "bcdefghi", strict=True))


@pytest.mark.parametrize(("name", "content", "status", "message"), [
    ("empty.yaml", b"", 400, "empty.yaml: the file is empty"),
    ("blob.yaml", bytes(range(256)) * 4, 400, "blob.yaml: the file is binary"),
    ("latin.yaml", "id: caf\xe9\n".encode("latin-1"), 400, "latin.yaml: not UTF-8 text"),
    ("big.yaml", b"# " + b"x" * (20 * 1024 * 1024), 413, "accepted"),
    ("bomb.yaml", BOMB.encode(), 413, "bomb.yaml: the YAML expands to more than 200,000 values"),
    ("bad.yaml", b"id: [unclosed\n", 400, "bad.yaml:2: invalid YAML"),
    ("../../etc/passwd", b"id: x\n", 400, "passwd:1: parties: Field required"),
    ("scenario.yaml", (Path(__file__).parents[2] / "src/truce/scenarios/gaza-ceasefire-2024/scenario.yaml")
     .read_bytes(), 400, "scenario.yaml:"),
    ("C:\\temp\\..\\toy.yaml", yaml.safe_dump({**BASE, "red_lines": [
        {"id": "r", "party": "zz", "expression": "x == lo"}]}).encode(), 400, "toy.yaml"),
])
def test_bad_uploads_are_refused_with_the_cli_message(
    client: TestClient, name: str, content: bytes, status: int, message: str
) -> None:
    code, text = _upload(client, name, content)
    if name == "scenario.yaml":
        assert "the conflict section names a file" in text
    assert code == status and message in text.replace("&#39;", "'"), text[-600:]
    assert "Traceback" not in text


def test_a_valid_upload_is_stored_and_an_analysis_started_from_the_page_is_listed(client: TestClient) -> None:
    code, _ = _upload(client, "toy.yaml", yaml.safe_dump(BASE).encode())
    assert code == 200  # redirected to the scenario page
    assert client.get("/scenarios/toy.json").json()["scenario_head"]["version"] == 1
    started = client.post("/scenarios/toy/runs", data={"csrf_token": _token(client), "variant": "tough"},
                          follow_redirects=False)
    assert started.status_code == 303
    run_id = int(started.headers["location"].rsplit("/", 1)[1])
    client.app.state.jobs.futures[run_id].result(timeout=120)
    run = client.get(f"/runs/{run_id}.json").json()["run"]
    assert (run["status"], run["variant"], run["result"]["zone_size"]) == ("succeeded", "tough", 2)
    assert run_id in [r["id"] for r in client.get("/runs.json").json()["runs"]]

    simulated = client.post("/scenarios/toy/simulations", data={"csrf_token": _token(client), "runs": "5"},
                            follow_redirects=False)
    sim_id = int(simulated.headers["location"].rsplit("/", 1)[1])
    client.app.state.jobs.futures[sim_id].result(timeout=300)
    page = client.get("/scenarios/toy/simulation.json").json()
    assert page["latest"]["id"] == sim_id and page["section"]["runs"] >= 5
    assert "simulated negotiations" in client.get("/scenarios/toy/simulation").text
    too_many = client.post("/scenarios/toy/simulations", data={"csrf_token": _token(client), "runs": "10**9"})
    assert too_many.status_code == 400 and "runs" in too_many.text


def test_forms_from_another_site_or_without_the_token_are_refused(client: TestClient) -> None:
    content = {"file": ("toy.yaml", yaml.safe_dump(BASE).encode(), "application/x-yaml")}
    client.get("/")  # the browser now has its cookie
    missing = client.post("/scenarios", files=content)
    assert missing.status_code == 403 and "did not come from this site" in missing.text
    foreign = client.post("/scenarios", files=content, data={"csrf_token": _token(client)},
                          headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403
    assert json.loads(client.get("/.json").text)["scenarios"]  # nothing else changed


def test_an_uploaded_article_becomes_events_on_the_scenario_timeline(client: TestClient) -> None:
    text = ("Egypt hosted talks in Cairo on Sunday. Israel rejected the proposal on the Philadelphi "
            "corridor on Monday, officials said.")
    started = client.post("/articles", files={"file": ("../cairo talks.txt", text.encode(), "text/plain")},
                          data={"csrf_token": _token(client), "date": "2024-08-19", "scenario": FLAGSHIP},
                          follow_redirects=False)
    assert started.status_code == 303, started.text
    run_id = int(started.headers["location"].rsplit("/", 1)[1])
    client.app.state.jobs.futures[run_id].result(timeout=300)
    assert client.get(f"/runs/{run_id}.json").json()["run"]["status"] == "succeeded"
    (article,) = [a for a in client.get("/.json").json()["articles"] if a["title"] == "cairo_talks.txt"]
    news = [e for e in client.get(f"/scenarios/{FLAGSHIP}/timeline.json").json()["timeline"]
            if e["origin"] == "news"]
    assert len(news) == article["events"] > 0
    undated = client.post("/articles", files={"file": ("a.txt", text.encode(), "text/plain")},
                          data={"csrf_token": _token(client), "date": "yesterday"})
    assert undated.status_code == 400 and "is not a date" in undated.text
