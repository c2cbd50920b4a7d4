"""Repair of a rejected text: brute-force minimum, and CP-SAT agreeing with enumeration."""

from __future__ import annotations

from itertools import product

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.oracle import all_outcomes, rational, satisfies, utility
from tests.strategies import scenarios
from truce.analysis.zone import in_zone
from truce.errors import TruceError
from truce.mediation.repair import repair_text
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario


def _acceptable(scenario: Scenario, outcome: dict[str, str]) -> bool:
    return all(
        utility(scenario, p.id, outcome) >= rational(p.reservation_value.value)
        and all(satisfies(r.expression, outcome, scenario) for r in scenario.red_lines if r.party == p.id)
        for p in scenario.negotiators
    )


@settings(max_examples=40, deadline=None)
@given(scenarios(interactions=True), st.data())
def test_repair_changes_the_brute_force_minimum_and_cp_sat_agrees(
    scenario: Scenario, data: st.DataObject
) -> None:
    space = OutcomeSpace.from_scenario(scenario)
    text = {i.id: data.draw(st.sampled_from(i.option_ids)) for i in scenario.issues}
    party = data.draw(st.sampled_from([p.id for p in scenario.negotiators]))
    enumerated = repair_text(space, text, party, method="enumerate")
    solved = repair_text(space, text, party, method="cp-sat")
    feasible = [o for o in all_outcomes(scenario) if _acceptable(scenario, o)]
    if not feasible:
        assert enumerated.repair is None and solved.repair is None
        assert enumerated.reason and "zone is empty" in enumerated.reason
        return
    assert enumerated.repair is not None and solved.repair is not None
    fewest = min(sum(o[i] != text[i] for i in text) for o in feasible)
    assert len(enumerated.repair.changed_issues) == fewest
    assert _acceptable(scenario, enumerated.repair.outcome)
    # ties: the most utility left to the other parties (exact on the 1/8 grid)
    others = [p.id for p in scenario.negotiators if p.id != party]
    best_left = max(
        sum(utility(scenario, q, o) for q in others)
        for o in feasible
        if sum(o[i] != text[i] for i in text) == fewest
    )
    assert sum(utility(scenario, q, enumerated.repair.outcome) for q in others) == best_left
    assert solved.repair.outcome == enumerated.repair.outcome


def test_a_text_that_leaves_issues_open_counts_only_the_issues_it_settles() -> None:
    rng = np.random.default_rng(3)
    space = OutcomeSpace(
        issues=("a", "b", "c"),
        options=(("0", "1", "2"),) * 3,
        parties=("p", "q"),
        float_tables=tuple(rng.random((3, 2)) / 3 for _ in range(3)),
        reservation=np.array([0.3, 0.3]),
    )
    result = repair_text(space, {"a": "0"}, "p")
    assert result.repair is not None and set(result.repair.changed_issues) <= {"a"}


def test_cp_sat_repairs_a_space_of_10_to_the_12_outcomes() -> None:
    rng = np.random.default_rng(1)
    space = OutcomeSpace(
        issues=tuple(f"i{i}" for i in range(12)),
        options=tuple(tuple(f"o{j}" for j in range(10)) for _ in range(12)),
        parties=("a", "b"),
        float_tables=tuple(rng.random((10, 2)) / 12 for _ in range(12)),
        reservation=np.array([0.6, 0.6]),
    )
    text = {f"i{i}": "o0" for i in range(12)}
    result = repair_text(space, text, "a")
    assert result.method == "cp-sat" and result.repair is not None
    row = result.repair.row
    assert in_zone(space, row[None])[0]
    # no single-issue change is acceptable when the repair needs more (checked by enumerating them)
    if len(result.repair.changed_issues) > 1:
        for i, o in product(range(12), range(10)):
            single = np.zeros(12, dtype=np.int64)
            single[i] = o
            assert not in_zone(space, single[None])[0]


@pytest.mark.parametrize(
    ("text", "message"), [({"x": "nope"}, "unknown option"), ({"zz": "a"}, "unknown issue")]
)
def test_bad_texts_are_explained(text: dict[str, str], message: str) -> None:
    space = OutcomeSpace(
        issues=("x",),
        options=(("a", "b"),),
        parties=("p", "q"),
        float_tables=(np.eye(2),),
        reservation=np.zeros(2),
    )
    with pytest.raises(TruceError, match=message):
        repair_text(space, text, "p")
    with pytest.raises(TruceError, match="unknown party"):
        repair_text(space, {"x": "a"}, "r")
