"""The parties' latest stated positions, and how far an outcome lies from them.

A party's position on an issue as of a date is the last
:class:`~truce.model.elements.Position` it stated on or before that date.
The distance of an option from a ``demand``, ``offer`` or ``accept``
position is 0 for a stated option; otherwise, on ordinal and numeric issues
the gap to the nearest stated option as a share of the issue's span (rank or
level), and 1 on categorical issues.  From a ``reject`` position it is 1 for a
rejected option and 0 otherwise.  The distance of an outcome is the sum over
parties and issues; issues on which a party stated nothing add 0.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from truce.arrays import FloatArray, IntArray
from truce.model.elements import Issue, Position
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario

__all__ = ["PositionMap", "latest_positions"]


def latest_positions(scenario: Scenario, as_of: dt.date | None = None) -> dict[tuple[str, str], Position]:
    """Each (party, issue)'s last position dated on or before ``as_of`` (all dates when None).

    Among positions of the same date the one listed last wins.
    """
    latest: dict[tuple[str, str], Position] = {}
    for position in sorted(scenario.positions, key=lambda p: p.date):  # stable: file order within a date
        if as_of is None or position.date <= as_of:
            latest[(position.party, position.issue)] = position
    return latest


def _option_distance(issue: Issue, position: Position) -> FloatArray:
    ids = issue.option_ids
    stated = [ids.index(o) for o in position.options]
    if not stated:  # a statement that names no option says nothing about distance
        return np.zeros(len(ids))
    if position.stance == "reject":
        return np.array([1.0 if k in stated else 0.0 for k in range(len(ids))])
    if issue.kind == "categorical" or len(ids) < 2:
        return np.array([0.0 if k in stated else 1.0 for k in range(len(ids))])
    if issue.kind == "numeric":
        keys = np.array([float(o.level if o.level is not None else k) for k, o in enumerate(issue.options)])
    else:
        keys = np.arange(len(ids), dtype=np.float64)
    span = float(keys.max() - keys.min()) or 1.0
    return np.asarray(np.abs(keys[:, None] - keys[stated][None, :]).min(axis=1) / span)


@dataclass(frozen=True)
class PositionMap:
    """Latest positions of the negotiating parties as of a date, with per-option distances."""

    as_of: dt.date | None
    positions: dict[tuple[str, str], Position]
    distance: tuple[FloatArray, ...]
    """Per issue: summed distance of each option from every party's position."""

    @classmethod
    def of(cls, scenario: Scenario, space: OutcomeSpace, as_of: dt.date | None = None) -> PositionMap:
        """The latest positions of ``space``'s parties as of ``as_of`` (all dates when None).

        An option's distance from one position is 0 on a demanded, offered or
        accepted option and, on ordinal and numeric issues, grows with its
        distance from the nearest such option (in positions, or in levels for
        numeric issues, scaled to [0, 1]); on a categorical issue it is 1 off
        the stated options.  A rejection puts 1 on the rejected options and 0
        elsewhere; a position that names no option puts 0 everywhere.
        """
        positions = {
            key: p for key, p in latest_positions(scenario, as_of).items() if key[0] in space.parties
        }
        tables = []
        for issue_id in space.issues:
            issue = scenario.issue(issue_id)
            assert issue is not None
            total = np.zeros(len(issue.options))
            for party in space.parties:
                position = positions.get((party, issue_id))
                if position is not None:
                    total += _option_distance(issue, position)
            tables.append(total)
        return cls(as_of, positions, tuple(tables))

    @property
    def quantized(self) -> tuple[IntArray, ...]:
        """Distances on the exact integer grid, so sums over issues tie exactly."""
        return tuple(np.rint(t * float(1 << 40)).astype(np.int64) for t in self.distance)

    def outcome_distance(self, row: npt.ArrayLike) -> float:
        """Distance of a package (one option index per issue) from the positions: :attr:`distance` summed."""
        return float(sum(t[int(o)] for t, o in zip(self.distance, np.asarray(row), strict=True)))
