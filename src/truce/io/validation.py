"""Pydantic validation errors in the words of the file: every problem listed, each with
its line and field, and "did you mean" for a misspelt key."""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from truce.errors import TruceError
from truce.io.yaml_source import line_of
from truce.model.conflict_case import SECTION_TAGS

__all__ = ["validation_error"]


def _members(annotation: Any) -> list[Any]:
    """The alternatives of an annotation, through ``Annotated`` and unions."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _members(typing.get_args(annotation)[0])
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [m for arg in typing.get_args(annotation) for m in _members(arg)]
    return [annotation]


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _model_at(root: type[BaseModel], loc: Sequence[Any]) -> type[BaseModel] | None:
    """The pydantic model that validates the mapping at ``loc`` under ``root``."""
    annotation: Any = root
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


def _problem(error: Mapping[str, Any], root: type[BaseModel]) -> str:
    """One pydantic error in words, with a suggestion for a misspelt key."""
    message = str(error["msg"]).removeprefix("Value error, ")
    loc = _clean_loc(error["loc"])
    if error["type"] == "extra_forbidden" and loc:
        model = _model_at(root, loc[:-1])
        known = list(model.model_fields) if model is not None else []
        message = f"unknown key {str(loc[-1])!r}"
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        if close:
            message += f"; did you mean `{close[0]}`?"
        elif known:
            message += f"; known keys: {', '.join(known)}"
    return message


def validation_error(
    exc: ValidationError, root: type[BaseModel], error: type[TruceError], path: Path, tree: yaml.Node | None
) -> TruceError:
    """All of a file's validation problems as one ``error``, located at the first.

    ``root`` is the model the file was validated against; a misspelt key gets
    the closest known key as a suggestion.
    """
    problems = []
    for item in exc.errors():
        loc = _clean_loc(item["loc"])
        where = ".".join(str(part) for part in loc) or None
        problems.append((line_of(tree, loc), where, _problem(item, root)))
    line, field, message = problems[0]
    if len(problems) == 1:
        return error(message, file=path, line=line, field=field)
    listed = "\n".join(
        f"  {path}:{line}: " + (f"{field}: " if field else "") + message for line, field, message in problems
    )
    return error(f"{len(problems)} problems:\n{listed}", file=path, line=line)
