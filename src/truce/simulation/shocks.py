"""Timeline shocks mapped to negotiation rounds.

A simulated negotiation starts on a date and runs ``rounds_per_day`` rounds a
day.  Every shock of the scenario timeline dated after the start and before
the deadline changes the scenario from the first round of its day on
(reservation values, weights, option values, red lines); shocks dated on or
before the start are already part of the starting scenario
(:meth:`~truce.model.scenario.Scenario.as_of`).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from truce.errors import TruceError
from truce.model.elements import TimelineEvent
from truce.model.scenario import Scenario

__all__ = ["Phase", "ScheduledShock", "phases", "round_of_date", "scheduled_shocks"]


@dataclass(frozen=True)
class ScheduledShock:
    """A timeline shock and the first round it applies to."""

    round: int
    event: TimelineEvent

    @property
    def label(self) -> str:
        return f"{self.event.date.isoformat()} {self.event.title}"


@dataclass(frozen=True)
class Phase:
    """A stretch of rounds during which the scenario does not change."""

    start_round: int
    scenario: Scenario
    shock: ScheduledShock | None = None


def round_of_date(date: dt.date, start: dt.date, rounds_per_day: float) -> int:
    """First round on ``date`` when round 0 is held on ``start``."""
    if rounds_per_day <= 0:
        raise TruceError(
            f"rounds per day must be positive, got {rounds_per_day}", hint="use e.g. --rounds-per-day 1"
        )
    return math.ceil((date - start).days * rounds_per_day)


def scheduled_shocks(
    scenario: Scenario, start: dt.date | None, rounds_per_day: float, rounds: int
) -> tuple[ScheduledShock, ...]:
    """Shocks of ``scenario``'s timeline that fall inside rounds ``1 .. rounds-1``, in date order."""
    if start is None:
        return ()
    found = []
    for event in sorted(scenario.timeline, key=lambda e: e.date):
        if event.kind != "shock" or event.change is None or event.date <= start:
            continue
        first = round_of_date(event.date, start, rounds_per_day)
        if first < rounds:
            found.append(ScheduledShock(first, event))
    return tuple(found)


def phases(
    scenario: Scenario, start: dt.date | None, shocks: tuple[ScheduledShock, ...]
) -> tuple[Phase, ...]:
    """The scenario as it stands from the start and after each of ``shocks``."""
    current = scenario if start is None else scenario.as_of(start)
    found = [Phase(0, current)]
    for shock in shocks:
        assert shock.event.change is not None
        current = current.with_change(shock.event.change)
        if found[-1].start_round == shock.round:
            found[-1] = Phase(shock.round, current, shock)
        else:
            found.append(Phase(shock.round, current, shock))
    return tuple(found)
