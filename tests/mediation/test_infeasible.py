"""Why no repair exists: an irreducible set of zone constraints, checked against brute force."""

from __future__ import annotations

import copy
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings

from tests.model.test_scenario import BASE
from tests.oracle import all_outcomes, rational, satisfies, utility
from tests.strategies import scenarios
from tests.test_cli import run
from truce.mediation.infeasible import ZoneConstraint, conflicting_constraints
from truce.mediation.repair import repair_text
from truce.mediation.target_repair import repair_text_to_target
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario
from truce.model.wording import red_line_sentence


def _toy(red_lines: list[dict[str, str]], reservation: dict[str, float] | None = None) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    data["red_lines"] += red_lines
    for party in data["parties"]:
        if reservation and party["id"] in reservation:
            party["reservation_value"] = reservation[party["id"]]
    return data


def _space(data: dict[str, Any]) -> OutcomeSpace:
    return OutcomeSpace.from_scenario(Scenario.model_validate(data))


def test_two_red_lines_on_one_issue_are_named_with_their_parties() -> None:
    # a insists on x = hi, which b's red line b_no_hi excludes: nothing else is needed to close the zone
    space = _space(_toy([{"id": "a_hi", "party": "a", "expression": 'x == "hi"'}]))
    result = repair_text(space, {"x": "hi", "y": "p"}, "b")
    assert result.repair is None and result.reason is not None
    assert [(c.kind, c.party, c.id, c.issues) for c in result.conflict] == [
        ("red_line", "b", "b_no_hi", ("x",)),
        ("red_line", "a", "a_hi", ("x",)),
    ]
    assert "b's red line 'b_no_hi' on issue x" in result.reason
    assert "a's red line 'a_hi' on issue x" in result.reason
    assert "reservation value" not in result.reason.split("empty")[1]
    assert result.to_json()["conflict"][1] == {
        "kind": "red_line", "party": "a", "id": "a_hi", "issues": ["x"], "expression": 'x == "hi"'
    }


def test_a_reservation_value_with_the_red_lines_that_keep_it_out_of_reach() -> None:
    # b demands y = q and rules out x = hi: a then gets at most 0.6 * 0.5 = 0.3 < 0.35;
    # b's own reservation value plays no part, and without any of the three a repair exists
    space = _space(_toy([{"id": "b_q", "party": "b", "expression": 'y == "q"'}], {"a": 0.35}))
    conflict = conflicting_constraints(space)
    assert conflict == (
        ZoneConstraint("reservation_value", "a", value=0.35),
        ZoneConstraint("red_line", "b", "b_no_hi", 'x != "hi"', ("x",)),
        ZoneConstraint("red_line", "b", "b_q", 'y == "q"', ("y",)),
    )
    assert conflicting_constraints(space, method="cp-sat") == conflict
    reason = repair_text(space, {"x": "lo", "y": "q"}, "a").reason
    assert reason is not None and "a's reservation value (0.35)" in reason and "'b_q' on issue y" in reason


def test_a_reservation_value_above_every_outcome_is_the_reason_alone() -> None:
    data = _toy([], {"b": 0.9})
    data["preferences"][1]["values"] = {"x": {"lo": 0.8, "mid": 0.6, "hi": 0}, "y": {"p": 0, "q": 0.8}}
    space = _space(data)  # b's best outcome is worth 0.8
    result = repair_text(space, {"x": "lo", "y": "q"}, "b")
    assert result.conflict == (ZoneConstraint("reservation_value", "b", value=0.9),)
    assert result.reason is not None and "no outcome reaches b's reservation value (0.9)" in result.reason


def test_no_conflict_when_the_zone_is_open() -> None:
    assert conflicting_constraints(_space(_toy([]))) == ()


def test_the_cli_prints_the_reason_and_the_constraints(tmp_path: Path) -> None:
    path = tmp_path / "toy.yaml"
    path.write_text(yaml.safe_dump(_toy([{"id": "a_hi", "party": "a", "expression": 'x == "hi"'}])), "utf-8")
    text = tmp_path / "text.yaml"
    text.write_text("x: hi\ny: p\n", encoding="utf-8")
    result = run("mediate", str(path), "--repair", str(text), "--rejected-by", "b", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["repair"] is None and "'a_hi' on issue x" in doc["reason"]
    assert [c["id"] for c in doc["conflict"]] == ["b_no_hi", "a_hi"]
    plain = run("mediate", str(path), "--repair", str(text), "--rejected-by", "b")
    # the text output words the same reason with the scenario's labels and red-line sentences
    scenario = Scenario.model_validate(yaml.safe_load(path.read_text("utf-8")))
    b = scenario.party("b")
    assert b is not None
    rule = red_line_sentence('x != "hi"', scenario.issues)
    said = f'the red line of {b.label} "{rule}"'
    assert plain.returncode == 0 and said in " ".join(plain.stdout.split()) and "b_no_hi" not in plain.stdout


def _met(scenario: Scenario, constraint: ZoneConstraint, outcome: dict[str, str]) -> bool:
    if constraint.kind == "reservation_value":
        assert constraint.party is not None
        party = next(p for p in scenario.negotiators if p.id == constraint.party)
        return utility(scenario, party.id, outcome) >= rational(party.reservation_value.value)
    line = next(r for r in scenario.red_lines if r.id == constraint.id)
    return satisfies(line.expression, outcome, scenario)


def _someone_meets(scenario: Scenario, constraints: tuple[ZoneConstraint, ...]) -> bool:
    return any(all(_met(scenario, c, o) for c in constraints) for o in all_outcomes(scenario))


@settings(max_examples=60, deadline=None)
@given(scenarios(interactions=True))
def test_the_conflict_is_irreducible_by_brute_force_and_both_methods_agree(scenario: Scenario) -> None:
    space = OutcomeSpace.from_scenario(scenario)
    conflict = conflicting_constraints(space, method="enumerate")
    assert conflicting_constraints(space, method="cp-sat") == conflict
    every = tuple(ZoneConstraint("reservation_value", p.id, value=0.0) for p in scenario.negotiators) + tuple(
        ZoneConstraint("red_line", r.party, r.id) for r in scenario.red_lines
    )
    if _someone_meets(scenario, every):
        assert conflict == ()
        return
    assert conflict, "the zone is empty, so some constraints conflict"
    assert not _someone_meets(scenario, conflict)
    for k in range(len(conflict)):
        assert _someone_meets(scenario, conflict[:k] + conflict[k + 1 :])
    for c in conflict:
        if c.kind == "reservation_value":
            party = next(p for p in scenario.negotiators if p.id == c.party)
            assert Fraction(str(c.value)) == rational(party.reservation_value.value)


@pytest.mark.parametrize("method", ["enumerate", "cp-sat"])
def test_a_scenario_constraint_is_named_as_the_scenario_s(method: str) -> None:
    data = _toy([], {"a": 0.0})  # x = lo, y = q is worth 0 to a: only the constraint keeps it out
    data["constraints"] = [{"id": "no_lo_with_q", "expression": 'x != "lo" or y != "q"'}]
    data["red_lines"].append({"id": "b_lo_q", "party": "b", "expression": 'x == "lo" and y == "q"'})
    (constraint, line) = conflicting_constraints(_space(data), method=method)  # type: ignore[arg-type]
    assert constraint.kind == "constraint" and constraint.party is None and constraint.id == "no_lo_with_q"
    assert constraint.phrase.startswith("the scenario's constraint 'no_lo_with_q' on issues x, y")
    assert line.id == "b_lo_q"


@pytest.mark.parametrize("method", ["enumerate", "cp-sat"])
def test_the_target_repair_of_a_closed_zone_names_the_same_constraints(method: str) -> None:
    scenario = Scenario.model_validate(_toy([{"id": "a_hi", "party": "a", "expression": 'x == "hi"'}]))
    result = repair_text_to_target(
        scenario, {"x": "hi", "y": "p"}, "b", target=0.5, samples=40, seed=2, method=method  # type: ignore[arg-type]
    )
    assert result.repair is None and result.reason is not None
    assert [c.id for c in result.conflict] == ["b_no_hi", "a_hi"]
    assert "under the point estimates the zone is empty" in result.reason
    assert [c["id"] for c in result.to_json()["conflict"]] == ["b_no_hi", "a_hi"]
