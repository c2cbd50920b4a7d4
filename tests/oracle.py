"""Brute-force oracles written from the definitions, sharing no code with the engines.

Arithmetic is rational (:class:`fractions.Fraction`): a number in a scenario
stands for the decimal it is written as, so ``0.15`` is 3/20.
"""

from __future__ import annotations

import math
from fractions import Fraction
from itertools import product

from truce.model.scenario import Scenario


def all_outcomes(scenario: Scenario) -> list[dict[str, str]]:
    return [
        dict(zip(scenario.issue_ids, combo, strict=True))
        for combo in product(*(issue.option_ids for issue in scenario.issues))
    ]


def rational(number: float) -> Fraction:
    """The decimal a float was written as (its shortest round-trip form)."""
    return Fraction(str(number))


def utility(scenario: Scenario, party: str, outcome: dict[str, str]) -> Fraction:
    preference = scenario.preference(party)
    assert preference is not None
    total = Fraction(0)
    for issue, option in outcome.items():
        weight = rational(preference.weights[issue].value)
        if weight:
            total += weight * rational(preference.values[issue][option].value)
    for term in preference.interactions:
        if all(outcome[i] == o for i, o in term.when.items()):
            total += rational(term.value.value)
    return total


def satisfies(expression: str, outcome: dict[str, str], scenario: Scenario) -> bool:
    """Only the 'issue in [a, b]' form the random scenarios use."""
    issue, _, rest = expression.partition(" in ")
    allowed = [part.strip() for part in rest.strip("[]").split(",")]
    return outcome[issue.strip()] in allowed


def feasible(scenario: Scenario) -> list[dict[str, str]]:
    return [o for o in all_outcomes(scenario)
            if all(satisfies(r.expression, o, scenario) for r in scenario.red_lines)]


def dominates(a: tuple[Fraction, ...], b: tuple[Fraction, ...]) -> bool:
    return all(x >= y for x, y in zip(a, b, strict=True)) and any(x > y for x, y in zip(a, b, strict=True))


def brute_frontier(scenario: Scenario) -> list[tuple[dict[str, str], tuple[Fraction, ...]]]:
    parties = [p.id for p in scenario.negotiators]
    points = [(o, tuple(utility(scenario, p, o) for p in parties)) for o in feasible(scenario)]
    return [(o, u) for o, u in points if not any(dominates(v, u) for _, v in points)]


def brute_zone_size(scenario: Scenario) -> int:
    parties = scenario.negotiators
    return sum(
        all(utility(scenario, p.id, o) >= rational(p.reservation_value.value) for p in parties)
        for o in feasible(scenario)
    )


def sorted_zone_frontier(scenario: Scenario) -> list[tuple[dict[str, str], tuple[Fraction, Fraction]]]:
    """The frontier within the zone of a two-party scenario without red lines or interactions.

    The same sets as :func:`brute_frontier` and :func:`brute_zone_size` define
    (a frontier outcome every party rates at least its reservation value), found
    by a sort instead of comparing every pair, so that spaces of 10^6 outcomes
    can be checked.  Exact: each party's weight × value terms and reservation
    value are brought to one denominator, so sums and comparisons are of integers.
    """
    parties = scenario.negotiators
    preferences = [scenario.preference(p.id) for p in parties]
    assert len(parties) == 2 and not scenario.red_lines
    assert all(p is not None and not p.interactions for p in preferences)
    terms = [
        [[rational(p.weights[issue.id].value) * rational(p.values[issue.id][option].value)
          for option in issue.option_ids] for issue in scenario.issues]
        for p in preferences if p is not None
    ]
    floors = [rational(p.reservation_value.value) for p in parties]
    scales = [
        math.lcm(floor.denominator, *(t.denominator for issue in party for t in issue))
        for party, floor in zip(terms, floors, strict=True)
    ]
    sums = []
    for party, scale in zip(terms, scales, strict=True):
        totals = [0]  # outcome k is the k-th of itertools.product over the issues' options
        for issue in party:
            scaled = [int(t * scale) for t in issue]
            totals = [total + term for total in totals for term in scaled]
        sums.append(totals)
    u0, u1 = sums
    lows = [int(floor * scale) for floor, scale in zip(floors, scales, strict=True)]
    zone = [k for k in range(len(u0)) if u0[k] >= lows[0] and u1[k] >= lows[1]]
    zone.sort(key=lambda k: (-u0[k], -u1[k]))
    kept, best_before, start = [], None, 0
    while start < len(zone):  # groups of equal u0, best u1 first
        end = start
        while end < len(zone) and u0[zone[end]] == u0[zone[start]]:
            end += 1
        top = u1[zone[start]]
        if best_before is None or top > best_before:
            kept += [k for k in zone[start:end] if u1[k] == top]
            best_before = top
        start = end
    return [(_outcome(scenario, k), (Fraction(u0[k], scales[0]), Fraction(u1[k], scales[1]))) for k in kept]


def _outcome(scenario: Scenario, index: int) -> dict[str, str]:
    """The ``index``-th outcome in the order of ``itertools.product`` over the issues' options."""
    chosen: list[str] = []
    for issue in reversed(scenario.issues):
        index, option = divmod(index, len(issue.option_ids))
        chosen.append(issue.option_ids[option])
    return dict(zip(scenario.issue_ids, reversed(chosen), strict=True))
