"""Red lines read aloud: the parsed expression written as a sentence over option labels.

Each comparison is turned into the options it allows (the compiled masks), so
``philadelphi_corridor != "full_idf_presence"`` reads "Philadelphi corridor is
not Full IDF presence" and an ordinal ``>=`` lists the options it admits; no
pattern is written for any particular red line.
"""

from __future__ import annotations

from truce.model.elements import Issue
from truce.model.redlines import And, Comparison, Membership, Node, Not, RedLineExpression
from truce.model.scenario import Scenario

__all__ = ["red_line_sentence"]


def _label(issue: Issue, k: int) -> str:
    option = issue.options[k]
    return option.label or option.id


def _atom(expression: RedLineExpression, atom: Comparison | Membership, issue: Issue) -> str:
    allowed = [k for k, ok in enumerate(expression.masks[id(atom)]) if ok]
    refused = [k for k in range(len(issue.options)) if k not in allowed]
    name = issue.name or issue.id
    if not allowed:
        return f"{name} takes no listed option"
    if not refused:
        return f"{name} takes any option"
    if len(allowed) == 1:
        return f"{name} is “{_label(issue, allowed[0])}”"
    if len(refused) == 1:
        return f"{name} is not “{_label(issue, refused[0])}”"
    if len(refused) < len(allowed):
        return f"{name} is none of " + ", ".join(f"“{_label(issue, k)}”" for k in refused)
    return f"{name} is one of " + ", ".join(f"“{_label(issue, k)}”" for k in allowed)


def _clause(expression: RedLineExpression, node: Node, scenario: Scenario, nested: bool) -> str:
    if isinstance(node, Comparison | Membership):
        issue = scenario.issue(node.issue)
        assert issue is not None  # compiled red lines name known issues
        return _atom(expression, node, issue)
    if isinstance(node, Not):
        return "not (" + _clause(expression, node.operand, scenario, False) + ")"
    joiner = " and " if isinstance(node, And) else " or "
    text = joiner.join(_clause(expression, child, scenario, True) for child in node.operands)
    return f"({text})" if nested else text


def red_line_sentence(scenario: Scenario, red_line_id: str) -> str:
    """One sentence: which outcomes the party accepts under red line ``red_line_id``."""
    for red_line, expression in scenario.compiled_red_lines:
        if red_line.id == red_line_id:
            party = scenario.party(red_line.party)
            who = red_line.party if party is None else party.label
            return f"{who} accepts only outcomes where {_clause(expression, expression.ast, scenario, False)}."
    raise KeyError(red_line_id)
