"""Proposal evaluation against brute force over every completion of the proposal."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.oracle import all_outcomes, rational, satisfies, utility
from tests.strategies import scenarios
from truce.analysis import analyze
from truce.model.scenario import Scenario


@settings(max_examples=80, deadline=None)
@given(scenarios(), st.data())
def test_verdicts_hold_for_every_completion(scenario: Scenario, data: st.DataObject) -> None:
    terms = {
        issue.id: data.draw(st.sampled_from(issue.option_ids))
        for issue in scenario.issues
        if data.draw(st.booleans())
    }
    scenario = Scenario.model_validate(
        {**scenario.model_dump(mode="json"), "proposals": [{"id": "p", "terms": terms}]}
    )
    (evaluation,) = analyze(scenario).proposals
    completions = [o for o in all_outcomes(scenario) if all(o[i] == v for i, v in terms.items())]
    assert evaluation.complete == (len(completions) == 1 and len(terms) == len(scenario.issues))
    for k, party in enumerate(p for p in scenario.negotiators):
        own = [r for r in scenario.red_lines if r.party == party.id]
        ok = [
            utility(scenario, party.id, o) >= rational(party.reservation_value.value)
            and all(satisfies(r.expression, o, scenario) for r in own)
            for o in completions
        ]
        utilities = [utility(scenario, party.id, o) for o in completions]
        assert min(utilities) >= evaluation.low[k] - 1e-9 and max(utilities) <= evaluation.high[k] + 1e-9
        verdict = evaluation.acceptable[party.id]
        if verdict is True:
            assert all(ok)
        elif verdict is False:
            assert not any(ok)
