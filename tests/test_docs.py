"""Code in the README and docs runs: YAML examples load, shell examples succeed."""

from __future__ import annotations

import importlib.util
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from truce.analysis import analyze
from truce.model.scenario import Scenario

REPO = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def blocks(path: Path, language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(path.read_text(encoding="utf-8")) if lang == language]


def test_readme_scenario_example_is_valid() -> None:
    (example,) = blocks(REPO / "README.md", "yaml")
    result = analyze(Scenario.model_validate(yaml.safe_load(example)))
    assert result.zone.size == 3
    assert result.scenario.with_variant("tough").red_lines[-1].id == "a_mid"


@pytest.mark.parametrize("doc", DOCS_WITH_PYTHON := [REPO / "docs" / "tutorial.md", REPO / "docs" / "simulation.md"], ids=lambda p: p.name)
def test_documented_python_runs(doc: Path) -> None:
    for block in blocks(doc, "python"):
        exec(compile(block, str(doc), "exec"), {})


def _commands(path: Path) -> list[str]:
    """Shell lines starting with ``truce`` in ``sh`` blocks that need no placeholder file."""
    found = []
    for block in blocks(path, "sh"):
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if command.startswith("truce ") and not re.search(r"\b(A|B|OUT|FILE|DIR)\.|path/to|article\.txt|>", command):
                found.append(command)
    return found


DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]


@pytest.mark.parametrize(
    "command", [c for doc in DOCS for c in _commands(doc)], ids=lambda c: c[:60]
)
def test_documented_commands_run(command: str) -> None:
    args = shlex.split(command)[1:]
    result = subprocess.run(
        [sys.executable, "-m", "truce", *args], capture_output=True, text=True, timeout=300, cwd=REPO
    )
    assert result.returncode == 0, f"{command}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"


def test_reference_is_generated_from_current_docstrings() -> None:
    spec = importlib.util.spec_from_file_location("reference", REPO / "docs" / "reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (REPO / "docs" / "reference.md").read_text(encoding="utf-8") == module.render(), (
        "docs/reference.md is out of date: run python docs/reference.py"
    )
