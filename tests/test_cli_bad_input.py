"""The command line on bad input: one readable message, exit code 2, user text shown verbatim,
and output files written whole or not at all."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.cli_runner import run_truce
from tests.model.test_scenario import BASE
from truce.analysis.limits import check_frontier_merge, frontier_memory_limit
from truce.errors import TruceError


def _scenario(tmp_path: Path, data: dict[str, Any] | None = None, name: str = "toy.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(copy.deepcopy(BASE) if data is None else data), encoding="utf-8")
    return path


def _error(*args: str) -> str:
    result = run_truce(*args)
    assert result.code == 2, (args, result.stdout, result.stderr)
    assert result.stderr.startswith("error: ") and result.stderr.count("error: ") == 1
    return " ".join(result.stderr.split())  # undo Rich's line wrapping


def test_unquoted_impossible_date_exits_2_with_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "dated.yaml"
    path.write_text("date: 2025-13-45\n" + yaml.safe_dump(BASE), encoding="utf-8")
    assert f"{path}:1: date: '2025-13-45' is not a valid date" in _error("validate", str(path))


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("abc", "--reservation 'abc' is not party=value. Fix: write --reservation israel=0.4"),
        ("a=abc", "--reservation 'a=abc' is not party=value"),
        ("a=1.5", "--reservation 'a=1.5': a reservation value must lie in [0, 1]"),
        ("a=-0.2", "must lie in [0, 1]"),
    ],
)
def test_reservation_option_is_checked(tmp_path: Path, given: str, expected: str) -> None:
    message = _error("diff", str(_scenario(tmp_path)), "--reservation", given)
    assert expected in message
    assert "--disagreement" not in message and "0.3,0.25" not in message


def test_square_brackets_survive_in_messages_and_tables(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    data["name"] = "[bold]Talks[/bold]"
    data["issues"][1]["options"] = [{"id": "[p]"}, {"id": "q"}]
    data["preferences"][0]["values"]["y"] = {"[p]": 1, "q": 0}
    data["preferences"][1]["values"]["y"] = {"[p]": 0, "q": 1}
    data["red_lines"] = [{"id": "b_no_hi", "party": "b", "expression": "x in [lo, mid]"}]
    data["variants"] = []
    path = _scenario(tmp_path, data)
    shown = run_truce("analyze", str(path))
    assert shown.code == 0, shown.stderr
    assert "b: x must not be hi" in shown.stdout and "y: [p]" in shown.stdout
    assert "[bold]Talks[/bold]" in run_truce("validate", str(path)).stdout
    data["red_lines"] = [{"id": "b_no_hi", "party": "b", "expression": "x in [lo, nope]"}]
    assert "red line 'x in [lo, nope]'" in _error("validate", str(_scenario(tmp_path, data)))


def test_conflict_tables_keep_square_brackets(tmp_path: Path) -> None:
    case = {
        "name": "[red]standoff",
        "decision_makers": [{"name": "[A]", "options": ["[x]"]}, {"name": "B", "options": ["y"]}],
        "preferences": {"[A]": [2, 4, 1, 3], "B": [3, 4, 1, 2]},
    }
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(case), encoding="utf-8")
    shown = run_truce("conflict", str(path))
    assert shown.code == 0, shown.stderr
    assert "[red]standoff" in shown.stdout and "[A]" in shown.stdout and "[x]" in shown.stdout


def test_folder_given_as_scenario(tmp_path: Path) -> None:
    assert "is a folder, not a scenario file" in _error("analyze", str(tmp_path))


@pytest.mark.parametrize("command", ["schema", "conflict-svg", "conflict-graphml", "update"])
def test_outputs_are_never_overwritten_without_force(tmp_path: Path, command: str) -> None:
    target = tmp_path / "out.txt"
    target.write_text("keep me", encoding="utf-8")
    case = str(Path(__file__).parent / "conflict" / "cases" / "chicken.yaml")
    article = tmp_path / "article.txt"
    article.write_text("Negotiators met in Cairo on Monday.", encoding="utf-8")
    args = {
        "schema": ["schema", "-o", str(target)],
        "conflict-svg": ["conflict", case, "--svg", str(target)],
        "conflict-graphml": ["conflict", case, "--graphml", str(target)],
        "update": ["ingest", str(article), "--date", "2024-08-19", "--scenario", str(_scenario(tmp_path)),
                   "--update", str(target)],
    }[command]
    assert "already exists" in _error(*args)
    assert target.read_text(encoding="utf-8") == "keep me"
    if command == "update":
        return  # the news pipeline is slow to start; --force is the same code path as schema's
    forced = run_truce(*args, "--force")
    assert forced.code == 0, forced.stderr
    assert target.read_text(encoding="utf-8") != "keep me"
    # no temporary file left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "out.txt", "toy.yaml"]


def test_exported_run_is_not_overwritten_without_force(tmp_path: Path) -> None:
    database = str(tmp_path / "truce.db")
    data = copy.deepcopy(BASE)
    data["issues"][1]["options"] = [{"id": "[p]"}, {"id": "q"}]
    for preference in data["preferences"]:
        values = preference["values"]["y"]
        preference["values"]["y"] = {"[p]": values["p"], "q": values["q"]}
    saved = run_truce("analyze", str(_scenario(tmp_path, data)), "--save", "--db", database)
    assert saved.code == 0, saved.stderr
    shown = run_truce("show", "1", "--db", database)
    assert shown.code == 0 and "y: [p]" in shown.stdout
    target = tmp_path / "run.json"
    target.write_text("keep me", encoding="utf-8")
    assert "already exists" in _error("export", "1", "--db", database, "-o", str(target))
    assert target.read_text(encoding="utf-8") == "keep me"
    assert run_truce("export", "1", "--db", database, "-o", str(target), "--force").code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["kind"] == "analysis"


def test_schema_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "schema.json"
    assert run_truce("schema", "-o", str(target)).code == 0
    assert "parties" in json.loads(target.read_text(encoding="utf-8"))["properties"]
    assert "is a folder" in _error("schema", "-o", str(tmp_path))
    assert "does not exist" in _error("schema", "-o", str(tmp_path / "missing" / "schema.json"))
    assert [p.name for p in tmp_path.iterdir()] == ["schema.json"]


def test_degenerate_frontier_merge_is_refused_with_its_size() -> None:
    issues = ("x1", "x2", "x3", "x4")
    check_frontier_merge(issues, 1, 2, 1_000, 1_000)  # a million candidates: fine
    with pytest.raises(TruceError) as caught:
        check_frontier_merge(issues, 2, 2, 1_000_000, 1_000)
    message = str(caught.value)
    assert "1,000,000,000 candidate outcomes, about 104.3 GiB" in message
    assert "--frontier-memory 105" in message and "fewer levels" in message
    with frontier_memory_limit(200):
        check_frontier_merge(issues, 2, 2, 1_000_000, 1_000)
    with pytest.raises(TruceError):
        check_frontier_merge(issues, 2, 2, 1_000_000, 1_000)  # the limit applies only inside the block


def test_simulation_tables_keep_square_brackets(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    data["parties"][0]["id"] = "[a]"
    data["preferences"][0]["party"] = "[a]"
    data["issues"][1]["options"] = [{"id": "[p]"}, {"id": "q"}]
    for preference in data["preferences"]:
        values = preference["values"]["y"]
        preference["values"]["y"] = {"[p]": values["p"], "q": values["q"]}
    data["variants"] = []
    shown = run_truce("simulate", str(_scenario(tmp_path, data)), "--runs", "5", "--rounds", "10")
    assert shown.code == 0, shown.stderr
    assert "u([a])" in " ".join(shown.stdout.split()) and "[p]" in shown.stdout


def _opposed(levels: int, issues: int) -> dict[str, Any]:
    """Numeric issues on which the two parties' preferences are exactly opposed: every outcome is
    Pareto-optimal, so the frontier is the whole space."""
    ids = [f"x{i}" for i in range(issues)]
    options = [{"id": f"l{k}", "level": k} for k in range(levels)]
    return {
        "id": "opposed",
        "parties": [{"id": "a"}, {"id": "b"}],
        "issues": [{"id": i, "kind": "numeric", "options": options} for i in ids],
        "preferences": [
            {"party": party, "weights": {i: 1 / issues for i in ids},
             "values": {i: {f"l{k}": (k if party == "a" else levels - 1 - k) / (levels - 1)
                            for k in range(levels)} for i in ids}}
            for party in ("a", "b")
        ],
    }


def test_frontier_too_large_for_memory_is_refused_with_its_size(tmp_path: Path) -> None:
    path = _scenario(tmp_path, _opposed(100, 3), "opposed.yaml")
    message = _error("analyze", str(path), "--frontier-memory", "0.002")
    assert re.search(r"adding issue 'x2' \(100 undominated options\) to the [\d,]+ frontier outcomes",
                     message)
    assert "more than the limit of 0.002 GiB" in message
    assert "fewer levels" in message and "--frontier-memory 1" in message
