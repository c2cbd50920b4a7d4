"""The command line: JSON interface, readable errors (exit code 2, no traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from tests.model.test_scenario import BASE

TRUCE = [sys.executable, "-m", "truce"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*TRUCE, *args], capture_output=True, text=True, timeout=120)


def _scenario(tmp_path: Path) -> Path:
    path = tmp_path / "toy.yaml"
    path.write_text(yaml.safe_dump(BASE), encoding="utf-8")
    return path


def test_analyze_json_interface(tmp_path: Path) -> None:
    result = run("analyze", str(_scenario(tmp_path)), "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["parties"] == ["a", "b"]
    assert doc["outcomes"] == 6
    assert doc["zone_size"] == 3
    assert doc["reservation"] == [0.3, 0.3]
    assert doc["frontier_size"] == len(doc["frontier"]) == 3
    assert all(set(p) == {"outcome", "utility"} for p in doc["frontier"])
    assert set(doc["solutions"]) == {"nash", "kalai_smorodinsky", "egalitarian", "utilitarian"}
    assert doc["solutions"]["nash"] == {"outcome": {"x": "lo", "y": "p"}, "utility": [0.4, 0.5]}
    assert [b["id"] for b in doc["binding_red_lines"]] == ["b_no_hi"]
    limited = json.loads(run("analyze", str(_scenario(tmp_path)), "--json", "--frontier-limit", "1").stdout)
    assert len(limited["frontier"]) == 1 and limited["frontier_size"] == 3


def test_disagreement_option(tmp_path: Path) -> None:
    doc = json.loads(run("analyze", str(_scenario(tmp_path)), "--json", "--disagreement", "0,0").stdout)
    assert doc["disagreement"] == [0.0, 0.0]
    bad = run("analyze", str(_scenario(tmp_path)), "--disagreement", "0.1")
    assert bad.returncode == 2 and "needs 2 utilities" in bad.stderr


def test_diff_variant_and_command_line_change(tmp_path: Path) -> None:
    path = str(_scenario(tmp_path))
    doc = json.loads(run("diff", path, "--variant", "tough", "--json").stdout)
    assert doc["zone_size"] == {"before": 3, "after": 2}
    assert doc["empty"] is False
    same = json.loads(run("diff", path, path, "--json").stdout)
    assert same["empty"] is True and same["changes"] == []
    shifted = json.loads(run("diff", path, "--reservation", "a=0.5", "--json").stdout)
    assert shifted["changes"] == ["a: reservation value 0.3 → 0.5"]
    text = run("diff", path, "--red-line", 'a: y == "p"')
    assert text.returncode == 0 and "agreement zone" in text.stdout


def test_user_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    broken = dict(BASE, red_lines=[{"id": "r", "party": "b", "expression": "x >> lo"}])
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    for args in (
        ("analyze", str(path)),
        ("analyze", str(tmp_path / "missing.yaml")),
        ("diff", str(_scenario(tmp_path)), "--variant", "nope"),
        ("diff", str(_scenario(tmp_path)), "--red-line", "no party here"),
        ("analyze", str(_scenario(tmp_path)), "--as-of", "yesterday"),
    ):
        result = run(*args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        assert "error:" in result.stderr
    located = run("analyze", str(path))
    assert f"{path}:" in located.stderr and "red_lines.0.expression" in located.stderr


def test_validate_reports_an_impossible_red_line_as_a_finding(tmp_path: Path) -> None:
    data = dict(BASE, red_lines=[{"id": "never", "party": "a", "expression": "x == lo and x == hi"}])
    path = tmp_path / "never.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 0 and "'never' can never be satisfied" in result.stdout
    assert json.loads(run("validate", str(path), "--json").stdout)["unsatisfiable_red_lines"] == ["never"]


def test_schema_and_validate(tmp_path: Path) -> None:
    schema = json.loads(run("schema").stdout)
    assert "parties" in schema["properties"]
    doc = json.loads(run("validate", str(_scenario(tmp_path)), "--json").stdout)
    assert doc["valid"] is True and doc["outcomes"] == 6


def test_import_truce_loads_no_heavy_library() -> None:
    code = ("import sys, truce; "
            "print(sorted(m for m in ('numpy', 'spacy', 'networkx', 'pydantic') if m in sys.modules))")
    heavy = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert heavy.stdout.strip() == "[]"


def test_no_red_line_binds_is_said_only_where_red_lines_exist(tmp_path: Path) -> None:
    free = tmp_path / "free.yaml"
    free.write_text(yaml.safe_dump(dict(BASE, red_lines=[], variants=[])), encoding="utf-8")
    result = run("analyze", str(free))
    assert result.returncode == 0 and "No red line binds" not in result.stdout
    # this red line rules out only (hi, p), which b rejects anyway: it exists but does not bind
    loose = tmp_path / "loose.yaml"
    red_line = {"id": "loose", "party": "a", "expression": 'x != "hi" or y == "q"'}
    loose.write_text(yaml.safe_dump(dict(BASE, red_lines=[red_line], variants=[])), encoding="utf-8")
    assert "No red line binds" in run("analyze", str(loose)).stdout
