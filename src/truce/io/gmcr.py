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

import numpy as np
import yaml
from pydantic import ValidationError

from truce.conflict.model import DecisionMaker, GraphModel, IntArray, Option, ranks_from_ranking
from truce.conflict.preferences import parse_statement, ranks_from_statements
from truce.errors import ConflictModelError, TruceError
from truce.io.validation import validation_error
from truce.io.yaml_source import line_of, read_yaml
from truce.model.conflict_case import ConflictCase

__all__ = ["claims_of", "load_conflict", "load_gmcr", "parse_gmcr"]

#: Largest number of options whose combinations are enumerated.
MAX_GENERATED_OPTIONS = 24
_REVERSIBILITY = ("both", "forward", "backward")




class _Context:
    """Where the case comes from, to locate errors."""

    def __init__(self, file: Path | None, tree: yaml.Node | None, prefix: Sequence[Any]) -> None:
        self.file, self.tree, self.prefix = file, tree, list(prefix)

    def error(self, message: str, path: Sequence[Any], hint: str | None = None) -> ConflictModelError:
        full = [*self.prefix, *path]
        return ConflictModelError(
            message, file=self.file, line=line_of(self.tree, full),
            field=".".join(str(p) for p in full) or None, hint=hint,
        )




def _claim(entry: Mapping[str, Any], key: str, ctx: _Context, path: list[Any]) -> tuple[Any, dict[str, Any]]:
    """Split ``{key: value, confidence, sources, note}`` into the value and its evidence."""
    from truce.model.elements import UNSETTLED

    allowed = {key, "confidence", "sources", "note"}
    if key not in entry or set(entry) - allowed:
        raise ctx.error(f"expected a mapping with {key!r} and optionally confidence, sources, note", path)
    confidence = entry.get("confidence", "firm")
    if confidence not in ("firm", *UNSETTLED):
        raise ctx.error(f"unknown confidence {confidence!r}", [*path, "confidence"],
                        hint="use firm, reported, disputed or unverified")
    sources = list(entry.get("sources") or [])
    return entry[key], {"confidence": confidence, "sources": sources, "note": entry.get("note")}


def _statements_and_status_quo(data: Mapping[str, Any], ctx: _Context) -> tuple[Any, Any, dict[str, Any]]:
    """Preference statements as text and the status quo as a number, with the evidence split off."""
    raw = data.get("preference_statements") or {}
    evidence: dict[str, Any] = {}
    statements: Any = raw
    if isinstance(raw, Mapping):
        statements = {}
        for name, entries in raw.items():
            texts = []
            for k, entry in enumerate(entries if isinstance(entries, list) else []):
                if isinstance(entry, Mapping):
                    text, claim = _claim(entry, "statement", ctx, ["preference_statements", name, k])
                    evidence.setdefault("preference_statements", {}).setdefault(name, []).append(
                        {"statement": text, **claim})
                    entry = text
                texts.append(entry)
            statements[name] = texts if isinstance(entries, list) else entries
    status_quo = data.get("status_quo")
    if isinstance(status_quo, Mapping):
        status_quo, claim = _claim(status_quo, "state", ctx, ["status_quo"])
        evidence["status_quo"] = {"state": status_quo, **claim}
    return statements, status_quo, evidence


def claims_of(model: GraphModel) -> list[dict[str, Any]]:
    """The case's preference statements and status quo with their confidence and sources.

    One entry per claim that carries evidence: ``{"kind", "decision_maker",
    "claim", "confidence", "sources", "note"}`` (``decision_maker`` is None for
    the status quo).
    """
    evidence = model.metadata.get("evidence") or {}
    out = [
        {"kind": "preference", "decision_maker": name, "claim": entry["statement"],
         **{k: entry[k] for k in ("confidence", "sources", "note")}}
        for name, entries in (evidence.get("preference_statements") or {}).items()
        for entry in entries
    ]
    if "status_quo" in evidence:
        entry = evidence["status_quo"]
        out.append({"kind": "status quo", "decision_maker": None, "claim": entry["state"],
                    **{k: entry[k] for k in ("confidence", "sources", "note")}})
    return out


def _is_state_id(value: Any) -> bool:
    """A state number: an integer, not a boolean (YAML ``yes`` is not state 1)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _options(raw: Any, ctx: _Context, path: list[Any]) -> tuple[Option, ...]:
    if not isinstance(raw, list) or not raw:
        raise ctx.error("a decision maker needs a non-empty list of options", path,
                        hint="options: [Option A, Option B]")
    options: list[Option] = []
    for k, entry in enumerate(raw):
        if isinstance(entry, str):
            options.append(Option(entry))
            continue
        if not isinstance(entry, Mapping) or "name" not in entry:
            raise ctx.error("an option is a name or a mapping with 'name'", [*path, k])
        reversibility = entry.get("reversibility", "both")
        if reversibility not in _REVERSIBILITY:
            raise ctx.error(f"unknown reversibility {reversibility!r}", [*path, k, "reversibility"],
                            hint="use both, forward (N to Y only) or backward (Y to N only)")
        sources = entry.get("sources") or []
        options.append(Option(
            name=str(entry["name"]), reversibility=reversibility, label=entry.get("label"),
            sources=tuple(s if isinstance(s, Mapping) else {"ref": s} for s in sources),
        ))
    return tuple(options)


def _pattern_code(pattern: Any, n_options: int, ctx: _Context, path: list[Any]) -> tuple[int, int]:
    text = str(pattern).strip()
    if len(text) != n_options or set(text) - set("YN-"):
        raise ctx.error(
            f"pattern {text!r} must have one Y, N or - per option ({n_options} in all)", path)
    code = sum(1 << j for j, c in enumerate(text) if c == "Y")
    wild = sum(1 << j for j, c in enumerate(text) if c == "-")
    return code, wild


def _matches(codes: IntArray, code: int, wild: int, n_options: int) -> Any:
    fixed = ((1 << n_options) - 1) & ~wild
    return (codes & fixed) == code


def _states(data: Mapping[str, Any], option_names: list[str], owners: list[str], ctx: _Context
            ) -> tuple[IntArray, IntArray, IntArray | None, dict[int, str]]:
    n_options = len(option_names)
    labels: dict[int, str] = {}
    if data.get("states") is None:
        if n_options > MAX_GENERATED_OPTIONS:
            raise ctx.error(f"{n_options} options are too many to enumerate all combinations",
                            ["decision_makers"], hint="list the feasible states explicitly")
        codes = np.arange(1 << n_options, dtype=np.int64)
        feasible = np.ones(len(codes), dtype=bool)
        for k, entry in enumerate(data.get("infeasible") or []):
            text = str(entry).strip()
            if len(text) == n_options and not set(text) - set("YN-"):
                code, wild = _pattern_code(text, n_options, ctx, ["infeasible", k])
                feasible &= ~_matches(codes, code, wild, n_options)
            else:
                try:
                    statement = parse_statement(text, option_names, owners)
                except ConflictModelError as exc:
                    raise ctx.error(exc.message, ["infeasible", k], exc.hint) from None
                feasible &= ~statement.evaluate(codes)
        codes = codes[feasible]
        if len(codes) == 0:
            raise ctx.error("every option combination is infeasible", ["infeasible"])
        return codes, np.arange(1, len(codes) + 1, dtype=np.int64), None, labels
    raw = data["states"]
    if not isinstance(raw, list) or not raw:
        raise ctx.error("states must be a non-empty list of {id, pattern, label}", ["states"])
    code_list: list[int] = []
    wild_list: list[int] = []
    ids: list[int] = []
    seen: dict[int, int] = {}
    patterns: dict[tuple[int, int], int] = {}
    for k, entry in enumerate(raw):
        if not isinstance(entry, Mapping) or "pattern" not in entry:
            raise ctx.error("a state needs a pattern", ["states", k], hint="{id: 1, pattern: NYN}")
        state_id = entry.get("id", k + 1)
        if not _is_state_id(state_id):
            raise ctx.error(f"state id {state_id!r} is not an integer", ["states", k, "id"])
        if state_id in seen:
            raise ctx.error(f"state {state_id} is listed twice", ["states", k, "id"],
                            hint="give every state its own id")
        seen[state_id] = k
        code, wild = _pattern_code(entry["pattern"], n_options, ctx, ["states", k, "pattern"])
        if (code, wild) in patterns:
            raise ctx.error(f"states {patterns[code, wild]} and {state_id} have the same option "
                            "pattern (a state listed twice)", ["states", k, "pattern"],
                            hint="remove one of them or fix its pattern")
        patterns[code, wild] = state_id
        code_list.append(code)
        wild_list.append(wild)
        ids.append(state_id)
        if entry.get("label"):
            labels[k] = str(entry["label"])
    wilds = np.asarray(wild_list, dtype=np.int64)
    return (np.asarray(code_list, dtype=np.int64), np.asarray(ids, dtype=np.int64),
            wilds if wilds.any() else None, labels)


def _ranking(raw: Any, index: Mapping[int, int], ctx: _Context, path: list[Any]) -> list[list[int]]:
    if not isinstance(raw, list):
        raise ctx.error("a ranking is a list of states, most preferred first", path,
                        hint="[3, [1, 2], 4] means 3 > 1 ~ 2 > 4")
    tiers: list[list[int]] = []
    placed: set[int] = set()
    for k, tier in enumerate(raw):
        members = tier if isinstance(tier, list) else [tier]
        indices: list[int] = []
        for state_id in members:
            if not _is_state_id(state_id) or state_id not in index:
                raise ctx.error(f"unknown state {state_id!r} in ranking", [*path, k],
                                hint="rank the state numbers the case lists")
            if state_id in placed:
                raise ctx.error(f"state {state_id} appears twice in the ranking", [*path, k])
            placed.add(state_id)
            indices.append(index[state_id])
        if indices:
            tiers.append(indices)
    missing = sorted(set(index) - placed)
    if missing:
        shown = ", ".join(str(m) for m in missing[:10]) + (" ..." if len(missing) > 10 else "")
        raise ctx.error(f"the ranking misses {len(missing)} state(s): {shown}", path,
                        hint="every state must appear exactly once; use a nested list for ties")
    return tiers


def _decision_makers(data: Mapping[str, Any], ctx: _Context) -> tuple[DecisionMaker, ...]:
    raw_dms = data.get("decision_makers")
    if not isinstance(raw_dms, list) or len(raw_dms) < 2:
        raise ctx.error("decision_makers must list at least two decision makers",
                        ["decision_makers"], hint="- {name: A, options: [...]}")
    dms: list[DecisionMaker] = []
    for k, entry in enumerate(raw_dms):
        if not isinstance(entry, Mapping) or "name" not in entry:
            raise ctx.error("a decision maker needs a name and options", ["decision_makers", k])
        dms.append(DecisionMaker(str(entry["name"]),
                                 _options(entry.get("options"), ctx, ["decision_makers", k, "options"])))
    names = [dm.name for dm in dms]
    if len(set(names)) != len(names):
        raise ctx.error("a decision maker is listed twice", ["decision_makers"])
    return tuple(dms)


def _known_names(section: Any, key: str, names: list[str], ctx: _Context) -> None:
    """A section keyed by decision-maker name names only known decision makers."""
    if not isinstance(section, Mapping):
        raise ctx.error(f"{key} must map decision-maker names to lists", [key])
    for name in section:
        if name not in names:
            raise ctx.error(f"unknown decision maker {name!r}", [key, name],
                            hint="use one of: " + ", ".join(names))


def _explicit_moves(
    raw_moves: Any, names: list[str], index: Mapping[int, int], ctx: _Context
) -> tuple[tuple[IntArray, IntArray], ...]:
    """The ``moves`` section: per decision maker, arrays of from and to state indices."""
    if not isinstance(raw_moves, Mapping):
        raise ctx.error("moves must map decision-maker names to [from, to] pairs", ["moves"])
    _known_names(raw_moves, "moves", names, ctx)
    pairs: list[tuple[IntArray, IntArray]] = []
    for name in names:
        src: list[int] = []
        dst: list[int] = []
        for k, pair in enumerate(raw_moves.get(name) or []):
            if (not isinstance(pair, list) or len(pair) != 2
                    or any(not _is_state_id(p) or p not in index for p in pair)):
                raise ctx.error(f"move {pair!r} must be [from, to] with known states",
                                ["moves", name, k])
            src.append(index[pair[0]])
            dst.append(index[pair[1]])
        pairs.append((np.asarray(src, dtype=np.int64), np.asarray(dst, dtype=np.int64)))
    return tuple(pairs)


def _statement_ranks(raw_list: Any, name: str, option_names: list[str], owners: list[str],
                     codes: IntArray, ctx: _Context) -> IntArray:
    """Ranks of the states from one decision maker's preference statements (option prioritisation)."""
    if not isinstance(raw_list, list) or not raw_list:
        raise ctx.error("statements are a list, most important first", ["preference_statements", name])
    parsed = []
    for k, text in enumerate(raw_list):
        try:
            parsed.append(parse_statement(str(text), option_names, owners))
        except ConflictModelError as exc:
            raise ctx.error(exc.message, ["preference_statements", name, k], exc.hint) from None
    try:
        return ranks_from_statements(parsed, codes)
    except ConflictModelError as exc:
        raise ctx.error(exc.message, ["preference_statements", name], exc.hint) from None


def _ranks(preferences: Any, statements: Any, names: list[str], option_names: list[str],
           owners: list[str], codes: IntArray, index: Mapping[int, int], ctx: _Context) -> IntArray:
    """Every decision maker's ranks of the states, from a ranking or from statements."""
    _known_names(preferences, "preferences", names, ctx)
    _known_names(statements, "preference_statements", names, ctx)
    ranks = np.zeros((len(names), len(codes)), dtype=np.int64)
    for d, name in enumerate(names):
        if name in preferences:
            ranks[d] = ranks_from_ranking(_ranking(preferences[name], index, ctx, ["preferences", name]),
                                          len(codes))
        elif name in statements:
            ranks[d] = _statement_ranks(statements[name], name, option_names, owners, codes, ctx)
        else:
            raise ctx.error(f"decision maker {name!r} has no preferences", ["preferences"],
                            hint="give a ranking under preferences or statements under "
                                 "preference_statements")
    return ranks


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
    ctx = _Context(Path(file) if file is not None else None, tree, prefix)
    if not isinstance(data, Mapping):
        raise ctx.error("a graph-model case must be a YAML mapping", [],
                        hint="start with 'name:' and 'decision_makers:'")
    dms = _decision_makers(data, ctx)
    names = [dm.name for dm in dms]
    option_names = [o.name for dm in dms for o in dm.options]
    owners = [dm.name for dm in dms for _ in dm.options]
    codes, ids, wilds, labels = _states(data, option_names, owners, ctx)
    if "states_count" in data and data["states_count"] != len(codes):
        raise ctx.error(f"states_count is {data['states_count']} but {len(codes)} states are "
                        "feasible", ["states_count"])
    index = {int(v): k for k, v in enumerate(ids.tolist())}
    explicit = None if data.get("moves") is None else _explicit_moves(data["moves"], names, index, ctx)
    statements, status_quo, evidence = _statements_and_status_quo(data, ctx)
    ranks = _ranks(data.get("preferences") or {}, statements, names, option_names, owners, codes, index, ctx)
    if status_quo is not None and (not _is_state_id(status_quo) or status_quo not in index):
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
