"""The sections of a graph-model case, each read and checked with its location in the file.

Decision makers and their options, the states (listed with ``Y``/``N``/``-``
patterns, or generated from every option combination minus the infeasible
ones), explicit moves, and each decision maker's ranks of the states (from a
ranking with ties or from preference statements).  The case format is in
:mod:`truce.io.gmcr`; every problem raises
:class:`~truce.errors.ConflictModelError` with file, line and field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from truce.arrays import IntArray
from truce.conflict.model import DecisionMaker, Option, ranks_from_ranking
from truce.conflict.preferences import parse_statement, ranks_from_statements
from truce.errors import ConflictModelError
from truce.io.yaml_source import line_of

__all__ = [
    "MAX_GENERATED_OPTIONS",
    "CaseContext",
    "decision_makers_of",
    "explicit_moves_of",
    "is_state_id",
    "ranks_of",
    "states_of",
]

#: Largest number of options whose combinations are enumerated.
MAX_GENERATED_OPTIONS = 24
_REVERSIBILITY = ("both", "forward", "backward")


class CaseContext:
    """Where the case comes from, to locate errors.

    Parameters
    ----------
    file
        The case file, if any.
    tree
        The YAML node tree of the file, for line numbers; None without one.
    prefix
        Keys and indices leading to the case inside the file (empty for a case
        file; the key of the case when it is inline in a scenario).
    """

    def __init__(self, file: Path | None, tree: yaml.Node | None, prefix: Sequence[Any]) -> None:
        self.file, self.tree, self.prefix = file, tree, list(prefix)

    def error(self, message: str, path: Sequence[Any], hint: str | None = None) -> ConflictModelError:
        """The error to raise for ``message`` at ``path`` (keys and indices below the case's prefix)."""
        full = [*self.prefix, *path]
        return ConflictModelError(
            message, file=self.file, line=line_of(self.tree, full),
            field=".".join(str(p) for p in full) or None, hint=hint,
        )


def is_state_id(value: Any) -> bool:
    """A state number: an integer, not a boolean (YAML ``yes`` is not state 1)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _options(raw: Any, ctx: CaseContext, path: list[Any]) -> tuple[Option, ...]:
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


def _pattern_code(pattern: Any, n_options: int, ctx: CaseContext, path: list[Any]) -> tuple[int, int]:
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


def states_of(data: Mapping[str, Any], option_names: list[str], owners: list[str], ctx: CaseContext
            ) -> tuple[IntArray, IntArray, IntArray | None, dict[int, str]]:
    """The states' option codes, ids, wildcard masks (None without ``-``) and labels by position."""
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
        if not is_state_id(state_id):
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


def _ranking(raw: Any, index: Mapping[int, int], ctx: CaseContext, path: list[Any]) -> list[list[int]]:
    if not isinstance(raw, list):
        raise ctx.error("a ranking is a list of states, most preferred first", path,
                        hint="[3, [1, 2], 4] means 3 > 1 ~ 2 > 4")
    tiers: list[list[int]] = []
    placed: set[int] = set()
    for k, tier in enumerate(raw):
        members = tier if isinstance(tier, list) else [tier]
        indices: list[int] = []
        for state_id in members:
            if not is_state_id(state_id) or state_id not in index:
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


def decision_makers_of(data: Mapping[str, Any], ctx: CaseContext) -> tuple[DecisionMaker, ...]:
    """The ``decision_makers`` section: at least two, each with a unique name and its options."""
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


def _known_names(section: Any, key: str, names: list[str], ctx: CaseContext) -> None:
    """A section keyed by decision-maker name names only known decision makers."""
    if not isinstance(section, Mapping):
        raise ctx.error(f"{key} must map decision-maker names to lists", [key])
    for name in section:
        if name not in names:
            raise ctx.error(f"unknown decision maker {name!r}", [key, name],
                            hint="use one of: " + ", ".join(names))


def explicit_moves_of(
    raw_moves: Any, names: list[str], index: Mapping[int, int], ctx: CaseContext
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
                    or any(not is_state_id(p) or p not in index for p in pair)):
                raise ctx.error(f"move {pair!r} must be [from, to] with known states",
                                ["moves", name, k])
            src.append(index[pair[0]])
            dst.append(index[pair[1]])
        pairs.append((np.asarray(src, dtype=np.int64), np.asarray(dst, dtype=np.int64)))
    return tuple(pairs)


def _statement_ranks(raw_list: Any, name: str, option_names: list[str], owners: list[str],
                     codes: IntArray, ctx: CaseContext) -> IntArray:
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


def ranks_of(preferences: Any, statements: Any, names: list[str], option_names: list[str],
           owners: list[str], codes: IntArray, index: Mapping[int, int], ctx: CaseContext) -> IntArray:
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
