"""Read a scenario's evidence file (the coded statements its estimates come from).

A scenario names its evidence file next to it (``evidence: evidence.yaml``);
:func:`evidence_of_scenario` finds and loads it, with errors located at the
file, line and field like scenario files.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from truce.errors import ScenarioError, TruceError
from truce.estimation.evidence import Evidence
from truce.io.scenario_file import load_scenario, resolve_scenario_path
from truce.io.yaml_source import read_yaml, yaml_text
from truce.model.scenario import Scenario

__all__ = ["evidence_of_scenario", "load_evidence"]


def load_evidence(path: str | Path) -> Evidence:
    """Load and validate an evidence file."""
    path = Path(path)
    data, tree = read_yaml(path, ScenarioError)
    if not isinstance(data, dict):
        raise ScenarioError(
            "an evidence file must be a YAML mapping",
            file=path,
            line=1,
            hint="start with 'scenario:', 'favours:' and 'statements:'",
        )
    try:
        return Evidence.model_validate(data)
    except ValidationError as exc:
        from truce.io.validation import validation_error  # with difflib: on failure only

        raise validation_error(exc, Evidence, ScenarioError, path, tree) from None


def evidence_of_scenario(name_or_path: str | Path) -> tuple[Scenario, Evidence]:
    """A scenario and the evidence file it names."""
    path = resolve_scenario_path(name_or_path)
    scenario = load_scenario(path)
    if scenario.evidence is None:
        raise TruceError(
            f"scenario {scenario.id!r} names no evidence file",
            file=path,
            hint="add 'evidence: evidence.yaml' next to the scenario and list the coded statements there",
        )
    evidence_path = path.parent / scenario.evidence
    if not evidence_path.is_file():
        raise ScenarioError(
            f"evidence file {scenario.evidence!r} not found next to the scenario", file=path, field="evidence"
        )
    return scenario, load_evidence(evidence_path)


GENERATED = (
    "parties",
    "issues",
    "preferences",
    "red_lines",
    "constraints",
    "positions",
    "timeline",
    "variants",
    "proposals",
    "sources",
)
"""Top-level sections of a scenario file that :func:`write_estimated_scenario` rewrites."""


def _blocks(text: str) -> dict[str, tuple[int, int]]:
    """Line spans of the top-level keys of a block-style YAML mapping."""
    lines = text.splitlines(keepends=True)
    starts = [k for k, line in enumerate(lines) if line[:1].isalpha() or line[:1] in "_#"]
    spans: dict[str, tuple[int, int]] = {}
    for k, start in enumerate(starts):
        key = lines[start].split(":", 1)[0]
        if not lines[start].startswith("#"):
            spans[key] = (start, starts[k + 1] if k + 1 < len(starts) else len(lines))
    return spans


def write_estimated_scenario(path: str | Path, scenario: Scenario) -> Path:
    """Rewrite the generated sections of the scenario file at ``path`` with ``scenario``'s.

    Sections it does not generate (id, name, description, date, conflict,
    evidence) and the comments above them are kept as written; in the
    sections it rewrites only reference labels change besides the estimates.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    data = scenario.model_dump(mode="json", exclude_defaults=True)
    lines = text.splitlines(keepends=True)
    for key in reversed(sorted(GENERATED, key=lambda k: _blocks("".join(lines)).get(k, (0, 0))[0])):
        spans = _blocks("".join(lines))
        block = yaml_text({key: data.get(key, [])}, width=110)
        if key in spans:
            start, stop = spans[key]
            lines[start:stop] = block.splitlines(keepends=True)
        else:
            lines.extend(block.splitlines(keepends=True))
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text("".join(lines), encoding="utf-8")
    temporary.replace(path)
    return path
