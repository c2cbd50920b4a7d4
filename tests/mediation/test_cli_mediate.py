"""``truce mediate``: the stable JSON, the repair mode and readable errors (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.model.test_scenario import BASE
from tests.test_cli import run


def _scenario(tmp_path: Path) -> Path:
    path = tmp_path / "toy.yaml"
    path.write_text(yaml.safe_dump(BASE), encoding="utf-8")
    return path


def test_mediate_json_shape(tmp_path: Path) -> None:
    result = run(
        "mediate", str(_scenario(tmp_path)), "--json", "--samples", "400", "--seed", "3", "--top", "4"
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["parties"] == ["a", "b"] and doc["samples"] == 400 and doc["seed"] == 3
    assert set(doc["zone"]) >= {"p_nonempty", "size_median", "size_90"}
    proposals = doc["proposals"]
    assert len(proposals) == 4
    assert [p["p_accept_all"] for p in proposals] == sorted(
        (p["p_accept_all"] for p in proposals), reverse=True
    )
    for p in proposals:
        assert set(p) >= {"outcome", "utility", "p_accept", "p_accept_all", "ci", "explanation"}
        assert set(p["outcome"]) == {"x", "y"} and set(p["p_accept"]) == {"a", "b"}
        assert p["ci"][0] <= p["p_accept_all"] <= p["ci"][1]
        assert [e["issue"] for e in p["explanation"]] == ["x", "y"]
    assert doc["provenance"]["seed"] == 3 and len(doc["provenance"]["scenario_hash"]) == 64


def test_repair_json(tmp_path: Path) -> None:
    text = tmp_path / "text.yaml"
    text.write_text("x: hi\ny: p\n", encoding="utf-8")
    result = run("mediate", str(_scenario(tmp_path)), "--repair", str(text), "--rejected-by", "b", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    # x=hi crosses b's red line; x=mid, y=p gives a 0.7 and b 0.3 (its reservation value): one change
    assert doc["repair"] == {
        "outcome": {"x": "mid", "y": "p"},
        "changed_issues": ["x"],
        "utility": [0.7, 0.3],
    }


def test_repair_to_a_target_json(tmp_path: Path) -> None:
    text = tmp_path / "text.yaml"
    text.write_text("x: hi\ny: p\n", encoding="utf-8")
    result = run(
        "mediate", str(_scenario(tmp_path)), "--repair", str(text), "--rejected-by", "b",
        "--target", "0.8", "--samples", "50", "--seed", "4", "--json",
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    # no ranges in the toy scenario: every sample is the point model, and the point repair reaches any target
    repaired = {"outcome": {"x": "mid", "y": "p"}, "changed_issues": ["x"], "utility": [0.7, 0.3]}
    assert doc["repair"] == repaired
    assert doc["p_accept"] == {"a": 1.0, "b": 1.0} and doc["p_accept_all"] == 1.0
    assert doc["target"] == 0.8 and doc["samples"] == 50 and doc["provenance"]["seed"] == 4


@pytest.mark.parametrize(
    ("args", "text", "fragment"),
    [
        (["--samples", "-5"], None, "at least 1"),
        (["--seed", "-1", "--samples", "20"], None, "seed must be a non-negative integer"),
        (["--rejected-by", "a", "--target", "0.5", "--seed", "-3"], "x: hi\ny: p\n", "seed must be"),
        (["--rejected-by", "zz"], "x: hi\ny: p\n", "unknown party"),
        (["--rejected-by", "a"], "x: hi\n", "settles no option for issues y"),
        (["--rejected-by", "a"], "x: top\ny: p\n", "unknown option 'top'"),
        (["--red-line-belief", "rumour=0.5"], None, "red_line_belief"),
        (["--rejected-by", "a", "--target", "1.5"], "x: hi\ny: p\n", "target must be in (0, 1]"),
        (["--rejected-by", "a", "--target", "0.5", "--samples", "0"], "x: hi\ny: p\n", "at least 1"),
        (["--target", "0.5"], None, "--repair and --rejected-by go together"),
    ],
)
def test_bad_input_is_one_message_and_exit_2(
    tmp_path: Path, args: list[str], text: str | None, fragment: str
) -> None:
    extra = []
    if text is not None:
        path = tmp_path / "text.yaml"
        path.write_text(text, encoding="utf-8")
        extra = ["--repair", str(path)]
    result = run("mediate", str(_scenario(tmp_path)), *args, *extra)
    assert result.returncode == 2
    assert fragment in result.stderr and "Traceback" not in result.stderr

