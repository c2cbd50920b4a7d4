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
    assert list(zones) == [
        "base", "israel_conditions_jul7", "israel_border_conditions_jul13", "hamas_preconditions_aug18",
        "early_september_sep5",
    ]
    assert zones == {
        "base": 61568, "israel_conditions_jul7": 19530, "israel_border_conditions_jul13": 4281,
        "hamas_preconditions_aug18": 0, "early_september_sep5": 0,
    }
    closing = doc["diffs"][-2]
    assert closing["step"] == "israel_border_conditions_jul13 → hamas_preconditions_aug18"
    assert any("philadelphi_corridor" in change for change in closing["changes"])
    assert any(u["id"] == "us_bridging_aug16" for u in doc["analysis"]["unsettled"])
    assert set(doc["conflict"]["equilibria"]) >= {"nash", "gmr", "smr", "seq", "sim"}


def test_demo_tables() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    for heading in ("Issues of", "Agreement zone", "Pareto frontier", "Bargaining solutions",
                    "Binding red lines", "Variants over time", "Not settled", "Equilibria"):
        assert heading in result.stdout, heading
