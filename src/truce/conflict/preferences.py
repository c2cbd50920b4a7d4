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

from truce.arrays import BoolArray, IntArray
from truce.errors import ConflictModelError

__all__ = ["OptionStatement", "parse_statement", "ranks_from_statements"]

_SPLIT = re.compile(r"(\(|\)|&|\||\bIFF\b|\bIF\b)")


@dataclass(frozen=True)
class OptionStatement:
    """A parsed statement: its text and a vectorised evaluator over option codes."""

    text: str
    evaluate: Callable[[IntArray], BoolArray]


def _tokens(text: str) -> list[str]:
    return [part.strip() for part in _SPLIT.split(text) if part.strip()]


Condition = Callable[[IntArray], BoolArray]


class _StatementParser:
    """Recursive descent over the tokens of one statement (``IF``/``IFF`` < ``|`` < ``&`` < negation)."""

    def __init__(self, text: str, option_names: Sequence[str], owners: Sequence[str] | None) -> None:
        self.text, self.option_names, self.owners = text, option_names, owners
        self.tokens = _tokens(text)
        self.position = 0
        self.names = {name: j for j, name in enumerate(option_names)}
        self.lowered = {name.lower(): j for j, name in enumerate(option_names)}
        self.shared: dict[str, list[int]] = {}
        for j, name in enumerate(option_names):
            self.shared.setdefault(name.lower(), []).append(j)

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise ConflictModelError(f"statement {self.text!r} ends too early",
                                     hint="check for a dangling '&', '|' or '('")
        self.position += 1
        return token

    def index_of(self, word: str) -> int:
        """The option a word names: by name, by name in any case, or by its number."""
        if len(self.shared.get(word.lower(), ())) > 1:
            holders = self.shared[word.lower()]
            who = " and ".join(
                f"{self.owners[h]!r} (option {h + 1})" if self.owners else f"option {h + 1}" for h in holders
            )
            raise ConflictModelError(
                f"option {word!r} in statement {self.text!r} is ambiguous: {who} have an option of that name",
                hint="write the option's number instead of its name, or rename one of them",
            )
        if word in self.names:
            return self.names[word]
        if word.lower() in self.lowered:
            return self.lowered[word.lower()]
        if word.isdigit() and 1 <= int(word) <= len(self.option_names):
            return int(word) - 1
        raise ConflictModelError(
            f"unknown option {word!r} in statement {self.text!r}",
            hint="use one of: " + ", ".join(self.option_names),
        )

    def option(self, word: str) -> Condition:
        negate = False
        word = word.strip()
        while word[:1] in "-~" or word.lower().startswith("not "):
            negate = not negate
            word = word[1:].strip() if word[:1] in "-~" else word[4:].strip()
        j = self.index_of(word)
        if negate:
            return lambda codes: (codes >> j) & 1 == 0
        return lambda codes: (codes >> j) & 1 == 1

    def unary(self) -> Condition:
        token = self.take()
        stripped = token.rstrip()
        if stripped in ("-", "~", "not") or stripped.lower() == "not":
            if self.peek() != "(":
                raise ConflictModelError(f"negation without an operand in {self.text!r}")
            inner = self.unary()
            return lambda codes: ~inner(codes)
        if token == "(":
            inner = self.implication()
            if self.take() != ")":
                raise ConflictModelError(f"missing ')' in statement {self.text!r}")
            return inner
        if token in (")", "&", "|", "IF", "IFF"):
            raise ConflictModelError(f"unexpected {token!r} in statement {self.text!r}")
        return self.option(token)

    def conjunction(self) -> Condition:
        parts = [self.unary()]
        while self.peek() == "&":
            self.take()
            parts.append(self.unary())
        if len(parts) == 1:
            return parts[0]
        return lambda codes: np.logical_and.reduce([p(codes) for p in parts])

    def disjunction(self) -> Condition:
        parts = [self.conjunction()]
        while self.peek() == "|":
            self.take()
            parts.append(self.conjunction())
        if len(parts) == 1:
            return parts[0]
        return lambda codes: np.logical_or.reduce([p(codes) for p in parts])

    def implication(self) -> Condition:
        left = self.disjunction()
        if self.peek() == "IF":
            self.take()
            condition = self.disjunction()
            return lambda codes: left(codes) | ~condition(codes)
        if self.peek() == "IFF":
            self.take()
            other = self.disjunction()
            return lambda codes: left(codes) == other(codes)
        return left

    def parse(self) -> Condition:
        if not self.tokens:
            raise ConflictModelError("empty preference statement")
        evaluate = self.implication()
        if self.position != len(self.tokens):
            raise ConflictModelError(f"unexpected {self.tokens[self.position]!r} in statement {self.text!r}")
        return evaluate


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
    return OptionStatement(text=str(text), evaluate=_StatementParser(str(text), option_names, owners).parse())


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
