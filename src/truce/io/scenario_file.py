"""Read and write scenario YAML files, and find bundled scenarios by name.

Validation errors are reported with the file, the YAML line of the offending
field and the field path, e.g.
``gaza.yaml:42: preferences.0.weights: weights of party 'israel' sum to 0.95 ...``.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from truce.errors import ScenarioError, TruceError
from truce.io.yaml_source import line_of, read_yaml
from truce.model.scenario import Scenario

__all__ = [
    "bundled_scenarios",
    "dump_scenario",
    "load_scenario",
    "resolve_scenario_path",
    "save_scenario",
    "scenario_json_schema",
]

BUNDLE = "truce.scenarios"


def bundled_scenarios() -> dict[str, Path]:
    """Names and paths of the scenarios that ship with truce."""
    root = resources.files(BUNDLE)
    found: dict[str, Path] = {}
    for entry in root.iterdir():
        candidate = entry / "scenario.yaml"
        if entry.is_dir() and candidate.is_file():
            found[entry.name] = Path(str(candidate))
    return dict(sorted(found.items()))


def resolve_scenario_path(name_or_path: str | Path) -> Path:
    """A scenario file path, or the file of the bundled scenario with that name."""
    path = Path(name_or_path)
    if path.is_file():
        return path
    bundled = bundled_scenarios()
    if str(name_or_path) in bundled:
        return bundled[str(name_or_path)]
    if path.is_dir() and (path / "scenario.yaml").is_file():
        return path / "scenario.yaml"
    raise TruceError(
        f"no scenario file or bundled scenario named {str(name_or_path)!r}",
        hint="give a path to a scenario YAML file, or one of: " + (", ".join(bundled) or "(none)"),
    )




def _parse_field(field: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in field.split(".")]




def load_scenario(name_or_path: str | Path) -> Scenario:
    """Load and validate a scenario from YAML (or a bundled scenario by name)."""
    path = resolve_scenario_path(name_or_path)
    data, tree = read_yaml(path, ScenarioError)
    if not isinstance(data, dict):
        raise ScenarioError(
            "a scenario file must be a YAML mapping",
            file=path,
            line=1,
            hint="start with 'id:', 'parties:' and 'issues:'",
        )
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = [
            part
            for part in first["loc"]
            if not (isinstance(part, str) and part.startswith(("function-", "tagged-union")))
        ]
        field = ".".join(str(part) for part in loc) or None
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        message = first["msg"].removeprefix("Value error, ")
        raise ScenarioError(message + more, file=path, line=line_of(tree, loc), field=field) from None
    except TruceError as exc:
        line = line_of(tree, _parse_field(exc.field)) if exc.field else None
        raise exc.located(file=path, line=line) from None
    if isinstance(scenario.conflict, str):
        conflict_path = path.parent / scenario.conflict
        if not conflict_path.is_file():
            raise ScenarioError(
                f"conflict file {scenario.conflict!r} not found next to the scenario",
                file=path,
                line=line_of(tree, ["conflict"]),
                field="conflict",
            )
    return scenario


def dump_scenario(scenario: Scenario) -> str:
    """The scenario as YAML text; ``load`` of it gives an equal scenario."""
    data = scenario.model_dump(mode="json", exclude_defaults=True)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def save_scenario(
    scenario: Scenario, path: str | Path, *, overwrite: bool = False, origin: str | Path | None = None
) -> Path:
    """Write ``scenario`` to ``path`` atomically; refuses to overwrite unless asked.

    ``origin`` is the file the scenario was loaded from: a conflict section
    given as a file name relative to it is rewritten relative to ``path``.
    """
    target = Path(path)
    if target.exists() and not overwrite:
        raise TruceError(
            f"{target} already exists", file=target, hint="choose another output file or pass --force"
        )
    if isinstance(scenario.conflict, str) and origin is not None:
        conflict_file = (resolve_scenario_path(origin).parent / scenario.conflict).resolve()
        relative = os.path.relpath(conflict_file, target.resolve().parent)
        scenario = scenario.model_copy(update={"conflict": relative})
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(dump_scenario(scenario), encoding="utf-8")
    temporary.replace(target)
    return target


def scenario_json_schema() -> str:
    """JSON Schema of the scenario file format."""
    return json.dumps(Scenario.model_json_schema(), indent=2)
