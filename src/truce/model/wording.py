"""Plain-language wording of model elements: labels instead of ids, red lines as sentences.

Front ends and reports show a mediator "Israel: the Philadelphi corridor must
be full IDF presence in all phases, reduced IDF presence in phase 1 or
watchtowers only" rather than ``philadelphi_corridor in [...]``; the sentence is
built from the compiled expression, so it says exactly what the engines test.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product
from typing import TYPE_CHECKING

import numpy as np

from truce.model.elements import Issue

if TYPE_CHECKING:
    from truce.model.scenario import Scenario

__all__ = ["count_noun", "issue_label", "option_label", "or_list", "party_label", "red_line_sentence"]


def party_label(scenario: Scenario, party_id: str) -> str:
    """The party's label, or its id when the scenario has no such party."""
    party = scenario.party(party_id)
    return party_id if party is None else party.label


def issue_label(issue: Issue) -> str:
    """The issue's name, or its id when it has none."""
    return issue.name or issue.id


def option_label(issue: Issue, option_id: str) -> str:
    """The option's label, or its id when it has none."""
    option = next((o for o in issue.options if o.id == option_id), None)
    return option_id if option is None else (option.label or option.id)


def count_noun(count: int, singular: str, plural: str | None = None) -> str:
    """``1 state``, ``2 states``, ``1,024 outcomes``, ``3 parties`` (pass irregular plurals)."""
    return f"{count:,} {singular if count == 1 else plural or singular + 's'}"


def or_list(items: Sequence[str], word: str = "or") -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def red_line_sentence(expression: str, issues: Sequence[Issue], subject: str | None = None) -> str:
    """A sentence saying which options the expression allows.

    One issue: "<issue> must be A or B" (or "must not be C" when that is
    shorter).  Several issues: the combinations it rules out, "not <issue 1>:
    a together with <issue 2>: b or c".
    """
    from truce.model.redlines import compile_red_line  # only scenarios with red lines need the language

    compiled = compile_red_line(expression, issues)
    by_id = {i.id: i for i in issues}
    involved = [by_id[i] for i in compiled.issues]
    prefix = f"{subject}: " if subject else ""
    if len(involved) == 1:
        (issue,) = involved
        mask = compiled.evaluate({issue.id: np.arange(len(issue.options))})
        allowed = [option_label(issue, o.id) for o, ok in zip(issue.options, mask, strict=True) if ok]
        excluded = [option_label(issue, o.id) for o, ok in zip(issue.options, mask, strict=True) if not ok]
        if not allowed:
            return f"{prefix}{issue_label(issue)} has no acceptable option"
        if len(allowed) <= len(excluded):
            return f"{prefix}{issue_label(issue)} must be {or_list(allowed)}"
        return f"{prefix}{issue_label(issue)} must not be {or_list(excluded)}"
    first, rest = involved[0], involved[1:]
    combos = np.array(list(product(*(range(len(i.options)) for i in involved))), dtype=np.int64)
    ok = compiled.evaluate({i.id: combos[:, k] for k, i in enumerate(involved)})
    parts = []
    for o, option in enumerate(first.options):
        bad = combos[(combos[:, 0] == o) & ~ok]
        if not len(bad):
            continue
        others = []
        for k, issue in enumerate(rest, start=1):
            chosen = sorted({int(x) for x in bad[:, k]})
            if len(chosen) < len(issue.options):
                labels = [option_label(issue, issue.options[c].id) for c in chosen]
                others.append(f"{issue_label(issue)}: {or_list(labels)}")
        parts.append(
            f"{issue_label(first)}: {option_label(first, option.id)}"
            + (f" together with {' and '.join(others)}" if others else "")
        )
    return f"{prefix}not " + "; not ".join(parts) if parts else f"{prefix}no combination is ruled out"
