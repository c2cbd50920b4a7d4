"""The validation report of a scenario (``truce validate``), called as a library function."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.model.test_scenario import BASE
from truce.analysis.scenario_check import check_scenario
from truce.model.scenario import Scenario
from truce.model.wording import count_noun


def _scenario(**changes: Any) -> Scenario:
    data = copy.deepcopy(BASE)
    data.update(changes)
    return Scenario.model_validate(data)


def test_negotiating_parties_and_mediators_are_counted_apart() -> None:
    check = check_scenario(_scenario())
    assert check.parties == ("a", "b") and check.mediators == ("m",) and check.observers == ()
    assert check.outcomes == 3 * 2 and check.issues == 2 and check.red_lines == 1
    assert check.summary() == ("2 parties, 1 mediator, 2 issues, 6 outcomes, 1 red line, 1 variant, "
                               "0 unsettled claims")
    document = check.to_json()
    assert document["parties"] == ["a", "b"] and document["mediators"] == ["m"]
    assert document["valid"] is True and document["variants"] == ["tough"]


@pytest.mark.parametrize(
    ("expression", "impossible"),
    [
        ('x == lo and x == hi', True),  # one issue, two options at once
        ('x > hi', True),  # above the highest ordinal option
        ('x >= hi or y == q', False),
        ('not (x in [lo, mid, hi])', True),
        ('x < mid and y != p and y != q', True),
    ],
)
def test_a_red_line_no_outcome_meets_is_a_finding(expression: str, impossible: bool) -> None:
    red_lines = [*BASE["red_lines"], {"id": "r", "party": "a", "expression": expression}]
    check = check_scenario(_scenario(red_lines=red_lines))
    assert check.unsatisfiable_red_lines == (("r",) if impossible else ())
    assert check.findings() == (["red line 'r' can never be satisfied"] if impossible else [])


@pytest.mark.parametrize(
    ("count", "singular", "plural", "expected"),
    [(0, "state", None, "0 states"), (1, "state", None, "1 state"), (2, "party", "parties", "2 parties"),
     (1, "party", "parties", "1 party"), (1048576, "state", None, "1,048,576 states")],
)
def test_counts_take_the_plural_they_need(
    count: int, singular: str, plural: str | None, expected: str
) -> None:
    assert count_noun(count, singular, plural) == expected
