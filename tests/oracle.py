"""Brute-force oracles written from the definitions, sharing no code with the engines.

Arithmetic is rational (:class:`fractions.Fraction`): a number in a scenario
stands for the decimal it is written as, so ``0.15`` is 3/20.
"""

from __future__ import annotations

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
    return [o for o in all_outcomes(scenario) if all(satisfies(r.expression, o, scenario) for r in scenario.red_lines)]


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
