"""Brute-force facts about small scenarios, computed from the scenario itself (no engine code).

Utilities are floats summed issue by issue (``w_i * v_i`` in issue order), the
arithmetic the simulation is specified to use (the analysts' float tables).
"""

from __future__ import annotations

import itertools

from truce.model.scenario import Scenario


def outcomes(scenario: Scenario) -> list[dict[str, str]]:
    return [
        dict(zip(scenario.issue_ids, combo, strict=True))
        for combo in itertools.product(*(issue.option_ids for issue in scenario.issues))
    ]


def utility(scenario: Scenario, party: str, outcome: dict[str, str]) -> float:
    preference = scenario.preference(party)
    assert preference is not None
    total = 0.0
    for issue in scenario.issue_ids:
        value = preference.values.get(issue, {}).get(outcome[issue])
        total += preference.weights[issue].value * (0.0 if value is None else value.value)
    return total


def respects(scenario: Scenario, party: str, outcome: dict[str, str]) -> bool:
    """Whether ``outcome`` crosses none of ``party``'s red lines (only the ``i in [...]`` form used by the tests)."""
    for red_line in scenario.red_lines:
        if red_line.party != party:
            continue
        issue, _, rest = red_line.expression.partition(" in ")
        allowed = [o.strip() for o in rest.strip("[] ").split(",")]
        if outcome[issue.strip()] not in allowed:
            return False
    return True


def acceptable(scenario: Scenario, party: str, outcome: dict[str, str]) -> bool:
    reservation = next(p for p in scenario.parties if p.id == party).reservation_value.value
    return respects(scenario, party, outcome) and utility(scenario, party, outcome) >= reservation
