"""Single negotiating text, logrolling and reopening a closed zone, against brute force."""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.oracle import all_outcomes, brute_zone_size, dominates, rational, satisfies, utility
from tests.strategies import scenarios
from truce.mediation.proposals import bridging_proposals
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


def _acceptable(scenario: Scenario, outcome: dict[str, str]) -> bool:
    return all(
        utility(scenario, p.id, outcome) >= rational(p.reservation_value.value)
        and all(satisfies(r.expression, outcome, scenario) for r in scenario.red_lines if r.party == p.id)
        for p in scenario.negotiators
    )


@settings(max_examples=40, deadline=None)
@given(scenarios(parties=(2, 2)))
def test_each_reopening_names_a_package_of_the_reopened_zone(scenario: Scenario) -> None:
    result = bridging_proposals(scenario, samples=2, top=1, zone_samples=2)
    if brute_zone_size(scenario):
        assert result.reopenings == ()
        return
    for r in result.reopenings:
        if r.kind == "drop_red_line":
            opened = scenario.with_change(Change(remove_red_lines=(r.target,)))
        else:
            party = scenario.party(r.target)
            assert party is not None
            value = rational(party.reservation_value.value) - r.exact_amount
            if value < 0:  # a negative reservation value is not a valid scenario
                continue
            opened = scenario.with_change(Change(reservation_values={r.target: Estimate(value=str(value))}))
        assert r.example is not None and _acceptable(opened, r.example)


def test_a_reopened_zone_shows_its_package() -> None:
    scenario = Scenario.model_validate(
        {
            "id": "deadlock",
            "parties": [{"id": "p", "reservation_value": 0.1}, {"id": "q", "reservation_value": 0.1}],
            "issues": [{"id": "x", "kind": "categorical", "options": [{"id": "a"}, {"id": "b"}]}],
            "preferences": [
                {"party": "p", "weights": {"x": 1}, "values": {"x": {"a": 1, "b": 0.5}}},
                {"party": "q", "weights": {"x": 1}, "values": {"x": {"a": 0.5, "b": 1}}},
            ],
            "red_lines": [
                {"id": "p_a", "party": "p", "expression": 'x == "a"'},
                {"id": "q_b", "party": "q", "expression": 'x == "b"'},
            ],
        }
    )
    result = bridging_proposals(scenario, samples=2, top=1, zone_samples=2)
    examples = {r.target: r.example for r in result.reopenings}
    assert examples == {"p_a": {"x": "b"}, "q_b": {"x": "a"}}
    assert [r["example"] for r in result.to_json()["reopen"]] == [{"x": "b"}, {"x": "a"}]
