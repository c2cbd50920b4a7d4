"""``truce simulate`` and ``truce strategies``: the JSON interface and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.model.test_scenario import BASE

TRUCE = [sys.executable, "-m", "truce"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*TRUCE, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def toy(tmp_path: Path) -> str:
    path = tmp_path / "toy.yaml"
    path.write_text(yaml.safe_dump(BASE), encoding="utf-8")
    return str(path)


def test_simulate_json(toy: str) -> None:
    result = run("simulate", toy, "--json", "--runs", "50", "--seed", "3", "--rounds", "10",
                 "--strategy", "a=boulware", "--strategy", "a=conceder",
                 "--strategy", "b=linear:accept=ac_const,c=0.5")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    keys = {"runs", "seed", "agreement_rate", "agreement_ci", "mean_steps", "outcomes", "utility_mean"}
    assert keys | {"by_strategy"} <= set(doc)
    assert doc["runs"] == 100 and doc["seed"] == 3
    assert [c["strategies"] for c in doc["by_strategy"]] == [
        {"a": "boulware", "b": "linear+ac_const:c=0.5"}, {"a": "conceder", "b": "linear+ac_const:c=0.5"}
    ]
    low, high = doc["agreement_ci"]
    assert low <= doc["agreement_rate"] <= high
    assert sum(o["frequency"] for o in doc["outcomes"]) == pytest.approx(doc["agreement_rate"])
    assert all(set(o["outcome"]) == {"x", "y"} for o in doc["outcomes"])
    assert sum(doc["rounds_to_agreement"]) == round(doc["agreement_rate"] * doc["runs"])
    assert doc["provenance"]["seed"] == 3 and len(doc["provenance"]["scenario_sha256"]) == 16


def test_strategies_json() -> None:
    doc = json.loads(run("strategies", "--json").stdout)
    names = [s["name"] for s in doc["strategies"]]
    assert {
        "boulware", "linear", "conceder", "tit-for-tat", "tit-for-tat-relative", "hard-liner", "random"
    } <= set(names)
    assert [a["name"] for a in doc["acceptance"]] == ["ac_next", "ac_const", "ac_time"]
    assert {p["name"] for p in doc["protocols"]} == {"alternating", "round-robin", "single-text"}


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--strategy", "a=nonesuch"], "unknown strategy 'nonesuch'"),
        (["--strategy", "z=boulware"], "unknown party 'z'"),
        (["--strategy", "boulware"], "is not PARTY=NAME"),
        (["--runs", "0"], "number of runs must be at least 1"),
        (["--rounds", "1000001"], "more than the simulation plays"),
        (["--protocol", "auction"], "unknown protocol"),
        (["--executor", "dask://127.0.0.1:9"], "no Dask scheduler answered"),
        (["--executor", "dask://127.0.0.1:port"], "a port from 1 to 65535"),
        (["--start", "16 Aug"], "is not a date"),
        (["--red-line-belief", "reported=2"], "is not a number in [0, 1]"),
        (["--red-line-belief", "rumoured=0.5"], "cannot read 'rumoured=0.5'"),
        (["--strategy", "a=linear:ties=maybe"], "unknown tie-break 'maybe'"),
    ],
)
def test_simulate_errors_are_one_line(toy: str, args: list[str], fragment: str) -> None:
    result = run("simulate", toy, "--runs", "5", *args)
    assert result.returncode == 2
    assert fragment in result.stderr and "Traceback" not in result.stderr


def test_red_line_belief_and_random_ties_in_the_json(tmp_path: Path) -> None:
    path = tmp_path / "reported.yaml"
    reported = [{**BASE["red_lines"][0], "confidence": "reported"}]
    path.write_text(yaml.safe_dump({**BASE, "red_lines": reported}))
    result = run("simulate", str(path), "--json", "--runs", "40", "--rounds", "10", "--red-line-belief",
                 "reported=0.5", "--strategy", "a=linear", "--strategy", "b=conceder:ties=random")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["provenance"]["red_line_belief"]["reported"] == 0.5 and doc["provenance"]["sampled_red_lines"]
    assert doc["by_strategy"][0]["strategies"] == {"a": "linear", "b": "conceder+ties=random"}
    keys = {k["name"]: k for k in json.loads(run("strategies", "--json").stdout)["negotiator_keys"]}
    assert keys["ties"]["values"] == ["opponent", "random"] and keys["accept"]["default"] == "ac_next"
