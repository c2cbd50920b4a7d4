"""Issue-by-issue explanation of a proposal: who gives, who gains, and why.

For every issue the explanation names the option chosen and, for each
negotiating party, the weighted utility the option brings (point value and
the 5–95 % interval over the samples), the party's latest stated position and
what the option gives or gains relative to it (point utility of the chosen
option minus that of the best option the party asked for), and the red lines
that name the issue.  Each entry also reads as one plain sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from truce.arrays import IntArray
from truce.mediation.positions import PositionMap
from truce.model.outcomes import OutcomeSpace
from truce.model.uncertainty import TableSample

__all__ = ["IssueExplanation", "explain_outcome"]

_QUIET = 1e-9


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
    sentence: str

    def to_json(self) -> dict[str, Any]:
        return {
            "issue": self.issue,
            "option": self.option,
            "utility": self.utility,
            "interval": {p: list(v) for p, v in self.interval.items()},
            "position": {p: None if v is None else list(v) for p, v in self.position.items()},
            "relative_to_position": self.relative,
            "red_lines": list(self.red_lines),
            "sentence": self.sentence,
        }


def _stated_best(space: OutcomeSpace, i: int, p: int, options: tuple[str, ...], stance: str) -> float | None:
    """Point utility of the best option a party asked for on issue ``i`` (None for a rejection)."""
    if stance == "reject" or not options:
        return None
    indices = [space.options[i].index(o) for o in options]
    return float(space.float_tables[i][indices, p].max())


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
        parts = []
        for p, party in enumerate(space.parties):
            value = float(space.float_tables[i][o, p])
            utility[party] = value
            if sample is not None and sample.size:
                low, high = np.quantile(sample.float_tables[i][:, o, p], [0.05, 0.95])
                interval[party] = (float(low), float(high))
            else:
                interval[party] = (value, value)
            stated = positions.positions.get((party, issue))
            if stated is None:
                position[party], relative[party] = None, None
                continue
            position[party] = stated.options
            best = _stated_best(space, i, p, stated.options, stated.stance)
            if best is None:
                relative[party] = None
                if option in stated.options:
                    parts.append(f"{party} had rejected this option ({stated.date})")
                continue
            relative[party] = value - best
            if option in stated.options:
                parts.append(f"{party} gets what it asked for ({stated.date})")
            elif value - best < -_QUIET:
                parts.append(f"{party} gives {best - value:.3f} against its position of {stated.date}")
            else:
                parts.append(f"{party} gains {value - best:+.3f} over its position of {stated.date}")
        lines = tuple(r.id for r in space.red_lines if issue in r.expression.issues)
        sentence = f"{issue}: {option}" + (f"; {'; '.join(parts)}" if parts else "; no stated positions")
        if lines:
            sentence += f"; shaped by red lines {', '.join(lines)}"
        entries.append(
            IssueExplanation(issue, option, utility, interval, position, relative, lines, sentence + ".")
        )
    return tuple(entries)
