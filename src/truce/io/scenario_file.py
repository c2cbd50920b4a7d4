"""Read and write scenario YAML files, and find bundled scenarios by name.

Validation errors are reported with the file, the YAML line of the offending
field and the field path, e.g.
``gaza.yaml:42: preferences.0.weights: weights of party 'israel' sum to 0.95 ...``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from truce.errors import ScenarioError, TruceError
from truce.model.scenario import Scenario

__all__ = [
    "bundled_scenarios",
    "dump_scenario",
    "inline_conflict",
    "is_genius_folder",
    "load_scenario",
    "resolve_scenario_path",
    "save_scenario",
    "scenario_from_text",
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
    if path.is_dir():
        raise TruceError(
            f"{str(name_or_path)!r} is a folder, not a scenario file",
            hint="give the scenario YAML file inside it (a folder works when it holds scenario.yaml, "
                 "or a GENIUS domain XML and its profile XMLs)",
        )
    raise TruceError(
        f"no scenario file or bundled scenario named {str(name_or_path)!r}",
        hint="give a path to a scenario YAML file, or one of: " + (", ".join(bundled) or "(none)"),
    )


def is_genius_folder(path: str | Path) -> bool:
    """Whether ``path`` is a GENIUS/ANAC domain folder (XML files, no ``scenario.yaml``)."""
    folder = Path(path)
    return (folder.is_dir() and not (folder / "scenario.yaml").is_file()
            and any(p.suffix.lower() == ".xml" for p in folder.iterdir()))


def _parse_field(field: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in field.split(".")]


def load_scenario(name_or_path: str | Path) -> Scenario:
    """Load and validate a scenario: the one place where a scenario argument is resolved.

    ``name_or_path`` is a scenario YAML file, the name of a bundled scenario,
    a folder holding ``scenario.yaml``, or a GENIUS/ANAC domain folder (the
    domain XML and one profile XML per party, read as by
    :func:`truce.io.genius.read_genius_folder`), so every command that takes
    a scenario file takes a GENIUS folder too, in one process.
    """
    if is_genius_folder(name_or_path):
        from truce.io.genius import read_genius_folder

        return read_genius_folder(name_or_path).scenario
    from truce.io.yaml_source import read_yaml

    path = resolve_scenario_path(name_or_path)
    data, tree = read_yaml(path, ScenarioError)
    return _validated(data, tree, path)


def scenario_from_text(text: str, name: str) -> Scenario:
    """Validate scenario YAML given as text (an upload); ``name`` labels the messages.

    Text has no folder, so a ``conflict`` section that names a file is refused.
    """
    from truce.io.yaml_source import line_of, parse_yaml

    path = Path(name)
    data, tree = parse_yaml(text, ScenarioError, file=path)
    if isinstance(data, dict) and isinstance(data.get("conflict"), str):
        raise ScenarioError(
            "the conflict section names a file, which an uploaded scenario cannot bring along",
            file=path, line=line_of(tree, ["conflict"]), field="conflict",
            hint="write the graph-model case inline under 'conflict:'",
        )
    return _validated(data, tree, path)


def _validated(data: Any, tree: Any, path: Path) -> Scenario:
    from truce.io.yaml_source import line_of

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
        from truce.io.validation import validation_error  # with difflib and PyYAML: on failure only

        raise validation_error(exc, Scenario, ScenarioError, path, tree) from None
    except TruceError as exc:
        line = line_of(tree, _parse_field(exc.field)) if exc.field else None
        raise exc.located(file=path, line=line) from None
    _check_conflict(scenario, data, path, tree)
    return scenario


def _check_conflict(scenario: Scenario, data: Mapping[str, Any], path: Path, tree: Any) -> None:
    """Check the graph model of the scenario's ``conflict`` section as ``truce conflict`` will read it."""
    if scenario.conflict is None:
        return
    from truce.io.gmcr import load_gmcr, parse_gmcr
    from truce.io.yaml_source import line_of

    if isinstance(scenario.conflict, str):
        conflict_path = path.parent / scenario.conflict
        if not conflict_path.is_file():
            raise ScenarioError(
                f"conflict file {scenario.conflict!r} not found next to the scenario",
                file=path,
                line=line_of(tree, ["conflict"]),
                field="conflict",
            )
        load_gmcr(conflict_path)
    else:
        parse_gmcr(data["conflict"], file=path, tree=tree, prefix=["conflict"])


def inline_conflict(scenario: Scenario, origin: str | Path) -> Scenario:
    """The scenario with a ``conflict`` file (relative to ``origin``) read into it.

    Stored and uploaded scenarios must stand alone, without the file next to them.
    """
    if not isinstance(scenario.conflict, str):
        return scenario
    from truce.errors import ConflictModelError
    from truce.io.gmcr import load_gmcr
    from truce.io.yaml_source import read_yaml
    from truce.model.conflict_case import ConflictCase

    path = resolve_scenario_path(origin).parent / scenario.conflict
    load_gmcr(path)  # the case must hold together before it is copied in
    data, _ = read_yaml(path, ConflictModelError)
    return scenario.model_copy(update={"conflict": ConflictCase.model_validate(data)})


def dump_scenario(scenario: Scenario) -> str:
    """The scenario as YAML text; ``load`` of it gives an equal scenario."""
    from truce.io.yaml_source import yaml_text

    return yaml_text(scenario.model_dump(mode="json", exclude_defaults=True))


def save_scenario(
    scenario: Scenario, path: str | Path, *, overwrite: bool = False, origin: str | Path | None = None
) -> Path:
    """Write ``scenario`` to ``path`` atomically; refuses to overwrite unless asked.

    ``origin`` is the file the scenario was loaded from: conflict and evidence
    files named relative to it are rewritten relative to ``path``.
    """
    target = Path(path)
    if target.exists() and not overwrite:  # before any work; write_text_file checks again
        raise TruceError(
            f"{target} already exists", file=target, hint="choose another output file or pass --force"
        )
    for field in ("conflict", "evidence"):  # files named relative to the scenario
        name = getattr(scenario, field)
        if isinstance(name, str) and origin is not None:
            linked = (resolve_scenario_path(origin).parent / name).resolve()
            scenario = scenario.model_copy(update={field: os.path.relpath(linked, target.resolve().parent)})
    from truce.io.files import write_text_file  # writing only: reading commands skip it

    return write_text_file(target, dump_scenario(scenario), overwrite=overwrite)


def scenario_json_schema() -> str:
    """JSON Schema of the scenario file format."""
    return json.dumps(Scenario.model_json_schema(), indent=2)
