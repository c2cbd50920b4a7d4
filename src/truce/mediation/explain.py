"""Issue-by-issue explanation of a proposal: who gives, who gains, and why.

For every issue the explanation names the option chosen and, for each
negotiating party, the weighted utility the option brings (point value and
the 5–95 % interval over the samples), the party's latest stated position and
what the option gives or gains relative to it (point utility of the chosen
option minus that of the best option the party asked for), and the red lines
that name the issue.  Each entry also reads as one plain sentence, by ids;
:func:`truce.mediation.wording.explanation_sentence` words the same entry with
the scenario's labels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from truce.arrays import IntArray
from truce.mediation.positions import PositionMap
from truce.model.outcomes import OutcomeSpace
from truce.model.uncertainty import TableSample

__all__ = ["IssueExplanation", "PositionComparison", "describe_issue", "explain_outcome"]

_QUIET = 1e-9


@dataclass(frozen=True)
class PositionComparison:
    """The chosen option against one party's latest stated position on the issue.

    ``kind``: the party had ``rejected`` the option, ``asked_for`` it, or
    ``gives`` or ``gains`` ``amount`` of point utility against the best option
    it asked for; ``date`` is the position's.
    """

    party: str
    kind: Literal["rejected", "asked_for", "gives", "gains"]
    amount: float
    date: str

    def phrase(self, party: str) -> str:
        """This comparison in words, the party called ``party``."""
        if self.kind == "rejected":
            return f"{party} had rejected this option ({self.date})"
        if self.kind == "asked_for":
            return f"{party} gets what it asked for ({self.date})"
        if self.kind == "gives":
            return f"{party} gives {self.amount:.3f} against its position of {self.date}"
        return f"{party} gains {self.amount:+.3f} over its position of {self.date}"


def describe_issue(issue: str, option: str, comparisons: Sequence[PositionComparison], red_lines: str | None,
                   party: Callable[[str], str] = str) -> str:
    """One issue of a proposal as a sentence: the option, each party's comparison, the red lines.

    ``red_lines`` is the phrase naming the red lines that shape the issue
    (None when none do); ``party`` names a party from its id.
    """
    parts = [c.phrase(party(c.party)) for c in comparisons] or ["no stated positions"]
    sentence = f"{issue}: {option}; {'; '.join(parts)}"
    return sentence + (f"; shaped by {red_lines}." if red_lines else ".")


@dataclass(frozen=True)
class IssueExplanation:
    """One issue of a proposal (see the module docstring); ``sentence`` says it in words."""

    issue: str
    option: str
    utility: dict[str, float]
    interval: dict[str, tuple[float, float]]
    position: dict[str, tuple[str, ...] | None]
    relative: dict[str, float | None]
    red_lines: tuple[str, ...]
    comparisons: tuple[PositionComparison, ...]
    sentence: str

    def to_json(self) -> dict[str, Any]:
        """An ``explanation`` entry of ``truce mediate --json`` (``relative`` as ``relative_to_position``)."""
        return {
            "issue": self.issue,
            "option": self.option,
            "utility": self.utility,
            "interval": {p: list(v) for p, v in self.interval.items()},
            "position": {p: None if v is None else list(v) for p, v in self.position.items()},
            "relative_to_position": self.relative,
            "red_lines": list(self.red_lines),
            "comparisons": [{"party": c.party, "kind": c.kind, "amount": c.amount, "date": c.date}
                            for c in self.comparisons],
            "sentence": self.sentence,
        }


def _stated_best(space: OutcomeSpace, i: int, p: int, options: tuple[str, ...], stance: str) -> float | None:
    """Point utility of the best option a party asked for on issue ``i`` (None for a rejection)."""
    if stance == "reject" or not options:
        return None
    indices = [space.options[i].index(o) for o in options]
    return float(space.float_tables[i][indices, p].max())


def _compare(party: str, option: str, asked: tuple[str, ...], date: str,
             relative: float | None) -> PositionComparison | None:
    """How ``option`` compares with a stated position (None: a rejection of other options)."""
    if relative is None:
        return PositionComparison(party, "rejected", 0.0, date) if option in asked else None
    if option in asked:
        return PositionComparison(party, "asked_for", 0.0, date)
    if relative < -_QUIET:
        return PositionComparison(party, "gives", -relative, date)
    return PositionComparison(party, "gains", relative, date)


def explain_outcome(
    space: OutcomeSpace, row: IntArray, sample: TableSample | None, positions: PositionMap
) -> tuple[IssueExplanation, ...]:
    """Explain the outcome ``row`` issue by issue."""
    entries = []
    for i, issue in enumerate(space.issues):
        o = int(row[i])
        option = space.options[i][o]
        utility: dict[str, float] = {}
        interval: dict[str, tuple[float, float]] = {}
        position: dict[str, tuple[str, ...] | None] = {}
        relative: dict[str, float | None] = {}
        comparisons: list[PositionComparison] = []
        for p, party in enumerate(space.parties):
            value = float(space.float_tables[i][o, p])
            utility[party] = value
            if sample is not None and sample.size:
                low, high = np.quantile(sample.float_tables[i][:, o, p], [0.05, 0.95])
                interval[party] = (float(low), float(high))
            else:
                interval[party] = (value, value)
            stated = positions.positions.get((party, issue))
            position[party] = None if stated is None else stated.options
            best = None if stated is None else _stated_best(space, i, p, stated.options, stated.stance)
            relative[party] = None if best is None else value - best
            comparison = None if stated is None else _compare(party, option, stated.options, str(stated.date),
                                                               relative[party])
            if comparison is not None:
                comparisons.append(comparison)
        lines = tuple(r.id for r in space.red_lines if issue in r.expression.issues)
        named = f"red lines {', '.join(lines)}" if lines else None
        sentence = describe_issue(issue, option, comparisons, named)
        entries.append(IssueExplanation(issue, option, utility, interval, position, relative, lines,
                                        tuple(comparisons), sentence))
    return tuple(entries)
