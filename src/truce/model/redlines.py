"""The red-line expression language.

A red line is a hard constraint a party states over the options of a deal, for
example::

    philadelphi_corridor != "full_idf_withdrawal"
    phase1_hostages >= "33_living_or_dead_humanitarian" or war_end_terms == "permanent"
    rafah_crossing not in ["idf_control", "non_palestinian_operation"]

Expressions are parsed to an AST (never ``eval``-ed; the grammar and the
parser are in :mod:`truce.model.redline_syntax`), type-checked against the
scenario's issues, and compiled so that every comparison becomes a boolean
mask over one issue's options.  Evaluating a red line over an array of
outcomes is then one table lookup per comparison.  Comparisons ``<``, ``<=``,
``>``, ``>=`` are allowed on ordinal issues (options ordered as listed, first
lowest) and numeric issues (options compared by ``level``).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from truce.errors import RedLineError
from truce.model.redline_syntax import And, Comparison, Membership, Node, Not, Or, Value, parse_red_line

if TYPE_CHECKING:  # numpy loads when an expression is compiled: reading files needs none
    import numpy as np
    import numpy.typing as npt

    from truce.arrays import BoolArray
    from truce.model.elements import Issue, RedLine

__all__ = [
    "And",
    "Comparison",
    "Membership",
    "Not",
    "Or",
    "RedLineExpression",
    "compile_red_line",
    "parse_red_line",
    "red_line_from_text",
]

def red_line_from_text(text: str, red_line_id: str, *, what: str = "red line") -> RedLine:
    """A party's red line written ``party: expression`` (as ``truce diff --red-line`` takes it).

    The expression is only split off here; it is parsed and checked against the
    issues when the red line joins a scenario.  ``what`` names the input in
    the error message (``--red-line`` on the command line).
    """
    from truce.model.elements import RedLine

    party, sep, expression = text.partition(":")
    if not sep or not party.strip() or not expression.strip():
        raise RedLineError(
            f"{what} {text!r} names no party", hint=f"write {what} 'party: issue == \"option\"'"
        )
    return RedLine(id=red_line_id, party=party.strip(), expression=expression.strip())


_ORDER: dict[str, Callable[[float, float], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}

@dataclass(frozen=True)
class RedLineExpression:
    """A type-checked red line, compiled to option masks.

    ``issues`` lists the issue ids the expression mentions; evaluation needs
    only those columns of an outcome array.
    """

    text: str
    ast: Node
    masks: Mapping[int, BoolArray]  # id(atom) -> allowed options of its issue
    issues: tuple[str, ...]

    def __reduce__(self) -> tuple[object, ...]:
        # masks are keyed by the atoms' ids, which a copy in another process does not keep
        masks = tuple(self.masks[id(atom)] for atom in _atoms(self.ast))
        return (_rebuilt, (self.text, self.ast, masks, self.issues))

    def evaluate(self, columns: Mapping[str, npt.NDArray[np.integer]]) -> BoolArray:
        """Evaluate over outcomes given as option-index arrays per issue."""
        return self._eval(self.ast, columns)

    def _eval(self, node: Node, columns: Mapping[str, npt.NDArray[np.integer]]) -> BoolArray:
        import numpy as np

        if isinstance(node, Comparison | Membership):
            return np.asarray(self.masks[id(node)][columns[node.issue]], dtype=bool)
        if isinstance(node, Not):
            return ~self._eval(node.operand, columns)
        parts = [self._eval(child, columns) for child in node.operands]
        combine = np.logical_and if isinstance(node, And) else np.logical_or
        result = parts[0]
        for part in parts[1:]:
            result = combine(result, part)
        return result


def _rebuilt(
    text: str, ast: Node, masks: tuple[BoolArray, ...], issues: tuple[str, ...]
) -> RedLineExpression:
    return RedLineExpression(text, ast, {id(a): m for a, m in zip(_atoms(ast), masks, strict=True)}, issues)


def _atoms(node: Node) -> list[Comparison | Membership]:
    if isinstance(node, Comparison | Membership):
        return [node]
    if isinstance(node, Not):
        return _atoms(node.operand)
    return [atom for child in node.operands for atom in _atoms(child)]


def _option_keys(issue: Issue, value: Value, text: str, ordered: bool) -> list[float]:
    """The key(s) of a literal, in the issue's comparison order."""
    ids = [option.id for option in issue.options]
    if value.is_number and issue.kind == "numeric":
        return [float(value.text)]
    if value.text in ids:
        index = ids.index(value.text)
        if ordered and issue.kind == "numeric":
            level = issue.options[index].level
            return [float(level if level is not None else index)]
        return [float(index)]
    raise RedLineError(
        f"red line {text!r}, column {value.column}: {value.text!r} is not an option of issue {issue.id!r}",
        hint=f"use one of {', '.join(ids)}",
    )


def compile_red_line(text: str, issues: Sequence[Issue]) -> RedLineExpression:
    """Parse and type-check ``text`` against ``issues``.

    Raises
    ------
    RedLineError
        With the expression, the column and what was expected.
    """
    import numpy as np

    ast = parse_red_line(text)
    by_id = {issue.id: issue for issue in issues}
    masks: dict[int, BoolArray] = {}
    mentioned: list[str] = []
    for atom in _atoms(ast):
        issue = by_id.get(atom.issue)
        if issue is None:
            raise RedLineError(
                f"red line {text!r}, column {atom.column}: unknown issue {atom.issue!r}",
                hint=f"use one of {', '.join(by_id)}",
            )
        if atom.issue not in mentioned:
            mentioned.append(atom.issue)
        if isinstance(atom, Membership):
            allowed = {_option_keys(issue, v, text, ordered=False)[0] for v in atom.values}
            mask = np.array([float(i) in allowed for i in range(len(issue.options))])
            masks[id(atom)] = ~mask if atom.negated else mask
            continue
        ordered = atom.op not in ("==", "!=")
        if ordered and issue.kind == "categorical":
            raise RedLineError(
                f"red line {text!r}, column {atom.column}: issue {issue.id!r} is categorical, "
                f"so {atom.op!r} has no meaning",
                hint="use == or 'in [...]', or declare the issue ordinal",
            )
        if atom.value.is_number and issue.kind != "numeric" and atom.value.text not in issue.option_ids:
            raise RedLineError(
                f"red line {text!r}, column {atom.value.column}: issue {issue.id!r} is "
                f"{issue.kind}, so it cannot be compared with the number {atom.value.text}",
                hint="compare with an option id instead",
            )
        (key,) = _option_keys(issue, atom.value, text, ordered)
        if issue.kind == "numeric" and (ordered or atom.value.is_number):
            keys = [float(o.level if o.level is not None else i) for i, o in enumerate(issue.options)]
        else:
            keys = [float(i) for i in range(len(issue.options))]
        compare = _ORDER[atom.op]
        masks[id(atom)] = np.array([compare(k, key) for k in keys], dtype=bool)
    return RedLineExpression(text, ast, masks, tuple(mentioned))
