"""Read and write scenario YAML files, and find bundled scenarios by name.

Validation errors are reported with the file, the YAML line of the offending
field and the field path, e.g.
``gaza.yaml:42: preferences.0.weights: weights of party 'israel' sum to 0.95 ...``.
"""

from __future__ import annotations

import difflib
import json
import os
import types
import typing
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from truce.errors import ScenarioError, TruceError
from truce.io.files import write_text_file
from truce.io.yaml_source import line_of, parse_yaml, read_yaml
from truce.model.conflict_case import SECTION_TAGS
from truce.model.scenario import Scenario

__all__ = [
    "bundled_scenarios",
    "dump_scenario",
    "inline_conflict",
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
            hint="give the scenario YAML file inside it (a folder works when it holds scenario.yaml)",
        )
    raise TruceError(
        f"no scenario file or bundled scenario named {str(name_or_path)!r}",
        hint="give a path to a scenario YAML file, or one of: " + (", ".join(bundled) or "(none)"),
    )


def _parse_field(field: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in field.split(".")]


def _members(annotation: Any) -> list[Any]:
    """The alternatives of an annotation, through ``Annotated`` and unions."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _members(typing.get_args(annotation)[0])
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [m for arg in typing.get_args(annotation) for m in _members(arg)]
    return [annotation]


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _model_at(loc: Sequence[Any]) -> type[BaseModel] | None:
    """The pydantic model that validates the mapping at ``loc`` in a scenario."""
    annotation: Any = Scenario
    for part in loc:
        fields = [
            m.model_fields[str(part)]
            for m in _members(annotation)
            if _is_model(m) and str(part) in m.model_fields
        ]
        if fields:
            annotation = fields[0].annotation
            continue
        containers = [m for m in _members(annotation) if typing.get_origin(m) in (tuple, list, Mapping, dict)]
        if not containers:
            return None
        element = 0 if typing.get_origin(containers[0]) in (tuple, list) else 1  # Mapping: the value
        annotation = typing.get_args(containers[0])[element]
    models = [m for m in _members(annotation) if _is_model(m)]
    return models[0] if models else None


def _clean_loc(loc: Sequence[Any]) -> list[Any]:
    """The location of a pydantic error as a path in the file (without union tags)."""
    return [
        part
        for k, part in enumerate(loc)
        if not (isinstance(part, str) and part.startswith(("function-", "tagged-union")))
        and not (k == 1 and loc[0] == "conflict" and part in SECTION_TAGS)
    ]


def _problem(error: Mapping[str, Any]) -> str:
    """One pydantic error in words, with a suggestion for a misspelt key."""
    message = str(error["msg"]).removeprefix("Value error, ")
    loc = _clean_loc(error["loc"])
    if error["type"] == "extra_forbidden" and loc:
        model = _model_at(loc[:-1])
        known = list(model.model_fields) if model is not None else []
        message = f"unknown key {str(loc[-1])!r}"
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        if close:
            message += f"; did you mean `{close[0]}`?"
        elif known:
            message += f"; known keys: {', '.join(known)}"
    return message


def _validation_error(exc: ValidationError, path: Path, tree: Any) -> ScenarioError:
    """All of a scenario's validation problems as one error, located at the first."""
    problems = []
    for error in exc.errors():
        loc = _clean_loc(error["loc"])
        problems.append((line_of(tree, loc), ".".join(str(part) for part in loc) or None, _problem(error)))
    line, field, message = problems[0]
    if len(problems) == 1:
        return ScenarioError(message, file=path, line=line, field=field)
    listed = "\n".join(
        f"  {path}:{line}: " + (f"{field}: " if field else "") + message for line, field, message in problems
    )
    return ScenarioError(f"{len(problems)} problems:\n{listed}", file=path, line=line)


def load_scenario(name_or_path: str | Path) -> Scenario:
    """Load and validate a scenario from YAML (or a bundled scenario by name)."""
    path = resolve_scenario_path(name_or_path)
    data, tree = read_yaml(path, ScenarioError)
    return _validated(data, tree, path)


def scenario_from_text(text: str, name: str) -> Scenario:
    """Validate scenario YAML given as text (an upload); ``name`` labels the messages.

    Text has no folder, so a ``conflict`` section that names a file is refused.
    """
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
        raise _validation_error(exc, path, tree) from None
    except TruceError as exc:
        line = line_of(tree, _parse_field(exc.field)) if exc.field else None
        raise exc.located(file=path, line=line) from None
    _check_conflict(scenario, data, path, tree)
    return scenario


def _check_conflict(scenario: Scenario, data: Mapping[str, Any], path: Path, tree: Any) -> None:
    """Check the graph model of the scenario's ``conflict`` section as ``truce conflict`` will read it."""
    from truce.io.gmcr import load_gmcr, parse_gmcr

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
    elif scenario.conflict is not None:
        parse_gmcr(data["conflict"], file=path, tree=tree, prefix=["conflict"])


def inline_conflict(scenario: Scenario, origin: str | Path) -> Scenario:
    """The scenario with a ``conflict`` file (relative to ``origin``) read into it.

    Stored and uploaded scenarios must stand alone, without the file next to them.
    """
    if not isinstance(scenario.conflict, str):
        return scenario
    from truce.errors import ConflictModelError
    from truce.io.gmcr import load_gmcr
    from truce.model.conflict_case import ConflictCase

    path = resolve_scenario_path(origin).parent / scenario.conflict
    load_gmcr(path)  # the case must hold together before it is copied in
    data, _ = read_yaml(path, ConflictModelError)
    return scenario.model_copy(update={"conflict": ConflictCase.model_validate(data)})


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
    if target.exists() and not overwrite:  # before any work; write_text_file checks again
        raise TruceError(
            f"{target} already exists", file=target, hint="choose another output file or pass --force"
        )
    if isinstance(scenario.conflict, str) and origin is not None:
        conflict_file = (resolve_scenario_path(origin).parent / scenario.conflict).resolve()
        relative = os.path.relpath(conflict_file, target.resolve().parent)
        scenario = scenario.model_copy(update={"conflict": relative})
    return write_text_file(target, dump_scenario(scenario), overwrite=overwrite)


def scenario_json_schema() -> str:
    """JSON Schema of the scenario file format."""
    return json.dumps(Scenario.model_json_schema(), indent=2)
