"""The syntax of the red-line language: tokens, the expression tree and its parser.

Grammar (``not`` binds tighter than ``and``, which binds tighter than ``or``)::

    expr       := conj ("or" conj)*
    conj       := neg ("and" neg)*
    neg        := "not" neg | "(" expr ")" | comparison
    comparison := ISSUE OP value | ISSUE ["not"] "in" "[" value ("," value)* "]"
    OP         := "==" | "!=" | "<" | "<=" | ">" | ">="
    value      := "quoted option id" | bare_option_id | number

Parsing checks the syntax only; :mod:`truce.model.redlines` checks an
expression against the scenario's issues and compiles it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from truce.errors import RedLineError

__all__ = ["And", "Comparison", "Membership", "Node", "Not", "Or", "Value", "parse_red_line"]

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<string>"[^"]*"|'[^']*')
      | (?P<number>-?\d+(?:\.\d+)?(?![\w.]))
      | (?P<op>==|!=|<=|>=|<|>)
      | (?P<punct>[()\[\],])
      | (?P<word>[A-Za-z0-9_][\w.\-+%]*)
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "in"}


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    column: int  # 1-based


@dataclass(frozen=True)
class Value:
    """A literal on the right of a comparison: an option id or a number."""

    text: str
    is_number: bool
    column: int


@dataclass(frozen=True)
class Comparison:
    """``issue OP value``."""

    issue: str
    op: str
    value: Value
    column: int


@dataclass(frozen=True)
class Membership:
    """``issue in [values]`` or ``issue not in [values]``."""

    issue: str
    values: tuple[Value, ...]
    negated: bool
    column: int


@dataclass(frozen=True)
class Not:
    """``not operand``: holds when the operand does not."""

    operand: Node


@dataclass(frozen=True)
class And:
    """``a and b and ...``: holds when every operand holds."""

    operands: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """``a or b or ...``: holds when at least one operand holds."""

    operands: tuple[Node, ...]


Node = Comparison | Membership | Not | And | Or


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            column = position + len(text[position:]) - len(text[position:].lstrip()) + 1
            raise RedLineError(
                f"red line {text!r}, column {column}: unexpected character {text[column - 1]!r}",
                hint='write comparisons like issue == "option", joined by and / or / not',
            )
        kind = match.lastgroup or ""
        raw = match.group(kind)
        column = match.start(kind) + 1
        if kind == "word" and raw in _KEYWORDS:
            kind = raw
        tokens.append(_Token(kind, raw, column))
        position = match.end()
    tokens.append(_Token("end", "", len(text) + 1))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.index = 0

    @property
    def current(self) -> _Token:
        return self.tokens[self.index]

    def error(self, expected: str, token: _Token | None = None) -> RedLineError:
        token = token or self.current
        found = "end of expression" if token.kind == "end" else repr(token.text)
        return RedLineError(
            f"red line {self.text!r}, column {token.column}: expected {expected}, found {found}",
            hint='write comparisons like issue == "option", joined by and / or / not',
        )

    def take(self, kind: str, expected: str) -> _Token:
        token = self.current
        if token.kind != kind:
            raise self.error(expected)
        self.index += 1
        return token

    def parse(self) -> Node:
        if self.current.kind == "end":
            raise self.error("a comparison")
        node = self.disjunction()
        if self.current.kind != "end":
            raise self.error("'and', 'or' or the end of the expression")
        return node

    def disjunction(self) -> Node:
        operands = [self.conjunction()]
        while self.current.kind == "or":
            self.index += 1
            operands.append(self.conjunction())
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def conjunction(self) -> Node:
        operands = [self.negation()]
        while self.current.kind == "and":
            self.index += 1
            operands.append(self.negation())
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def negation(self) -> Node:
        token = self.current
        if token.kind == "not":
            self.index += 1
            return Not(self.negation())
        if token.kind == "punct" and token.text == "(":
            self.index += 1
            node = self.disjunction()
            if not (self.current.kind == "punct" and self.current.text == ")"):
                raise self.error("')'")
            self.index += 1
            return node
        return self.comparison()

    def value(self) -> Value:
        token = self.current
        if token.kind == "string":
            self.index += 1
            return Value(token.text[1:-1], False, token.column)
        if token.kind == "number":
            self.index += 1
            return Value(token.text, True, token.column)
        if token.kind == "word":
            self.index += 1
            return Value(token.text, False, token.column)
        raise self.error("an option id or a number")

    def comparison(self) -> Node:
        issue = self.take("word", "an issue id")
        token = self.current
        if token.kind == "op":
            self.index += 1
            return Comparison(issue.text, token.text, self.value(), issue.column)
        negated = False
        if token.kind == "not":
            self.index += 1
            negated = True
        if self.current.kind != "in":
            raise self.error("a comparison operator (==, !=, <, <=, >, >=) or 'in'")
        self.index += 1
        opener = self.current
        if not (opener.kind == "punct" and opener.text in "(["):
            raise self.error("'[' to start a list of options")
        closer = "]" if opener.text == "[" else ")"
        self.index += 1
        values = [self.value()]
        while self.current.kind == "punct" and self.current.text == ",":
            self.index += 1
            values.append(self.value())
        if not (self.current.kind == "punct" and self.current.text == closer):
            raise self.error(f"',' or '{closer}'")
        self.index += 1
        return Membership(issue.text, tuple(values), negated, issue.column)


def parse_red_line(text: str) -> Node:
    """Parse a red-line expression to its AST (no type check)."""
    return _Parser(text).parse()
