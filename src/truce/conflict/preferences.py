"""Preferences by option prioritisation.

A decision maker's preference is given as logical statements over options,
most important first (``"Escalate"``, ``"-Attack"``,
``"Release Water & -Escalate | Attack"``, ``"Attack IF Escalate"``).  A state
is preferred to another when, at the first statement where they differ, it
makes the statement true; states that agree on every statement tie.  This is
the option-prioritisation (preference-tree) method of Fang, Hipel, Kilgour &
Peng (2003), "A decision support system for interactive decision making,
Part I", IEEE Trans. SMC-C 33(1):42-55, following Fang, Hipel & Kilgour (1993).

Syntax: option names (or 1-based option numbers), ``-`` / ``~`` / ``not``
for negation, ``&`` (and), ``|`` (or), parentheses, and the conditionals
``A IF B`` (B implies A) and ``A IFF B``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from truce.conflict.model import IntArray
from truce.errors import ConflictModelError

__all__ = ["OptionStatement", "parse_statement", "ranks_from_statements"]

BoolArray = npt.NDArray[np.bool_]
_SPLIT = re.compile(r"(\(|\)|&|\||\bIFF\b|\bIF\b)")


@dataclass(frozen=True)
class OptionStatement:
    """A parsed statement: its text and a vectorised evaluator over option codes."""

    text: str
    evaluate: Callable[[IntArray], BoolArray]


def _tokens(text: str) -> list[str]:
    return [part.strip() for part in _SPLIT.split(text) if part.strip()]


def parse_statement(
    text: str, option_names: Sequence[str], owners: Sequence[str] | None = None
) -> OptionStatement:
    """Parse an option-prioritisation statement over ``option_names``.

    ``owners`` names the decision maker of each option; a name that several
    decision makers' options share must then be written as its number.

    Raises
    ------
    ConflictModelError
        For an unknown or ambiguous option or a statement that does not parse.
    """
    tokens = _tokens(str(text))
    position = 0
    names = {name: j for j, name in enumerate(option_names)}
    lowered = {name.lower(): j for j, name in enumerate(option_names)}
    shared: dict[str, list[int]] = {}
    for j, name in enumerate(option_names):
        shared.setdefault(name.lower(), []).append(j)

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> str:
        nonlocal position
        token = peek()
        if token is None:
            raise ConflictModelError(f"statement {text!r} ends too early",
                                     hint="check for a dangling '&', '|' or '('")
        position += 1
        return token

    def option(word: str) -> Callable[[IntArray], BoolArray]:
        negate = False
        word = word.strip()
        while word[:1] in "-~" or word.lower().startswith("not "):
            negate = not negate
            word = word[1:].strip() if word[:1] in "-~" else word[4:].strip()
        if len(shared.get(word.lower(), ())) > 1:
            holders = shared[word.lower()]
            who = " and ".join(
                f"{owners[h]!r} (option {h + 1})" if owners else f"option {h + 1}" for h in holders
            )
            raise ConflictModelError(
                f"option {word!r} in statement {text!r} is ambiguous: {who} have an option of that name",
                hint="write the option's number instead of its name, or rename one of them",
            )
        if word in names:
            j = names[word]
        elif word.lower() in lowered:
            j = lowered[word.lower()]
        elif word.isdigit() and 1 <= int(word) <= len(option_names):
            j = int(word) - 1
        else:
            raise ConflictModelError(
                f"unknown option {word!r} in statement {text!r}",
                hint="use one of: " + ", ".join(option_names),
            )
        if negate:
            return lambda codes: (codes >> j) & 1 == 0
        return lambda codes: (codes >> j) & 1 == 1

    def unary() -> Callable[[IntArray], BoolArray]:
        token = take()
        stripped = token.rstrip()
        if stripped in ("-", "~", "not") or stripped.lower() == "not":
            if peek() != "(":
                raise ConflictModelError(f"negation without an operand in {text!r}")
            inner = unary()
            return lambda codes: ~inner(codes)
        if token == "(":
            inner = implication()
            if take() != ")":
                raise ConflictModelError(f"missing ')' in statement {text!r}")
            return inner
        if token in (")", "&", "|", "IF", "IFF"):
            raise ConflictModelError(f"unexpected {token!r} in statement {text!r}")
        return option(token)

    def conjunction() -> Callable[[IntArray], BoolArray]:
        parts = [unary()]
        while peek() == "&":
            take()
            parts.append(unary())
        if len(parts) == 1:
            return parts[0]
        return lambda codes: np.logical_and.reduce([p(codes) for p in parts])

    def disjunction() -> Callable[[IntArray], BoolArray]:
        parts = [conjunction()]
        while peek() == "|":
            take()
            parts.append(conjunction())
        if len(parts) == 1:
            return parts[0]
        return lambda codes: np.logical_or.reduce([p(codes) for p in parts])

    def implication() -> Callable[[IntArray], BoolArray]:
        left = disjunction()
        if peek() == "IF":
            take()
            condition = disjunction()
            return lambda codes: left(codes) | ~condition(codes)
        if peek() == "IFF":
            take()
            other = disjunction()
            return lambda codes: left(codes) == other(codes)
        return left

    if not tokens:
        raise ConflictModelError("empty preference statement")
    evaluate = implication()
    if position != len(tokens):
        raise ConflictModelError(f"unexpected {tokens[position]!r} in statement {text!r}")
    return OptionStatement(text=str(text), evaluate=evaluate)


def ranks_from_statements(statements: Sequence[OptionStatement], codes: IntArray) -> IntArray:
    """Payoff ranks of states from prioritised statements (most important first).

    Raises
    ------
    ConflictModelError
        When a statement is false in every feasible state, or is the exact
        negation of a more important statement (contradictory statements).
    """
    if not statements:
        return np.zeros(len(codes), dtype=np.int64)
    truth = np.stack([np.asarray(s.evaluate(codes), dtype=bool) for s in statements], axis=1)
    for k, statement in enumerate(statements):
        if not truth[:, k].any():
            raise ConflictModelError(
                f"statement {k + 1} {statement.text!r} is false in every feasible state",
                hint="it contradicts itself or the infeasibility conditions; rewrite or drop it",
            )
        for j in range(k):
            if np.array_equal(truth[:, k], ~truth[:, j]):
                raise ConflictModelError(
                    f"statement {k + 1} {statement.text!r} contradicts statement {j + 1} "
                    f"{statements[j].text!r} (it holds exactly where that one fails)",
                    hint="keep the one the decision maker really prioritises",
                )
    # lexicographic order of truth rows, first statement most significant
    order = np.lexsort([truth[:, k] for k in reversed(range(truth.shape[1]))])
    sorted_rows = truth[order]
    step = np.any(sorted_rows[1:] != sorted_rows[:-1], axis=1)
    dense = np.concatenate([[0], np.cumsum(step)])
    ranks = np.empty(len(codes), dtype=np.int64)
    ranks[order] = dense
    return ranks
