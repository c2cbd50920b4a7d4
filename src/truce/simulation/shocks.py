"""Timeline shocks mapped to negotiation rounds.

A simulated negotiation starts on a date and runs ``rounds_per_day`` rounds a
day.  Every shock of the scenario timeline dated after the start and before
the deadline changes the scenario from the first round of its day on
(reservation values, weights, option values, red lines); shocks dated on or
before the start are already part of the starting scenario
(:meth:`~truce.model.scenario.Scenario.as_of`).  A variant, when one is
simulated, describes the scenario on its date: it applies after those earlier
shocks and before the later ones.

Where the start is not given, it comes from the scenario's data
(:func:`simulation_start`): the variant's date, else the date of the latest
text on the table, else the scenario's date.  The deadline is given in rounds
or in days after the start (:func:`deadline_rounds`).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from truce.errors import TruceError
from truce.model.elements import Change, TimelineEvent
from truce.model.scenario import Scenario

__all__ = [
    "DEFAULT_ROUNDS",
    "Phase",
    "ScheduledShock",
    "deadline_rounds",
    "phases",
    "round_of_date",
    "scheduled_shocks",
    "simulation_start",
]

DEFAULT_ROUNDS = 100
"""Deadline in rounds when neither rounds nor days are given."""


@dataclass(frozen=True)
class ScheduledShock:
    """A timeline shock and the first round it applies to."""

    round: int
    event: TimelineEvent


@dataclass(frozen=True)
class Phase:
    """A stretch of rounds during which the scenario does not change."""

    start_round: int
    scenario: Scenario
    shock: ScheduledShock | None = None


def simulation_start(scenario: Scenario, variant: str | None = None) -> dt.date | None:
    """Date of round 0 by default: where the scenario's data says talks stand.

    The date of ``variant`` when one is given and dated; otherwise the date of
    the latest dated proposal (the latest text on the table) when it is later
    than the scenario's date; otherwise the scenario's date (None when the
    scenario has none: it is then simulated as given, without shocks).
    """
    if variant is not None:
        dated = scenario.variant(variant).date
        if dated is not None:
            return dated
    dates = [p.date for p in scenario.proposals if p.date is not None]
    if scenario.date is not None:
        dates.append(scenario.date)
    return max(dates, default=None)


def _check_pace(rounds_per_day: float) -> None:
    if not rounds_per_day > 0 or not math.isfinite(rounds_per_day):
        raise TruceError(
            f"rounds per day must be positive, got {rounds_per_day}", hint="use e.g. --rounds-per-day 1"
        )


def deadline_rounds(rounds: int | None, deadline_days: float | None, rounds_per_day: float) -> int:
    """The deadline in rounds, given in rounds or in days after the start.

    ``deadline_days`` days at ``rounds_per_day`` hold the rounds ``r`` with
    ``r / rounds_per_day < deadline_days``, that is ``ceil(days x rounds per
    day)`` of them.  Strategies see the normalised time ``(r + 1) / (R + 1)``
    of round ``r`` of ``R`` either way, so a deadline in days is a deadline in
    time relative to the start, as SAOP's ``time_limit`` is relative to the
    negotiation's opening.
    """
    _check_pace(rounds_per_day)
    if deadline_days is None:
        return DEFAULT_ROUNDS if rounds is None else rounds
    if rounds is not None:
        raise TruceError(
            "the deadline is given both in rounds and in days", hint="drop --rounds or --deadline-days"
        )
    if not deadline_days > 0 or not math.isfinite(deadline_days):
        raise TruceError(
            f"the deadline in days must be positive, got {deadline_days}", hint="e.g. --deadline-days 20"
        )
    # a tolerance so that e.g. 0.7 days x 10 rounds a day is 7 rounds, not 8
    return max(1, math.ceil(deadline_days * rounds_per_day - 1e-9))


def round_of_date(date: dt.date, start: dt.date, rounds_per_day: float) -> int:
    """First round on ``date`` when round 0 is held on ``start``."""
    _check_pace(rounds_per_day)
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
    scenario: Scenario,
    start: dt.date | None,
    shocks: tuple[ScheduledShock, ...],
    variant: Change | None = None,
) -> tuple[Phase, ...]:
    """The scenario as it stands from the start (``variant`` applied) and after each of ``shocks``."""
    current = scenario if start is None else scenario.as_of(start)
    if variant is not None:
        current = current.with_change(variant)
    found = [Phase(0, current)]
    for shock in shocks:
        assert shock.event.change is not None
        current = current.with_change(shock.event.change)
        if found[-1].start_round == shock.round:
            found[-1] = Phase(shock.round, current, shock)
        else:
            found.append(Phase(shock.round, current, shock))
    return tuple(found)
