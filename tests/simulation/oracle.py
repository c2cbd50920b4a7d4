"""Brute-force facts about small scenarios, computed from the scenario itself (no engine code).

A utility is the float nearest to the exact sum of ``w_i * v_i`` (rational
arithmetic on the values the scenario wrote), which is what the simulation is
specified to compare: summing floats issue by issue instead can fall one unit in
the last place below a reservation value the exact sum meets (0.3 * 0.05 +
0.7 * 0.05 gives 0.049999999999999996 against 0.05).
"""

from __future__ import annotations

import itertools
from fractions import Fraction

from truce.model.scenario import Scenario


def outcomes(scenario: Scenario) -> list[dict[str, str]]:
    return [
        dict(zip(scenario.issue_ids, combo, strict=True))
        for combo in itertools.product(*(issue.option_ids for issue in scenario.issues))
    ]


def utility(scenario: Scenario, party: str, outcome: dict[str, str]) -> float:
    preference = scenario.preference(party)
    assert preference is not None
    total = Fraction(0)
    for issue in scenario.issue_ids:
        value = preference.values.get(issue, {}).get(outcome[issue])
        total += preference.weights[issue].exact * (0 if value is None else value.exact)
    return float(total)


def respects(scenario: Scenario, party: str, outcome: dict[str, str]) -> bool:
    """Whether ``outcome`` crosses none of ``party``'s red lines.

    Only the ``i in [...]`` form the tests use is read.
    """
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


def keeping(scenario: Scenario, held: set[str]) -> Scenario:
    """``scenario`` with only the red lines in ``held`` (those that hold in one run)."""
    return Scenario.model_validate(
        {
            **scenario.model_dump(mode="python", round_trip=True),
            "red_lines": [r.model_dump(mode="python") for r in scenario.red_lines if r.id in held],
        }
    )


def alternating_offers(
    scenario: Scenario, exponents: dict[str, float], rounds: int, held: set[str]
) -> tuple[bool, int, dict[str, str] | None]:
    """One bilateral negotiation, time-dependent bidding with AC_next, only the ``held`` red lines holding.

    Returns (agreed, round of agreement or -1, agreed outcome).  Offers are the
    allowed outcome of least own utility at or above the aspiration level, ties
    to the opponent's higher utility, then to the outcome listed first; the best
    allowed outcome when none reaches the level.
    """
    first, second = (p.id for p in scenario.negotiators)
    everything = outcomes(scenario)
    reservation = {p.id: p.reservation_value.value for p in scenario.negotiators}

    kept = keeping(scenario, held)

    def allowed(party: str) -> list[int]:
        return [k for k, o in enumerate(everything) if respects(kept, party, o)]

    def ok(party: str, k: int) -> bool:
        u = utility(scenario, party, everything[k])
        return k in allowed_of[party] and u >= reservation[party]

    allowed_of = {p: allowed(p) for p in (first, second)}
    other = {first: second, second: first}
    table: int | None = None
    for round_ in range(rounds):
        t = (round_ + 1) / (rounds + 1)
        for party in (first, second):
            mine = allowed_of[party]
            if not mine:
                return False, -1, None
            own = {k: utility(scenario, party, everything[k]) for k in mine}
            u_max = max(own.values())
            u_min = min(max(min(own.values()), reservation[party]), u_max)
            target = u_max - (u_max - u_min) * t ** (1 / exponents[party])
            above = [k for k in mine if own[k] >= target] or [k for k in mine if own[k] == u_max]
            level = min(own[k] for k in above)
            offer = min(
                (k for k in above if own[k] == level),
                key=lambda k: (-utility(scenario, other[party], everything[k]), k),
            )
            if table is not None:
                offered = utility(scenario, party, everything[table])
                if offered >= own[offer] and ok(party, table) and ok(other[party], table):
                    return True, round_, everything[table]
            table = offer
    return False, -1, None
