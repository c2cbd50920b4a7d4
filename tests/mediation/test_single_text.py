"""Single negotiating text, logrolling and reopening a closed zone, against brute force."""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.oracle import all_outcomes, brute_zone_size, dominates, rational, satisfies, utility
from tests.strategies import scenarios
from truce.mediation.reopen import reopen_zone
from truce.mediation.single_text import logrolls, single_negotiating_text
from truce.model.elements import Change
from truce.model.estimate import Estimate
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario


def _utilities(scenario: Scenario, outcome: dict[str, str]) -> tuple[float, ...]:
    return tuple(utility(scenario, p.id, outcome) for p in scenario.negotiators)


@settings(max_examples=40, deadline=None)
@given(scenarios(), st.data())
def test_single_text_steps_are_never_vetoed_and_end_on_the_frontier(
    scenario: Scenario, data: st.DataObject
) -> None:
    start = {i.id: data.draw(st.sampled_from(i.option_ids)) for i in scenario.issues}
    assume(all(satisfies(r.expression, start, scenario) for r in scenario.red_lines))
    steps = single_negotiating_text(OutcomeSpace.from_scenario(scenario), start)
    assert steps[0].outcome == start
    for before, after in pairwise(steps):
        u, v = _utilities(scenario, before.outcome), _utilities(scenario, after.outcome)
        assert dominates(v, u)
        assert all(satisfies(r.expression, after.outcome, scenario) for r in scenario.red_lines)
    end = _utilities(scenario, steps[-1].outcome)
    feasible = [
        o
        for o in all_outcomes(scenario)
        if all(satisfies(r.expression, o, scenario) for r in scenario.red_lines)
    ]
    assert not any(dominates(_utilities(scenario, o), end) for o in feasible)


@settings(max_examples=40, deadline=None)
@given(scenarios(red_lines=False), st.data())
def test_logrolls_help_everyone_only_together(scenario: Scenario, data: st.DataObject) -> None:
    text = {i.id: data.draw(st.sampled_from(i.option_ids)) for i in scenario.issues}
    base = _utilities(scenario, text)
    for roll in logrolls(OutcomeSpace.from_scenario(scenario), text):
        both = {**text, roll.issues[0]: roll.options[0], roll.issues[1]: roll.options[1]}
        assert all(b > a for a, b in zip(base, _utilities(scenario, both), strict=True))
        assert np.allclose(
            roll.gains, [float(b - a) for a, b in zip(base, _utilities(scenario, both), strict=True)]
        )
        for issue, option in zip(roll.issues, roll.options, strict=True):
            alone = _utilities(scenario, {**text, issue: option})
            assert any(b < a for a, b in zip(base, alone, strict=True))


@settings(max_examples=40, deadline=None)
@given(scenarios(parties=(2, 2)))
def test_reopening_is_the_smallest_single_change(scenario: Scenario) -> None:
    reopenings = reopen_zone(OutcomeSpace.from_scenario(scenario))
    if brute_zone_size(scenario):
        assert reopenings == ()
        return
    for r in reopenings:
        if r.kind == "drop_red_line":
            opened = scenario.with_change(Change(remove_red_lines=(r.target,)))
            assert brute_zone_size(opened) == r.zone_size > 0
        else:
            party = scenario.party(r.target)
            assert party is not None
            value = rational(party.reservation_value.value) - r.exact_amount
            if value < 0:  # a negative reservation value is not a valid scenario
                continue
            opened = scenario.with_change(
                Change(reservation_values={r.target: Estimate(value=str(value))})
            )
            assert brute_zone_size(opened) == r.zone_size > 0
            # a little less is not enough (10**-9 is below any gap between the utilities of these scenarios)
            closed = scenario.with_change(
                Change(reservation_values={r.target: Estimate(value=str(value + Fraction(1, 10**9)))})
            )
            assert brute_zone_size(closed) == 0
