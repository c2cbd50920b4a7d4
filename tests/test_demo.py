"""``truce demo``: the flagship analysis end to end."""

from __future__ import annotations

import json

from tests.test_cli import run


def test_demo_json_shows_what_the_philadelphi_demand_did() -> None:
    result = run("demo", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["scenario"] == "gaza-ceasefire-2024"
    assert doc["analysis"]["parties"] == ["israel", "hamas"]
    zones = {v["id"]: v["zone_size"] for v in doc["variants"]}
    assert list(zones) == ["base", "framework_may_july", "bridging_aug16", "late_august_philadelphi"]
    assert zones["late_august_philadelphi"] < zones["bridging_aug16"] < zones["base"]
    last = doc["diffs"][-1]
    assert last["step"] == "bridging_aug16 → late_august_philadelphi"
    assert any("philadelphi_corridor" in change for change in last["changes"])
    bridging = next(v for v in doc["variants"] if v["id"] == "bridging_aug16")
    assert bridging["confidence"] == "unverified"
    assert any(u["id"] == "us_bridging_aug16" for u in doc["analysis"]["unsettled"])
    assert set(doc["conflict"]["equilibria"]) >= {"nash", "gmr", "smr", "seq", "sim"}


def test_demo_tables() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    for heading in ("Issues of", "Agreement zone", "Pareto frontier", "Bargaining solutions",
                    "Binding red lines", "Variants over time", "Not settled", "Equilibria"):
        assert heading in result.stdout, heading
