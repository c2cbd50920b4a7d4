"""Read graph-model (GMCR) case files into :class:`~truce.conflict.model.GraphModel`.

The format is the YAML of ``data/gmcr/FORMAT.md`` (decision makers with
options, explicit states with ``Y``/``N``/``-`` patterns, optional explicit
moves, rankings with ties, status quo) with three additions:

- ``states`` may be omitted: the states are then all option combinations,
  minus those matching an ``infeasible`` entry (a pattern or a logical
  statement over options), numbered 1, 2, ... in increasing option code
  (first option least significant, the GMCR+ convention);
- a decision maker without an explicit ranking in ``preferences`` is ranked
  by its ``preference_statements`` (option prioritisation);
- options may carry ``label`` and ``sources``;
- a preference statement may be a mapping ``{statement, confidence, sources,
  note}`` and the status quo ``{state, confidence, sources, note}``, so that
  the claims a case rests on carry confidence and sources as in scenario
  files; :func:`claims_of` lists them.

The same case can sit inline in a scenario file under ``conflict:`` or in a
separate file named there.  Problems raise
:class:`~truce.errors.ConflictModelError` with file, line and field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from truce.conflict.model import DecisionMaker, GraphModel
from truce.errors import ConflictModelError, TruceError
from truce.io.gmcr_evidence import claims_of, statements_and_status_quo
from truce.io.gmcr_sections import (
    CaseContext,
    decision_makers_of,
    explicit_moves_of,
    is_state_id,
    ranks_of,
    states_of,
)
from truce.io.validation import validation_error
from truce.io.yaml_source import read_yaml
from truce.model.conflict_case import ConflictCase

__all__ = ["claims_of", "load_conflict", "load_gmcr", "parse_gmcr"]


def _metadata(data: Mapping[str, Any], dms: Sequence[DecisionMaker], statements: Any,
              evidence: dict[str, Any]) -> dict[str, Any]:
    """What the case says besides the model: source, notes, expected results, evidence, option sources."""
    option_sources = {o.name: list(o.sources) for dm in dms for o in dm.options if o.sources}
    metadata = {key: data[key] for key in ("source", "notes", "expected", "expected_status_quo")
                if key in data}
    if "preference_statements" in data:
        metadata["preference_statements"] = statements
    if evidence:
        metadata["evidence"] = evidence
    if option_sources:
        metadata["option_sources"] = option_sources
    return metadata


def parse_gmcr(
    data: Any, *, file: str | Path | None = None, tree: yaml.Node | None = None,
    prefix: Sequence[Any] = (),
) -> GraphModel:
    """Build a :class:`GraphModel` from a parsed case mapping (see module docs)."""
    ctx = CaseContext(Path(file) if file is not None else None, tree, prefix)
    if not isinstance(data, Mapping):
        raise ctx.error("a graph-model case must be a YAML mapping", [],
                        hint="start with 'name:' and 'decision_makers:'")
    dms = decision_makers_of(data, ctx)
    names = [dm.name for dm in dms]
    option_names = [o.name for dm in dms for o in dm.options]
    owners = [dm.name for dm in dms for _ in dm.options]
    codes, ids, wilds, labels = states_of(data, option_names, owners, ctx)
    if "states_count" in data and data["states_count"] != len(codes):
        raise ctx.error(f"states_count is {data['states_count']} but {len(codes)} states are "
                        "feasible", ["states_count"])
    index = {int(v): k for k, v in enumerate(ids.tolist())}
    explicit = None if data.get("moves") is None else explicit_moves_of(data["moves"], names, index, ctx)
    statements, status_quo, evidence = statements_and_status_quo(data, ctx)
    preferences = data.get("preferences") or {}
    ranks = ranks_of(preferences, statements, names, option_names, owners, codes, index, ctx)
    if status_quo is not None and (not is_state_id(status_quo) or status_quo not in index):
        raise ctx.error(f"status quo {status_quo!r} is not a listed state", ["status_quo"])
    default_name = ctx.file.stem if ctx.file is not None else "conflict"
    try:
        model = GraphModel(
            name=str(data.get("name") or default_name), decision_makers=dms, codes=codes,
            state_ids=ids, ranks=ranks, wildcards=wilds, explicit_moves=explicit,
            status_quo=None if status_quo is None else index[status_quo], labels=labels,
            metadata=_metadata(data, dms, statements, evidence),
        )
        model.lookup  # noqa: B018  (checks that no two states share a pattern)
    except ConflictModelError as exc:
        raise ctx.error(exc.message, [exc.field] if exc.field else [], exc.hint) from None
    return model


def load_gmcr(path: str | Path) -> GraphModel:
    """Load a graph-model case file; its keys are checked against :class:`ConflictCase` first."""
    file = Path(path)
    data, tree = read_yaml(file, ConflictModelError)
    if isinstance(data, Mapping):
        try:
            ConflictCase.model_validate(data)
        except ValidationError as exc:
            raise validation_error(exc, ConflictCase, ConflictModelError, file, tree) from None
    return parse_gmcr(data, file=file, tree=tree)


def load_conflict(source: str | Path) -> GraphModel:
    """Load a conflict from a case file, a scenario file, or a bundled scenario name.

    A scenario's ``conflict`` section is either an inline case or a file name
    relative to the scenario file.
    """
    path = Path(source)
    if not path.is_file():
        from truce.io.scenario_file import resolve_scenario_path

        try:
            path = resolve_scenario_path(source)
        except TruceError:
            raise ConflictModelError(
                f"no graph-model case, scenario file or bundled scenario named {str(source)!r}",
                hint="give a path to a case YAML file or a scenario name",
            ) from None
    data, tree = read_yaml(path, ConflictModelError)
    if isinstance(data, Mapping) and "decision_makers" in data:
        try:
            return load_gmcr(path)
        except ConflictModelError as exc:
            raise exc.located(file=path) from None
    if isinstance(data, Mapping) and "conflict" in data:
        from truce.io.scenario_file import load_scenario

        scenario = load_scenario(path)
        if isinstance(scenario.conflict, str):
            return load_gmcr(path.parent / scenario.conflict)
        if scenario.conflict is not None:
            return parse_gmcr(data["conflict"], file=path, tree=tree, prefix=["conflict"])
    raise ConflictModelError(
        "neither a graph-model case (no 'decision_makers') nor a scenario with a 'conflict' "
        "section", file=path,
        hint="see docs/conflict.md for the case format",
    )
